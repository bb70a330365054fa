package org.faultline.core.event;

import java.util.Objects;

/**
 * A stretch of a sentence: its text and character offsets {@code [start, end)} in the sentence
 * text. Offsets are -1 when the words could not be located in the text.
 */
public record Mention(String text, int start, int end) {
  public Mention {
    Objects.requireNonNull(text, "text");
    if (start < -1 || end < -1 || (start >= 0 && end < start)) {
      throw new IllegalArgumentException(
          "mention offsets must satisfy 0 <= start <= end: " + start + ".." + end);
    }
  }
}
