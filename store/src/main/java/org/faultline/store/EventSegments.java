package org.faultline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Parquet files that hold the rows of direct GDELT imports, in a directory beside the database
 * file ({@code faultline.duckdb.segments/}), and the {@code events} view that unites them with the
 * {@code events_local} table.
 *
 * <p>Why: DuckDB writes a bulk import to Parquet about twice as fast as into its own table
 * compression (measured on this project's 2-core machine: 2.3-2.8 s against 4.3-5.0 s for the same
 * 2 million GDELT rows), and reads it back as fast for the store's queries. Parquet is also what a
 * Spark job or another database reads, so the imported rows are usable outside Faultline as they
 * are.
 *
 * <p>Crash safety: a segment is written under a temporary name, renamed, and only then listed in
 * {@code event_segments} in the same transaction that records it; a file the table does not list (a
 * run killed in between) is deleted when the store is next opened. The view names the files by
 * absolute path, so it is defined again on every open: the database and its directory can be moved
 * together.
 *
 * <p>Only big files become segments ({@link #MIN_BYTES}); smaller ones, and every import into a
 * store in memory, go into {@code events_local}.
 */
final class EventSegments {
  /** The suffix of the segment directory after the database file's name. */
  static final String SUFFIX = ".segments";

  /**
   * The least size of a file (uncompressed, estimated for gzip) whose rows become a segment: about
   * 350,000 GDELT rows. Smaller files (GDELT's 15-minute updates) go into the table, so that a year
   * of updates does not become 35,000 files for every query to open.
   */
  static final long MIN_BYTES = 128L << 20;

  private final Connection connection;
  private final Path dir;
  private final long minBytes;

  /**
   * @param dir the segment directory, or null for a store without one (in memory)
   * @param minBytes the least (uncompressed) file size whose rows become a segment
   */
  EventSegments(Connection connection, Path dir, long minBytes) {
    this.connection = connection;
    this.dir = dir;
    this.minBytes = minBytes;
  }

  /** True if an import of a file of this (uncompressed) size goes into a segment. */
  boolean takes(long bytes) {
    return dir != null && bytes >= minBytes;
  }

  /** The segment directory of a database file. */
  static Path dirOf(Path databaseFile) {
    Path abs = databaseFile.toAbsolutePath();
    return abs.resolveSibling(abs.getFileName() + SUFFIX);
  }

  /** The directory, or null when imports go into the table. */
  Path dir() {
    return dir;
  }

  /**
   * On open: deletes the files of imports that never finished, checks that every listed segment
   * exists and defines the {@code events} view.
   *
   * @throws IOException if a listed segment file is missing
   */
  void open() throws IOException, SQLException {
    List<String> listed = listed();
    if (dir != null && Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.toList()) {
          if (!listed.contains(f.getFileName().toString())) {
            Files.deleteIfExists(f);
          }
        }
      }
    }
    for (String f : listed) {
      if (dir == null || !Files.isRegularFile(dir.resolve(f))) {
        throw new IOException(
            "segment file of the store must exist (the database was moved without its "
                + SUFFIX
                + " directory?): "
                + (dir == null ? f : dir.resolve(f)));
      }
    }
    defineView(listed);
  }

  /** A new temporary file for the rows of an import, in the directory (created if needed). */
  Path temporary(long importId) throws IOException {
    Files.createDirectories(dir);
    return dir.resolve(importId + ".parquet.tmp");
  }

  /**
   * Makes a written temporary file a segment: renames it, lists it and defines the view again, in
   * the caller's open transaction (so the caller's commit is what makes it visible).
   */
  void add(Path temporary, long importId, long rows) throws IOException, SQLException {
    String name = importId + ".parquet";
    Files.move(temporary, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    try (PreparedStatement ps =
        connection.prepareStatement("INSERT INTO event_segments VALUES (?, ?, ?)")) {
      ps.setLong(1, importId);
      ps.setString(2, name);
      ps.setLong(3, rows);
      ps.executeUpdate();
    }
    List<String> files = listed();
    defineView(files);
  }

  private List<String> listed() throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT file FROM event_segments ORDER BY import_id")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private void defineView(List<String> files) throws SQLException {
    List<String> columns = new ArrayList<>(StoreSchema.CORE_COLUMNS);
    columns.add("import_id");
    StringBuilder sql =
        new StringBuilder("CREATE OR REPLACE VIEW events AS SELECT ")
            .append(String.join(", ", columns))
            .append(" FROM events_local");
    if (!files.isEmpty()) {
      sql.append(" UNION ALL SELECT ");
      for (int i = 0; i < columns.size(); i++) {
        String c = columns.get(i);
        String type = c.equals("import_id") ? "INTEGER" : StoreSchema.type(c);
        type = type.replace(" NOT NULL", "");
        sql.append(i == 0 ? "" : ", ")
            .append("CAST(")
            .append(c)
            .append(" AS ")
            .append(type)
            .append(") AS ")
            .append(c);
      }
      sql.append(" FROM read_parquet([");
      for (int i = 0; i < files.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append(Sql.literal(dir.resolve(files.get(i)).toString()));
      }
      sql.append("])");
    }
    try (Statement s = connection.createStatement()) {
      s.execute(sql.toString());
    }
  }
}
