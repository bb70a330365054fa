package org.faultline.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.faultline.core.cameo.CameoEventType;
import org.faultline.core.cameo.CameoOntology;
import org.faultline.core.cameo.PloverMapping;
import org.faultline.formats.DatasetEvent;
import org.faultline.formats.DatasetReader;
import org.faultline.formats.LineSource;
import org.faultline.formats.RejectLog;
import org.faultline.formats.gdelt.GdeltVersion;

/**
 * The fast import of a clean GDELT file: DuckDB reads the file itself with {@code read_csv}, in
 * parallel, and maps its columns in SQL exactly as {@link org.faultline.formats.gdelt.GdeltReader}
 * maps them in Java, while a Java thread reads the same file with the real reader to check it.
 *
 * <p>The insert runs in a transaction that is committed only if the Java reader found every row
 * good and the row ids strictly increasing (no repeats within the file). Otherwise, or if DuckDB
 * rejects anything, the transaction is rolled back and {@link #run} returns empty, and the caller
 * imports the file the general way, which reports each bad row by line. The result is the same
 * either way; this path only saves the work of writing and re-reading every row.
 *
 * <p>Used for plain and gzip files; zip archives take the general path.
 */
final class GdeltFastPath {
  private final Connection connection;

  GdeltFastPath(Connection connection) {
    this.connection = connection;
  }

