package org.faultline.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.faultline.core.event.Document;
import org.faultline.core.event.Event;
import org.faultline.core.io.InvalidFormatException;
import org.faultline.formats.DatasetEvent;
import org.faultline.formats.FlatTable;
import org.faultline.formats.RejectLog;

/**
 * The event store: one embedded DuckDB database file.
 *
 * <p>{@link #open} creates the file if needed and applies the schema migrations. {@link #ingest}
 * stores coded documents with their sentences and events, atomically per batch and idempotently: a
 * document whose id or content hash is already stored is skipped and reported. {@link #importFile}
 * streams a dataset file in, {@link #export} writes events out, {@link #queries} answers analysis
 * queries.
 *
 * <p>Durability: every batch of documents is one transaction, so a process killed at any point
 * (even {@code kill -9}) leaves each document either wholly stored (document, sentences and events)
 * or not at all, and running the same ingest again completes it. Imports commit per chunk of rows
 * and deduplicate by dataset and row id, so an interrupted import is completed by running it again.
 *
 * <p>Thread-safety: a store is safe to share between threads; it holds one database connection and
 * runs one operation at a time (operations from several threads are serialised). DuckDB lets only
 * one process open a database file for writing: opening a file that another process has open fails
 * with an {@link IOException} saying so.
 */
public final class Store implements AutoCloseable {
  /** The default database file, in the working directory. */
  public static final Path DEFAULT_FILE = Path.of("faultline.duckdb");

  /** Rows per import chunk (one transaction and one temporary file each). */
  static final int CHUNK_ROWS = 500_000;

  /** How many rejected rows of an import are kept in {@code import_rejects}. */
  static final int REJECTS_KEPT = 1000;

  private final String label;
  private final Connection connection;
  private final Path tempRoot;
  private final EventQueries queries;
  private boolean closed;

  private Store(String label, Connection connection, Path tempRoot) {
    this.label = label;
    this.connection = connection;
    this.tempRoot = tempRoot;
    this.queries = new EventQueries(this);
  }

