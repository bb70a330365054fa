package org.faultline.core.dict;

import java.util.Objects;

/**
 * One element of a verb pattern.
 *
 * @param kind what the element matches
 * @param value the word (upper case) for {@link Kind#WORD}, the synset name with its {@code &} for
 *     {@link Kind#SYNSET}, else the marker character
 * @param tight true if the element must be next to the element matched before it, counting from the
 *     verb outwards (TABARI's {@code _} connector); false if other words may come between (a blank)
 */
public record PatternElement(Kind kind, String value, boolean tight) {
  /** What a pattern element matches. */
  public enum Kind {
    /** A literal word. */
    WORD,
    /** Any phrase of a synset. */
    SYNSET,
    /** {@code $}: a noun phrase that becomes the source. */
    SOURCE,
    /** {@code +}: a noun phrase that becomes the target. */
    TARGET,
    /** {@code %}: a compound noun phrase; before the verb it is both source and target. */
    COMPOUND,
    /** {@code ^}: a noun phrase that is skipped. */
    SKIP
  }

  public PatternElement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }

  /** Reads one token of a pattern: a word, a {@code &SYNSET} or one of {@code $ + % ^}. */
  static PatternElement of(String token, boolean tight) {
    switch (token) {
      case "$":
        return new PatternElement(Kind.SOURCE, token, tight);
      case "+":
        return new PatternElement(Kind.TARGET, token, tight);
      case "%":
        return new PatternElement(Kind.COMPOUND, token, tight);
      case "^":
        return new PatternElement(Kind.SKIP, token, tight);
      default:
        if (token.startsWith("&") && token.length() > 1) {
          return new PatternElement(Kind.SYNSET, token.toUpperCase(java.util.Locale.ROOT), tight);
        }
        return new PatternElement(Kind.WORD, token.toUpperCase(java.util.Locale.ROOT), tight);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
