package org.faultline.core.dict;

import java.util.List;
import java.util.Objects;

/**
 * One inflected form of a dictionary verb, as it appears in text: the head word the parser tags as
 * a verb, plus the words that must come right before and after it for multi-word verbs ({@code
 * WIRE_+TAPPED}: before = [WIRE], head = TAPPED; {@code +CORDONED_OFF}: head = CORDONED, after =
 * [OFF]).
 *
 * @param head the verb word, upper case
 * @param before words immediately before the head, in sentence order
 * @param after words immediately after the head
 * @param code the verb's own code, or null to use the block's
 * @param block the block whose patterns apply
 * @param entry the dictionary line's verb as written (e.g. {@code WIRE_+TAP})
 * @param line line of that verb in its file
 */
public record VerbEntry(
    String head,
    List<String> before,
    List<String> after,
    String code,
    VerbBlock block,
    String entry,
    int line) {
  public VerbEntry {
    Objects.requireNonNull(head, "head");
    before = List.copyOf(before);
    after = List.copyOf(after);
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(entry, "entry");
  }

  /** The code of the verb alone: its own, else its block's. */
  public String effectiveCode() {
    return code != null ? code : block.code();
  }

  /** Number of words, head included. */
  public int length() {
    return 1 + before.size() + after.size();
  }
}
