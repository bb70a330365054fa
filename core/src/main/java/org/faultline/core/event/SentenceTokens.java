package org.faultline.core.event;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A sentence's text with the character offsets of its tokens, so that token spans from the coder
 * can be turned into quoted text and offsets. Offsets are {@code [begin, end)} into {@code text};
 * both are -1 for a token that could not be located.
 */
public final class SentenceTokens {
  private static final Map<String, List<String>> ESCAPES =
      Map.ofEntries(
          Map.entry("-LRB-", List.of("(", "[", "{")),
          Map.entry("-RRB-", List.of(")", "]", "}")),
          Map.entry("-LSB-", List.of("[")),
          Map.entry("-RSB-", List.of("]")),
          Map.entry("-LCB-", List.of("{")),
          Map.entry("-RCB-", List.of("}")),
          Map.entry("``", List.of("\"", "\u201c", "``", "\u201e")),
          Map.entry("''", List.of("\"", "\u201d", "''")),
          Map.entry("`", List.of("'", "\u2018", "`")),
          Map.entry("'", List.of("'", "\u2019")),
          Map.entry("--", List.of("--", "\u2014", "\u2013", "-")),
          Map.entry("...", List.of("...", "\u2026")));

  private static final int SEARCH_WINDOW = 64;

  private final String text;
  private final List<String> words;
  private final int[] begin;
  private final int[] end;

  private SentenceTokens(String text, List<String> words, int[] begin, int[] end) {
    this.text = text;
    this.words = List.copyOf(words);
    this.begin = begin;
    this.end = end;
  }

  /** Tokens with known offsets (from a tokenizer). */
  public static SentenceTokens of(String text, List<String> words, int[] begin, int[] end) {
    Objects.requireNonNull(text, "text");
    if (words.size() != begin.length || words.size() != end.length) {
      throw new IllegalArgumentException(
          "token offsets must have one entry per token: " + words.size() + " tokens");
    }
    return new SentenceTokens(text, words, begin.clone(), end.clone());
  }

  /**
   * Locates tokens (as a Penn Treebank parse writes them, with {@code -LRB-} and {@code ``}) in the
   * sentence text, left to right.
   */
  public static SentenceTokens align(String text, List<String> words) {
    Objects.requireNonNull(text, "text");
    int[] b = new int[words.size()];
    int[] e = new int[words.size()];
    int cursor = 0;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      b[i] = -1;
      e[i] = -1;
      while (cursor < text.length() && Character.isWhitespace(text.charAt(cursor))) {
        cursor++;
      }
      int best = -1;
      String bestForm = null;
      for (String form : forms(w)) {
        int at = find(text, form, cursor);
        if (at >= 0 && (best < 0 || at < best)) {
          best = at;
          bestForm = form;
        }
      }
      if (best >= 0) {
        b[i] = best;
        e[i] = best + bestForm.length();
        cursor = e[i];
      }
    }
    return new SentenceTokens(text, words, b, e);
  }

  private static List<String> forms(String w) {
    List<String> f = ESCAPES.get(w);
    if (f != null) {
      return f;
    }
    if (w.indexOf('\\') >= 0) {
      return List.of(w, w.replace("\\", ""));
    }
    return List.of(w);
  }

  private static int find(String text, String form, int from) {
    if (text.startsWith(form, from)) {
      return from;
    }
    int limit = Math.min(text.length(), from + SEARCH_WINDOW);
    int at = text.indexOf(form, from);
    if (at >= 0 && at <= limit) {
      return at;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    at = lower.indexOf(form.toLowerCase(Locale.ROOT), from);
    return at >= 0 && at <= limit ? at : -1;
  }

  public String text() {
    return text;
  }

  public List<String> words() {
    return words;
  }

  public int size() {
    return words.size();
  }

  public int begin(int token) {
    return begin[token];
  }

  public int end(int token) {
    return end[token];
  }

  /**
   * The mention covering tokens {@code [from, to)}: the sentence text between the first located and
   * last located token, or the words joined when none is located.
   */
  public Mention mention(int from, int to) {
    if (from < 0 || to > words.size() || to <= from) {
      throw new IllegalArgumentException(
          "token span must lie in the sentence: " + from + ".." + to);
    }
    int s = -1;
    int t = -1;
    for (int i = from; i < to; i++) {
      if (begin[i] >= 0) {
        if (s < 0) {
          s = begin[i];
        }
        t = end[i];
      }
    }
    if (s < 0) {
      return new Mention(String.join(" ", words.subList(from, to)), -1, -1);
    }
    return new Mention(text.substring(s, t), s, t);
  }
}
