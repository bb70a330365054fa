package org.faultline.core.dict;

/**
 * One meaningful line of a dictionary file: its 1-based number, the text with comments removed
 * (leading whitespace kept, because a leading tab is significant in actor files), and the raw text.
 */
record SourceLine(int number, String text, String raw) {
  /** True if the content starts with a tab or spaces (an indented continuation line). */
  boolean indented() {
    return !text.isEmpty() && Character.isWhitespace(text.charAt(0));
  }

  /** The content without surrounding whitespace. */
  String trimmed() {
    return text.strip();
  }
}
