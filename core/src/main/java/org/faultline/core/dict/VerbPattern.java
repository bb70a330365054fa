package org.faultline.core.dict;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A verb pattern such as {@code - * DIPLOMATIC TIES [064]}: elements before the verb ({@code
 * upper}, in sentence order), elements after it ({@code lower}) and the event code it yields.
 *
 * @param upper elements before the verb, in sentence order (the last one is nearest the verb)
 * @param lower elements after the verb, in sentence order
 * @param code event code, possibly paired ({@code 032:033}) or null ({@code ---})
 * @param text the pattern as written
 * @param source file
 * @param line line in the file
 */
public record VerbPattern(
    List<PatternElement> upper,
    List<PatternElement> lower,
    String code,
    String text,
    String source,
    int line) {
  public VerbPattern {
    upper = List.copyOf(upper);
    lower = List.copyOf(lower);
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
  }

  /** The literal words the sentence must contain for this pattern to match. */
  public Set<String> literalWords() {
    Set<String> words = new LinkedHashSet<>();
    for (PatternElement e : upper) {
      if (e.kind() == PatternElement.Kind.WORD) {
        words.add(e.value());
      }
    }
    for (PatternElement e : lower) {
      if (e.kind() == PatternElement.Kind.WORD) {
        words.add(e.value());
      }
    }
    return words;
  }

  /** The synset names the pattern uses. */
  public Set<String> synsets() {
    Set<String> names = new LinkedHashSet<>();
    for (PatternElement e : upper) {
      if (e.kind() == PatternElement.Kind.SYNSET) {
        names.add(e.value());
      }
    }
    for (PatternElement e : lower) {
      if (e.kind() == PatternElement.Kind.SYNSET) {
        names.add(e.value());
      }
    }
    return names;
  }

  /** Number of elements, a measure of specificity. */
  public int size() {
    return upper.size() + lower.size();
  }
}
