package org.faultline.formats;

/**
 * What is wrong with one row, thrown while a reader parses the row and caught by the reader, which
 * reports it with file and line to its {@link RejectLog}. The message reads {@code <what> must
 * <rule>: <value>}. Carries no stack trace: it is control flow for bad data, not a bug.
 */
public final class RowProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message {@code <what> must <rule>: <value>}
   */
  public RowProblem(String message) {
    super(message, null, false, false);
  }
}
