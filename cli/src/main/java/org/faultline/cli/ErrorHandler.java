package org.faultline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Turns failures into one clear line on standard error and a non-zero exit: users never see a stack
 * trace for a bad file or a bad flag. Set {@code FAULTLINE_DEBUG=1} to get the trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  /** Exit status for bad input (a file that cannot be read or is malformed). */
  static final int BAD_INPUT = 3;

  /** Exit status for internal errors. */
  static final int INTERNAL = 70;

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
    Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    if ("1".equals(System.getenv("FAULTLINE_DEBUG"))) {
      t.printStackTrace(cl.getErr());
    }
    if (t instanceof NoSuchFileException nsf) {
      cl.getErr().println("faultline: no such file: " + nsf.getFile());
      return BAD_INPUT;
    }
    if (t instanceof IOException || t instanceof IllegalArgumentException) {
      cl.getErr().println("faultline: " + t.getMessage());
      return BAD_INPUT;
    }
    cl.getErr().println("faultline: internal error: " + t);
    return INTERNAL;
  }
}
