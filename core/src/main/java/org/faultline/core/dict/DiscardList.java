package org.faultline.core.dict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Phrases that mark a sentence, or a whole story, as not worth coding (sports, entertainment,
 * history). Matching is case-insensitive on the sentence text; a phrase must start at a word
 * boundary and, unless it ends with {@code _}, may be the stem of a longer word. Immutable.
 */
public final class DiscardList {
  /** A discard phrase. */
  public record Entry(String phrase, boolean story, boolean wholeWord, String source, int line) {
    public Entry {
      Objects.requireNonNull(phrase, "phrase");
      Objects.requireNonNull(source, "source");
    }
  }

  /** A discard that applies to a sentence. */
  public record Hit(Entry entry, int offset) {}

  private final List<Entry> entries;

  private DiscardList(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static DiscardList empty() {
    return new DiscardList(List.of());
  }

  public List<Entry> entries() {
    return entries;
  }

  /**
   * The first matching story-level discard, else the first matching sentence-level one, else null.
   */
  public Hit find(String text) {
    if (entries.isEmpty() || text == null) {
      return null;
    }
    String upper = normalize(text);
    Hit sentence = null;
    for (Entry e : entries) {
      if (sentence != null && !e.story()) {
        continue;
      }
      int at = indexOf(upper, e);
      if (at >= 0) {
        if (e.story()) {
          return new Hit(e, at);
        }
        sentence = new Hit(e, at);
      }
    }
    return sentence;
  }

  private static String normalize(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        space = false;
        sb.append(c);
      }
    }
    return sb.toString().toUpperCase(Locale.ROOT);
  }

  private static int indexOf(String text, Entry e) {
    int from = 0;
    while (true) {
      int at = text.indexOf(e.phrase(), from);
      if (at < 0) {
        return -1;
      }
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      int end = at + e.phrase().length();
      boolean endOk =
          !e.wholeWord() || end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk) {
        return at;
      }
      from = at + 1;
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Mutable builder. */
  public static final class Builder {
    private final List<Entry> entries = new ArrayList<>();

    public Builder add(Entry e) {
      entries.add(e);
      return this;
    }

    public Builder addAll(DiscardList other) {
      entries.addAll(other.entries);
      return this;
    }

    public DiscardList build() {
      return new DiscardList(entries);
    }
  }
}
