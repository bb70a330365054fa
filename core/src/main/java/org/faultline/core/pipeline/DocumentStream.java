package org.faultline.core.pipeline;

import java.io.IOException;

/**
 * A stream of input documents the caller pulls from, one at a time, and must close. Not an
 * Iterator: reading may fail with an I/O error, and the stream holds open files.
 *
 * <p>Bad records do not end the stream: readers report them to the {@link ProblemSink} they were
 * given and go on with the next record.
 */
public interface DocumentStream extends AutoCloseable {
  /** The next document, or null at the end. */
  InputDocument read() throws IOException;

  @Override
  void close() throws IOException;

  /** Receives problems with single inputs while a stream goes on. Must be thread-safe. */
  @FunctionalInterface
  interface ProblemSink {
    void report(InputProblem problem);
  }
}
