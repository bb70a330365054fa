package org.faultline.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.faultline.formats.DatasetWriter;
import org.faultline.formats.FlatTable;
import org.faultline.formats.csv.EventCsvWriter;
import org.faultline.formats.gdelt.GdeltWriter;
import org.faultline.formats.jsonl.EventJsonlWriter;
import org.faultline.formats.phoenix.PhoenixWriter;
import org.faultline.formats.plover.PloverJsonlWriter;

/** Streams events out of the store in an export format. Used under the store's lock. */
final class Exporter {
  private static final int DATE_COLUMN = FlatTable.COLUMNS.indexOf("date");

  private final Connection connection;

  Exporter(Connection connection) {
    this.connection = connection;
  }

  long export(ExportFormat format, String where, Path out) throws IOException {
    if (format == ExportFormat.PARQUET) {
      String sql =
          "COPY (" + select(where) + ") TO " + Sql.literal(out.toString()) + " (FORMAT parquet)";
      try (Statement s = connection.createStatement()) {
        return s.executeLargeUpdate(sql);
      } catch (SQLException e) {
        throw Sql.failure(e, "export to " + out);
      }
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      return export(format, where, w);
    }
  }

  long export(ExportFormat format, String where, Writer out) throws IOException {
    if (format == ExportFormat.PARQUET) {
      throw new IllegalArgumentException("parquet export must go to a file: use --out FILE");
    }
    DatasetWriter writer =
        switch (format) {
          case GDELT -> new GdeltWriter(out, Instant.now());
          case PHOENIX -> new PhoenixWriter(out);
          case PLOVER -> new PloverJsonlWriter(out);
          case CSV -> new EventCsvWriter(out);
          case JSONL -> new EventJsonlWriter(out);
          case PARQUET -> throw new IllegalStateException("parquet is handled above");
        };
    long n = 0;
    List<String> columns = FlatTable.COLUMNS;
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(select(where))) {
      Object[] values = new Object[columns.size()];
      while (rs.next()) {
        for (int i = 0; i < values.length; i++) {
          values[i] = i == DATE_COLUMN ? rs.getObject(i + 1, LocalDate.class) : rs.getObject(i + 1);
        }
        writer.write(FlatTable.event(values));
        n++;
      }
    } catch (SQLException e) {
      throw Sql.failure(e, "export");
    }
    writer.flush();
    return n;
  }

  private static String select(String where) {
    return "SELECT "
        + String.join(", ", FlatTable.COLUMNS)
        + " FROM events_flat"
        + Sql.where(where);
  }
}
