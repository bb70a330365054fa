package org.faultline.core.dict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A noun phrase pattern of an actor or agent dictionary, such as {@code HUMAN_RIGHTS_ACTIVIST} or
 * {@code PRESIDENT HOSNI MURBARAK}.
 *
 * <p>Words joined by {@code _} must be consecutive in the text; words joined by a blank may have
 * other words between them. A trailing {@code _} (a TABARI "no stemming" mark) is ignored. Words
 * are stored upper case. Immutable and thread-safe.
 */
public final class PhrasePattern {
  private final String[] words;
  private final boolean[] tightAfter;

  private PhrasePattern(String[] words, boolean[] tightAfter) {
    this.words = words;
    this.tightAfter = tightAfter;
  }

  /**
   * Parses a phrase.
   *
   * @throws IllegalArgumentException if the phrase has no word
   */
  public static PhrasePattern parse(String phrase) {
    List<String> ws = new ArrayList<>();
    List<Boolean> tight = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= phrase.length(); i++) {
      char c = i < phrase.length() ? phrase.charAt(i) : ' ';
      if (c == '_' || Character.isWhitespace(c)) {
        if (word.length() > 0) {
          ws.add(word.toString().toUpperCase(Locale.ROOT));
          tight.add(c == '_');
          word.setLength(0);
        } else if (c == '_' && !tight.isEmpty()) {
          tight.set(tight.size() - 1, true);
        }
      } else {
        word.append(c);
      }
    }
    if (ws.isEmpty()) {
      throw new IllegalArgumentException("phrase must contain a word: '" + phrase + "'");
    }
    boolean[] t = new boolean[ws.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = tight.get(i);
    }
    return new PhrasePattern(ws.toArray(new String[0]), t);
  }

  /** Number of words. */
  public int size() {
    return words.length;
  }

  /** The first word, the key under which the pattern is indexed. */
  public String firstWord() {
    return words[0];
  }

  /** The words, upper case. */
  public List<String> words() {
    return List.of(words);
  }

  /**
   * Matches this pattern at {@code start} in {@code phrase}, whose word there must equal {@link
   * #firstWord()}.
   *
   * @return the number of phrase words from {@code start} up to and including the last matched
   *     word, or -1 if the pattern does not match
   */
  public int matchAt(List<String> phrase, int start) {
    if (start >= phrase.size() || !phrase.get(start).equals(words[0])) {
      return -1;
    }
    int k = start + 1;
    boolean tight = tightAfter[0];
    for (int p = 1; p < words.length; p++) {
      while (true) {
        if (k >= phrase.size()) {
          return -1;
        }
        if (phrase.get(k).equals(words[p])) {
          tight = tightAfter[p];
          k++;
          break;
        }
        if (tight) {
          return -1;
        }
        k++;
      }
    }
    return k - start;
  }

  /**
   * This pattern with its first word replaced by adjacent words: {@code UN_WORLD_FOOD_PROGRAMME}
   * with {@code UNITED, NATIONS} is {@code UNITED_NATIONS_WORLD_FOOD_PROGRAMME}.
   */
  public PhrasePattern withFirstWord(String... replacement) {
    int n = replacement.length;
    String[] ws = new String[words.length - 1 + n];
    boolean[] t = new boolean[ws.length];
    for (int i = 0; i < n; i++) {
      ws[i] = replacement[i].toUpperCase(Locale.ROOT);
      t[i] = i < n - 1 || tightAfter[0];
    }
    for (int i = 1; i < words.length; i++) {
      ws[n - 1 + i] = words[i];
      t[n - 1 + i] = tightAfter[i];
    }
    return new PhrasePattern(ws, t);
  }

  /** The phrase with its connectors, e.g. {@code HUMAN_RIGHTS_ACTIVIST}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      sb.append(tightAfter[i - 1] ? '_' : ' ').append(words[i]);
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PhrasePattern p && toString().equals(p.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