  /** Whether the fast path applies: a GDELT format and a plain or gzip file. */
  static boolean applies(ImportFormat format, Path file) throws IOException {
    if (format != ImportFormat.GDELT && format != ImportFormat.GDELT1) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return !(head.length >= 4
          && head[0] == 'P'
          && head[1] == 'K'
          && head[2] == 3
          && head[3] == 4);
    }
  }

  /** What the Java check found. */
  private static final class Check {
    long seen;
    long good;
    boolean ordered = true;
    Throwable failure;
    RejectLog rejects = new RejectLog(0);
  }

  /**
   * Imports the file if it is clean.
   *
   * @return the counts, or empty when the file must be imported the general way (nothing of it is
   *     stored then)
   */
  Optional<Importer.Counts> run(ImportFormat format, Path file, long importId)
      throws IOException, SQLException {
    GdeltVersion version = format == ImportFormat.GDELT ? GdeltVersion.V2 : GdeltVersion.V1;
    boolean gzip = isGzip(file);
    boolean header;
    try (LineSource lines = LineSource.open(file)) {
      String first = lines.readLine();
      if (first == null) {
        return Optional.empty();
      }
      header = first.regionMatches(true, 0, "GLOBALEVENTID", 0, 13);
    }
    lookupTable();
    Check check = new Check();
    Thread checker = new Thread(() -> check(format, file, check), "faultline-import-check");
    checker.setDaemon(true);
    checker.start();
    long added;
    boolean ok = false;
    connection.setAutoCommit(false);
    try {
      String insert = insertSql(version, file, gzip, header, format, importId) + dedupe(format);
      try (Statement s = connection.createStatement()) {
        // Not keeping the file's row order lets DuckDB stream the file into the table on all
        // threads without buffering it (measured: a tenth of the memory).
        s.execute("SET preserve_insertion_order = false");
        try {
          added = s.executeLargeUpdate(insert);
        } finally {
          s.execute("RESET preserve_insertion_order");
        }
      } catch (SQLException e) {
        added = -1;
      }
      checker.join();
      ok = added >= 0 && check.failure == null && check.rejects.count() == 0 && check.ordered;
      if (ok) {
        connection.commit();
      } else {
        connection.rollback();
      }
    } catch (InterruptedException e) {
      connection.rollback();
      Thread.currentThread().interrupt();
      throw new IOException("import of " + file + " was interrupted", e);
    } finally {
      connection.setAutoCommit(true);
    }
    if (!ok) {
      if (check.failure instanceof IOException io) {
        throw io;
      }
      return Optional.empty();
    }
    return Optional.of(new Importer.Counts(check.seen, check.good, added, "direct"));
  }

  private static boolean isGzip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(2);
      return head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }
  }

  private static void check(ImportFormat format, Path file, Check check) {
    try (DatasetReader r = format.open(file, check.rejects)) {
      String previous = null;
      DatasetEvent e;
      while ((e = r.read()) != null) {
        check.good++;
        if (check.ordered && previous != null && Importer.compareIds(previous, e.eventId()) >= 0) {
          check.ordered = false;
        }
        previous = e.eventId();
      }
      check.seen = r.rowsSeen();
    } catch (IOException | RuntimeException | Error t) {
      check.failure = t;
    }
  }

  /**
   * Fills the temporary table {@code cameo_lookup}: every 2-4 digit code that {@link
   * CameoOntology#resolve} resolves, with the facts of what it resolves to, so that SQL maps codes
   * exactly as the Java readers do.
   */
  private void lookupTable() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(
          "CREATE TEMP TABLE IF NOT EXISTS cameo_lookup (code VARCHAR, name VARCHAR,"
              + " root VARCHAR, quad TINYINT, goldstein DOUBLE, plover_type VARCHAR,"
              + " plover_mode VARCHAR, plover_context VARCHAR)");
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM cameo_lookup")) {
        rs.next();
        if (rs.getLong(1) > 0) {
          return;
        }
      }
    }
    CameoOntology cameo = CameoOntology.standard();
    try (DuckDBAppender a =
        ((DuckDBConnection) connection.unwrap(DuckDBConnection.class))
            .createAppender("temp", "main", "cameo_lookup")) {
      for (int digits = 2; digits <= 4; digits++) {
        int limit = (int) Math.pow(10, digits);
        for (int n = 0; n < limit; n++) {
          String code = String.format("%0" + digits + "d", n);
          Optional<CameoEventType> t = cameo.resolve(code);
          if (t.isEmpty()) {
            continue;
          }
          CameoEventType type = t.get();
          Optional<PloverMapping> p = type.plover();
          a.beginRow();
          a.append(code);
          a.append(type.name());
          a.append(type.root());
          a.append((byte) type.quadClass().number());
          a.append(type.goldstein());
          a.append(p.map(PloverMapping::eventType).orElse(""));
          a.append(p.map(PloverMapping::mode).orElse(""));
          a.append(p.map(PloverMapping::context).orElse(""));
          a.endRow();
        }
      }
    }
  }

  private String insertSql(
      GdeltVersion version,
      Path file,
      boolean gzip,
      boolean header,
      ImportFormat format,
      long importId)
      throws SQLException {
    int columns = version.maxColumns();
    StringBuilder types = new StringBuilder("{");
    for (int i = 0; i < columns; i++) {
      String type = i == 30 ? "DOUBLE" : i >= 31 && i <= 33 ? "INTEGER" : "VARCHAR";
      types.append(i == 0 ? "" : ", ").append("'c").append(i).append("': '").append(type);
      types.append('\'');
    }
    types.append('}');
    String read =
        "read_csv("
            + Sql.literal(file.toString())
            + ", delim = '\\t', quote = '', escape = '', header = false, auto_detect = false,"
            + " skip = "
            + (header ? 1 : 0)
            + (gzip ? ", compression = 'gzip'" : ", compression = 'none'")
            + (version.minColumns() < columns ? ", null_padding = true" : "")
            + ", columns = "
            + types
            + ")";
    String url = "c" + (version.dateAddedColumn() + 1);
    String program = version == GdeltVersion.V1 ? "gdelt 1.0" : "gdelt 2.0";
    String dataset = Sql.literal(format.dataset());
    return "INSERT INTO events ("
        + String.join(", ", StoreSchema.CORE_COLUMNS)
        + ", import_id) SELECT "
        + dataset
        + ", trim(c0), '', CASE WHEN trim(c25) = '1' THEN 0 END,"
        + " strptime(trim(c1), '%Y%m%d')::DATE,"
        + " coalesce(trim(c5), ''), coalesce(trim(c6), ''),"
        + country("c7", "c5")
        + ","
        + " coalesce(trim(c15), ''), coalesce(trim(c16), ''),"
        + country("c17", "c15")
        + ","
        + " trim(c26), coalesce(f.name, ''), coalesce(nullif(trim(c28), ''), f.root, ''),"
        + " coalesce(CAST(nullif(trim(c29), '') AS TINYINT), f.quad, 0),"
        + " coalesce(c30, f.goldstein),"
        + " coalesce(f.plover_type, ''), coalesce(f.plover_mode, ''),"
        + " coalesce(f.plover_context, ''),"
        + Sql.literal(program)
        + ", '', '', c31, c32, c33, coalesce(trim("
        + url
        + "), ''), '', "
        + importId
        + " FROM "
        + read
        + " r LEFT JOIN cameo_lookup f ON f.code = trim(r.c26)";
  }

  /** The anti-join against stored rows, or "" when the dataset has no rows yet. */
  private String dedupe(ImportFormat format) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM events WHERE dataset = ?)")) {
      ps.setString(1, format.dataset());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (!rs.getBoolean(1)) {
          return "";
        }
      }
    }
    return " WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.dataset = "
        + Sql.literal(format.dataset())
        + " AND e.event_id = trim(r.c0))";
  }

  private static String country(String countryColumn, String codeColumn) {
    String prefix = "left(trim(" + codeColumn + "), 3)";
    return "CASE WHEN nullif(trim("
        + countryColumn
        + "), '') IS NOT NULL THEN trim("
        + countryColumn
        + ") WHEN "
        + prefix
        + " IN ("
        + COUNTRY_LIST
        + ") THEN "
        + prefix
        + " ELSE '' END";
  }

  private static final String COUNTRY_LIST =
      String.join(", ", StoreSchema.knownCountries().stream().map(c -> "'" + c + "'").toList());
}
