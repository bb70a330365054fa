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
import java.util.Locale;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.faultline.core.cameo.CameoEventType;
import org.faultline.core.cameo.CameoOntology;
import org.faultline.core.cameo.PloverMapping;
import org.faultline.core.io.InvalidFormatException;
import org.faultline.formats.LineSource;
import org.faultline.formats.RejectLog;
import org.faultline.formats.gdelt.GdeltVersion;

/**
 * The fast import of a GDELT file: DuckDB reads the file itself with {@code read_csv}, in parallel,
 * and maps its columns in SQL exactly as {@link org.faultline.formats.gdelt.GdeltReader} maps them
 * in Java. Rows DuckDB cannot read (wrong number of columns, a date that is not YYYYMMDD, a number
 * that is not one) are kept in its rejects table and reported by line, worded as the Java reader
 * words them; every other row is stored.
 *
 * <p>The insert runs in one transaction. If the file repeats a row id, or DuckDB fails, the
 * transaction is rolled back, {@link #run} returns empty and the caller imports the file the
 * general way, which stores a repeated row once and counts it. The result is the same either way;
 * this path only saves the work of parsing every row in Java and handing it over.
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

  /**
   * Imports the file with DuckDB's reader alone: rows it cannot read (wrong number of columns, a
   * date that is not YYYYMMDD, a number that is not one) are kept by DuckDB with their line numbers
   * and reported to {@code rejects}; every other row is stored.
   *
   * @return the counts, or empty when the file must be imported the general way (nothing of it is
   *     stored then)
   */
  Optional<Importer.Counts> run(ImportFormat format, Path file, long importId, RejectLog rejects)
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
    String read = read(version, file, gzip, header);
    String dedupe = dedupe(format);
    long added;
    long good;
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      s.execute("DROP TABLE IF EXISTS fl_reject_errors");
      s.execute("DROP TABLE IF EXISTS fl_reject_scans");
      // Not keeping the file's row order lets DuckDB stream the file into the table on all
      // threads without buffering it (measured: a tenth of the memory).
      s.execute("SET preserve_insertion_order = false");
      // Left to itself the optimizer builds the hash table of the code lookup from the file's rows
      // (millions) instead of the lookup's (a few hundred), which measured twice as slow.
      s.execute("SET disabled_optimizers = 'join_order,build_side_probe_side'");
      try {
        if (dedupe.isEmpty()) {
          added = s.executeLargeUpdate(insertSql(version, read, format, importId));
          good = added;
        } else {
          try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + read)) {
            rs.next();
            good = rs.getLong(1);
          }
          s.execute("DROP TABLE IF EXISTS fl_reject_errors");
          s.execute("DROP TABLE IF EXISTS fl_reject_scans");
          added = s.executeLargeUpdate(insertSql(version, read, format, importId) + dedupe);
        }
      } finally {
        s.execute("RESET preserve_insertion_order");
        s.execute("RESET disabled_optimizers");
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*) - count(DISTINCT hash(event_id)) FROM events WHERE import_id = "
                  + importId)) {
        rs.next();
        if (rs.getLong(1) > 0) {
          // Repeated row ids within the file (or, rarely, two ids with one hash; counting the
          // 64-bit hashes is several times faster than the strings): the general path stores a
          // repeated row once and counts it.
          connection.rollback();
          return Optional.empty();
        }
      }
      long bad = 0;
      try (ResultSet rs =
          s.executeQuery(
              "SELECT line, arg_min(column_idx, column_idx), arg_min(error_type, column_idx),"
                  + " arg_min(csv_line, column_idx) FROM fl_reject_errors GROUP BY line"
                  + " ORDER BY line")) {
        while (rs.next()) {
          bad++;
          rejects.accept(
              new InvalidFormatException(
                  file.toString(),
                  (int) Math.min(Integer.MAX_VALUE, rs.getLong(1)),
                  problem(version, rs.getInt(2) - 1, rs.getString(3), rs.getString(4))));
        }
      }
      connection.commit();
      return Optional.of(new Importer.Counts(good + bad, good, added, "direct"));
    } catch (SQLException e) {
      connection.rollback();
      return Optional.empty();
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** A reject as the Java reader words it: which column and what it must be. */
  private static String problem(GdeltVersion version, int column, String type, String line) {
    String[] cells = line == null ? new String[0] : line.split("\t", -1);
    if (type != null && type.startsWith("TOO")) {
      return "GDELT row must have "
          + version.minColumns()
          + (version.maxColumns() > version.minColumns() ? "-" + version.maxColumns() : "")
          + " columns: "
          + cells.length;
    }
    String value = column >= 0 && column < cells.length ? cells[column] : "";
    switch (column) {
      case 1:
        return "SQLDATE must be a date YYYYMMDD: " + value;
      case 30:
        return "GoldsteinScale must be a number: " + value;
      case 31:
        return "NumMentions must be an integer: " + value;
      case 32:
        return "NumSources must be an integer: " + value;
      case 33:
        return "NumArticles must be an integer: " + value;
      default:
        return "column " + (column + 1) + " must be well-formed: " + value;
    }
  }

  private static boolean isGzip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(2);
      return head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
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
        connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", "cameo_lookup")) {
      for (int digits = 2; digits <= 4; digits++) {
        int limit = (int) Math.pow(10, digits);
        for (int n = 0; n < limit; n++) {
          String code = String.format(Locale.ROOT, "%0" + digits + "d", n);
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

  /** The DuckDB scan of the file, with its rejected rows kept in {@code fl_reject_errors}. */
  private static String read(GdeltVersion version, Path file, boolean gzip, boolean header) {
    int columns = version.maxColumns();
    StringBuilder types = new StringBuilder("{");
    for (int i = 0; i < columns; i++) {
      String type =
          i == 1 ? "DATE" : i == 30 ? "DOUBLE" : i >= 31 && i <= 33 ? "INTEGER" : "VARCHAR";
      types.append(i == 0 ? "" : ", ").append("'c").append(i).append("': '").append(type);
      types.append('\'');
    }
    types.append('}');
    return "read_csv("
        + Sql.literal(file.toString())
        + ", delim = '\\t', quote = '', escape = '', header = false, auto_detect = false,"
        + " dateformat = '%Y%m%d', store_rejects = true,"
        + " rejects_table = 'fl_reject_errors', rejects_scan = 'fl_reject_scans',"
        + " skip = "
        + (header ? 1 : 0)
        + (gzip ? ", compression = 'gzip'" : ", compression = 'none'")
        + (version.minColumns() < columns ? ", null_padding = true" : "")
        + ", columns = "
        + types
        + ")";
  }

  private static String insertSql(
      GdeltVersion version, String read, ImportFormat format, long importId) {
    String url = "c" + (version.dateAddedColumn() + 1);
    String program = version == GdeltVersion.V1 ? "gdelt 1.0" : "gdelt 2.0";
    String dataset = Sql.literal(format.dataset());
    return "INSERT INTO events ("
        + String.join(", ", StoreSchema.CORE_COLUMNS)
        + ", import_id) SELECT "
        + dataset
        + ", trim(c0), '', CASE WHEN trim(c25) = '1' THEN 0 END,"
        + " c1,"
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
