package org.faultline.core.io;

import java.io.IOException;
import java.util.Objects;

/**
 * A file Faultline reads (a dictionary, a records file, an input document) is not in the expected
 * format at a given line.
 *
 * <p>The message always reads {@code <source>:<line>: <what is wrong>} so that a user sees in one
 * line which file to open and where. {@code line} is 1-based; 0 means the problem concerns the file
 * as a whole.
 */
public class InvalidFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String problem;

  /**
   * @param source the file name or other label of the input, never null
   * @param line 1-based line number, or 0 when no single line is at fault
   * @param problem what is wrong, phrased {@code <what> must <rule>: <value>} where possible
   */
  public InvalidFormatException(String source, int line, String problem) {
    super(format(source, line, problem));
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** Same as {@link #InvalidFormatException(String, int, String)} with the underlying cause. */
  public InvalidFormatException(String source, int line, String problem, Throwable cause) {
    this(source, line, problem);
    initCause(cause);
  }

  private static String format(String source, int line, String problem) {
    return line > 0 ? source + ":" + line + ": " + problem : source + ": " + problem;
  }

  /** The file name or label of the input. */
  public String source() {
    return source;
  }

  /** The 1-based line number, or 0 when the problem concerns the whole input. */
  public int line() {
    return line;
  }

  /** What is wrong, without the location prefix. */
  public String problem() {
    return problem;
  }
}
