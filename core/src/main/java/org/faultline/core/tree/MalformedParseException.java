package org.faultline.core.tree;

/**
 * A bracketed parse string could not be read: unbalanced parentheses, a missing label, text after
 * the tree, or no tree at all. The message says which, with the character offset.
 */
public final class MalformedParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int offset;

  public MalformedParseException(String message, int offset) {
    super(message + " (at character " + offset + ")");
    this.offset = offset;
  }

  /** 0-based character offset in the parse string where reading failed. */
  public int offset() {
    return offset;
  }
}
