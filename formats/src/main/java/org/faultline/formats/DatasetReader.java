package org.faultline.formats;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads the rows of an event data file as {@link DatasetEvent}s, one at a time, in file order.
 *
 * <p>Contract for every implementation: a row that cannot be parsed is never thrown and never
 * dropped silently; it is reported to the {@link RejectLog} given to the reader, as an {@link
 * org.faultline.core.io.InvalidFormatException} naming the file (or {@code archive!entry}), the
 * 1-based line and the problem, and reading goes on with the next row. Entirely blank lines are not
 * rows and are skipped. Only I/O failures (and a file that is not in the format at all, such as an
 * ICEWS file without its header) are thrown.
 *
 * <p>Like a stream, not an iterator: {@link #read} returns null at the end, and the reader owns the
 * file until {@link #close}. Not thread-safe.
 */
public interface DatasetReader extends Closeable {
  /** The dataset name of the rows, e.g. {@code gdelt}. */
  String dataset();

  /**
   * The next good row, or null at the end of the input.
   *
   * @throws IOException if reading fails
   */
  DatasetEvent read() throws IOException;

  /** The number of rows seen so far, accepted or rejected (headers and blank lines excluded). */
  long rowsSeen();
}
