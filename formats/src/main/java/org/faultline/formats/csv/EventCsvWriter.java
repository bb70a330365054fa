package org.faultline.formats.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.faultline.formats.DatasetEvent;
import org.faultline.formats.DatasetWriter;
import org.faultline.formats.FlatTable;

/**
 * Writes the flat event table as CSV (RFC 4180): a header row of {@link FlatTable#COLUMNS}, then
 * one row per event, lines ended by CRLF as the RFC says. A field is quoted when it contains a
 * comma, a double quote, a CR or an LF; quotes inside are doubled. Unknown values (null) are empty
 * fields. Numbers are written with {@link Double#toString} / {@link Integer#toString}, dates as
 * {@code YYYY-MM-DD}. Not thread-safe.
 */
public final class EventCsvWriter implements DatasetWriter {
  private final Writer out;
  private final StringBuilder row = new StringBuilder(512);
  private boolean headerWritten;

  /**
   * @param out where rows go; closed by {@link #close}
   */
  public EventCsvWriter(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  private void header() throws IOException {
    StringBuilder r = row;
    r.setLength(0);
    for (int i = 0; i < FlatTable.COLUMNS.size(); i++) {
      if (i > 0) {
        r.append(',');
      }
      r.append(FlatTable.COLUMNS.get(i));
    }
    r.append("\r\n");
    out.append(r);
    headerWritten = true;
  }

  @Override
  public void write(DatasetEvent event) throws IOException {
    if (!headerWritten) {
      header();
    }
    Object[] values = FlatTable.values(event);
    StringBuilder r = row;
    r.setLength(0);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        r.append(',');
      }
      if (values[i] != null) {
        DelimitedField.append(r, values[i].toString(), ',', null);
      }
    }
    r.append("\r\n");
    out.append(r);
  }

  /** Writes the header if no row was written, so that an empty export is still a valid table. */
  @Override
  public void flush() throws IOException {
    if (!headerWritten) {
      header();
    }
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    out.close();
  }
}
