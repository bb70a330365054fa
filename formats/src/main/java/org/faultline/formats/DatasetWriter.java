package org.faultline.formats;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes {@link DatasetEvent}s in one format, streaming, one row (line) per event. Fields a format
 * cannot hold are left out; blank fields follow the format's documented blank convention. Not
 * thread-safe. {@link #close} flushes and closes the underlying writer.
 */
public interface DatasetWriter extends Closeable {
  /**
   * Writes one event.
   *
   * @throws IOException if writing fails
   */
  void write(DatasetEvent event) throws IOException;

  /** Flushes buffered output. */
  void flush() throws IOException;
}