  /**
   * Opens (creating if needed) a store file and brings its schema up to date.
   *
   * @throws IOException if the file cannot be opened (for instance because another process has it
   *     open) or its schema is newer than this program
   */
  public static Store open(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new IOException("store directory must exist: " + parent);
    }
    return connect("jdbc:duckdb:" + file, file.toString());
  }

  /** Opens a new store that lives in memory only, for tests and benchmarks. */
  public static Store openInMemory() throws IOException {
    return connect("jdbc:duckdb:", ":memory:");
  }

  private static Store connect(String url, String label) throws IOException {
    try {
      Class.forName("org.duckdb.DuckDBDriver");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("DuckDB JDBC driver must be on the class path", e);
    }
    Properties props = new Properties();
    props.setProperty("jdbc_stream_results", "true");
    Connection c;
    try {
      c = DriverManager.getConnection(url, props);
    } catch (SQLException e) {
      throw new IOException("store " + label + " must be openable: " + Sql.message(e), e);
    }
    try {
      StoreSchema.migrate(c);
      return new Store(label, c, Path.of(System.getProperty("java.io.tmpdir")));
    } catch (SQLException | IllegalStateException e) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // the migration error is the one to report
      }
      String m = e instanceof SQLException s ? Sql.message(s) : e.getMessage();
      throw new IOException("store " + label + ": " + m, e);
    }
  }

  /** The file name of the store, or {@code :memory:}. */
  public String label() {
    return label;
  }

  /** The schema version of the open store. */
  public synchronized int schemaVersion() throws IOException {
    return (int) scalarLong("SELECT max(version) FROM schema_version");
  }

  /**
   * True if the store already holds a document with this id or this content hash, so that a rerun
   * can skip it before the costly coding.
   */
  public synchronized boolean hasDocument(String id, String contentHash) throws IOException {
    checkOpen();
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT 1 FROM documents WHERE id = ? OR content_hash = ? LIMIT 1")) {
      ps.setString(1, id);
      ps.setString(2, contentHash);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IOException("store " + label + ": lookup failed: " + Sql.message(e), e);
    }
  }

  /** The analysis queries over this store. */
  public EventQueries queries() {
    return queries;
  }

  /**
   * Stores one coded document, with its sentences and events, in one transaction.
   *
   * @see #ingest(List)
   */
  public IngestReport ingest(Document document, List<String> sentences, List<Event> events)
      throws IOException {
    return ingest(List.of(new CodedDocument(document, sentences, events)));
  }

  /**
   * Stores a batch of coded documents in one transaction: all of them or, if anything fails, none.
   * A document is skipped, and reported, when the store already has a document with its id or its
   * content hash, or when an earlier document of the batch had either. Events with the same id
   * ({@link Event#id()}) within a document are stored once.
   *
   * @throws IOException if the database fails; nothing of the batch is stored then
   */
  public synchronized IngestReport ingest(List<CodedDocument> batch) throws IOException {
    checkOpen();
    if (batch.isEmpty()) {
      return IngestReport.EMPTY;
    }
    try {
      connection.setAutoCommit(false);
      try {
        IngestReport report = ingestBatch(batch);
        connection.commit();
        return report;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IOException("store " + label + ": ingest failed: " + Sql.message(e), e);
    }
  }

  private IngestReport ingestBatch(List<CodedDocument> batch) throws SQLException {
    Map<String, String> byId = new HashMap<>();
    Map<String, String> byHash = new HashMap<>();
    StringBuilder q = new StringBuilder("SELECT id, content_hash FROM documents WHERE id IN (");
    StringBuilder hashes = new StringBuilder(") OR content_hash IN (");
    List<Object> params = new ArrayList<>();
    List<Object> hashParams = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      q.append(i == 0 ? "?" : ", ?");
      hashes.append(i == 0 ? "?" : ", ?");
      params.add(batch.get(i).document().id());
      hashParams.add(batch.get(i).document().contentHash());
    }
    params.addAll(hashParams);
    try (PreparedStatement ps =
        connection.prepareStatement(q.append(hashes).append(')').toString())) {
      Sql.bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byId.put(rs.getString(1), rs.getString(1));
          byHash.putIfAbsent(rs.getString(2), rs.getString(1));
        }
      }
    }
    List<String> stored = new ArrayList<>();
    List<IngestReport.Skipped> skipped = new ArrayList<>();
    long events = 0;
    long duplicates = 0;
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    try (PreparedStatement doc =
            connection.prepareStatement("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement sentence =
            connection.prepareStatement("INSERT INTO sentences VALUES (?, ?, ?)");
        PreparedStatement event = connection.prepareStatement(insertSql(false));
        PreparedStatement detail = connection.prepareStatement(insertSql(true))) {
      for (CodedDocument cd : batch) {
        Document d = cd.document();
        if (byId.containsKey(d.id())) {
          skipped.add(new IngestReport.Skipped(d.id(), d.id(), "same id"));
          continue;
        }
        String same = byHash.get(d.contentHash());
        if (same != null) {
          skipped.add(new IngestReport.Skipped(d.id(), same, "same content"));
          continue;
        }
        byId.put(d.id(), d.id());
        byHash.put(d.contentHash(), d.id());
        doc.setString(1, d.id());
        doc.setString(2, d.url());
        doc.setString(3, d.source());
        Sql.bind(doc, 4, d.date());
        doc.setString(5, d.title());
        doc.setString(6, d.contentHash());
        doc.setObject(7, now);
        doc.addBatch();
        for (int i = 0; i < cd.sentences().size(); i++) {
          sentence.setString(1, d.id());
          sentence.setInt(2, i);
          sentence.setString(3, cd.sentences().get(i));
          sentence.addBatch();
        }
        Set<String> ids = new HashSet<>();
        for (Event e : cd.events()) {
          if (!ids.add(e.id())) {
            duplicates++;
            continue;
          }
          Object[] values = FlatTable.values(DatasetEvent.of(e, d.url(), d.source()));
          bindColumns(event, values, StoreSchema.CORE_COLUMNS, 1);
          event.addBatch();
          detail.setString(1, (String) values[0]);
          detail.setString(2, (String) values[1]);
          bindColumns(detail, values, StoreSchema.DETAIL_COLUMNS, 3);
          detail.addBatch();
          events++;
        }
        stored.add(d.id());
      }
      doc.executeBatch();
      sentence.executeBatch();
      event.executeBatch();
      detail.executeBatch();
    }
    return new IngestReport(stored, skipped, events, duplicates);
  }

  private static void bindColumns(
      PreparedStatement ps, Object[] values, List<String> columns, int first) throws SQLException {
    for (int i = 0; i < columns.size(); i++) {
      Sql.bind(ps, first + i, values[FlatTable.COLUMNS.indexOf(columns.get(i))]);
    }
  }

  /** INSERT of the core columns into events, or of the key and details into event_details. */
  private static String insertSql(boolean details) {
    List<String> columns = new ArrayList<>();
    if (details) {
      columns.add("dataset");
      columns.add("event_id");
      columns.addAll(StoreSchema.DETAIL_COLUMNS);
    } else {
      columns.addAll(StoreSchema.CORE_COLUMNS);
    }
    StringBuilder sql = new StringBuilder("INSERT INTO ");
    sql.append(details ? "event_details" : "events").append(" (");
    sql.append(String.join(", ", columns)).append(") VALUES (");
    for (int i = 0; i < columns.size(); i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    return sql.append(')').toString();
  }

  /**
   * A batching ingester: documents added to it are stored in batches of {@code batchSize}, one
   * transaction per batch; {@link StoreIngester#close} stores the last, partial batch.
   *
   * @throws IllegalArgumentException if {@code batchSize} is not positive
   */
  public StoreIngester ingester(int batchSize) {
    return new StoreIngester(this, batchSize);
  }

  /**
   * Imports one dataset file, plain or compressed. Rows that cannot be parsed are counted and
   * reported to {@code rejects} with file and line (and the first {@value #REJECTS_KEPT} kept in
   * {@code import_rejects}); rows whose dataset and row id are already stored are counted as such.
   * The import is recorded in the {@code imports} table.
   *
   * @throws IOException if the file cannot be read or is not in the format at all, or the database
   *     fails; chunks committed before the failure stay, and importing the file again completes it
   */
  public synchronized ImportReport importFile(ImportFormat format, Path file, RejectLog rejects)
      throws IOException {
    checkOpen();
    long started = System.nanoTime();
    long importId;
    try {
      importId = scalarLong("SELECT nextval('import_ids')");
      try (PreparedStatement ps =
          connection.prepareStatement(
              "INSERT INTO imports (id, dataset, file, started_at) VALUES (?, ?, ?, ?)")) {
        Sql.bind(
            ps,
            List.of(
                importId, format.dataset(), file.toString(), LocalDateTime.now(ZoneOffset.UTC)));
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IOException("store " + label + ": import failed: " + Sql.message(e), e);
    }
    long rejectedBefore = rejects.count();
    int keptBefore = rejects.first().size();
    Importer.Counts counts;
    try {
      counts = new Importer(connection, tempRoot, CHUNK_ROWS).run(format, file, rejects, importId);
    } catch (SQLException e) {
      throw new IOException(
          "store " + label + ": import of " + file + " failed: " + Sql.message(e), e);
    }
    long rejected = rejects.count() - rejectedBefore;
    List<InvalidFormatException> mine = rejects.first().subList(keptBefore, rejects.first().size());
    try (PreparedStatement ps =
            connection.prepareStatement(
                "UPDATE imports SET finished_at = ?, rows_seen = ?, rows_added = ?,"
                    + " rows_duplicate = ?, rows_rejected = ? WHERE id = ?");
        PreparedStatement rj =
            connection.prepareStatement("INSERT INTO import_rejects VALUES (?, ?, ?, ?)")) {
      Sql.bind(
          ps,
          List.of(
              LocalDateTime.now(ZoneOffset.UTC),
              counts.seen(),
              counts.added(),
              counts.staged() - counts.added(),
              rejected,
              importId));
      ps.executeUpdate();
      for (InvalidFormatException p : mine.subList(0, Math.min(mine.size(), REJECTS_KEPT))) {
        Sql.bind(rj, List.of(importId, p.source(), p.line(), p.problem()));
        rj.addBatch();
      }
      rj.executeBatch();
    } catch (SQLException e) {
      throw new IOException("store " + label + ": import failed: " + Sql.message(e), e);
    }
    return new ImportReport(
        importId,
        file.toString(),
        format.dataset(),
        counts.seen(),
        counts.added(),
        counts.staged() - counts.added(),
        rejected,
        mine,
        Duration.ofNanos(System.nanoTime() - started),
        counts.method());
  }

  /**
   * Writes the events matching {@code where} (all when null or blank) to a file in a format, in the
   * order they are stored (file order, except for GDELT files imported the direct way, whose rows
   * are stored in parallel in no set order).
   *
   * @param where a SQL condition on the columns of the {@code events_flat} view, e.g. {@code
   *     dataset = 'gdelt' AND date >= DATE '2015-01-01'}
   * @return the number of events written
   * @throws IllegalArgumentException if {@code where} is not a valid condition
   */
  public synchronized long export(ExportFormat format, String where, Path out) throws IOException {
    checkOpen();
    return new Exporter(connection).export(format, where, out);
  }

  /**
   * Writes the events matching {@code where} to a writer; not for {@link ExportFormat#PARQUET},
   * which needs a file.
   *
   * @see #export(ExportFormat, String, Path)
   */
  public synchronized long export(ExportFormat format, String where, Writer out)
      throws IOException {
    checkOpen();
    return new Exporter(connection).export(format, where, out);
  }

  /** Runs a read-only query for {@link EventQueries}, serialised with every other operation. */
  synchronized ResultTable query(String sql, List<Object> params) throws IOException {
    checkOpen();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      Sql.bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        return ResultTable.of(rs);
      }
    } catch (SQLException e) {
      throw EventQueries.failure(e);
    }
  }

  private long scalarLong(String sql) throws IOException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IOException("store " + label + ": " + Sql.message(e), e);
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("store must be open: " + label + " is closed");
    }
  }

  /** Closes the database; everything committed is on disk. Idempotent. */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IOException("store " + label + ": close failed: " + Sql.message(e), e);
    }
  }
}
