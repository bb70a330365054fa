package org.faultline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.faultline.formats.DatasetEvent;
import org.faultline.formats.DatasetReader;
import org.faultline.formats.RejectLog;

/**
 * Streams one file into the events table: a parser thread reads and validates rows and writes them
 * to chunk files ({@link ChunkFile}); the calling thread inserts each finished chunk with one
 * {@code INSERT ... SELECT FROM read_csv(...)} (one transaction per chunk) while the parser goes on
 * with the next, so parsing and inserting use both cores.
 *
 * <p>Deduplication by dataset and row id: rows whose id the store already has, or that an earlier
 * row of the file had, are not inserted. Two shortcuts keep this cheap for the common case without
 * changing the result: while the file's row ids are strictly increasing (by length, then character
 * order) no row can repeat an earlier row of the file, and when no stored row of the dataset has an
 * id between the chunk's smallest and largest, no row can repeat a stored one.
 */
final class Importer {
  private static final Object END = new Object();

  private final Connection connection;
  private final Path tempRoot;
  private final int chunkRows;

  Importer(Connection connection, Path tempRoot, int chunkRows) {
    this.connection = connection;
    this.tempRoot = tempRoot;
    this.chunkRows = chunkRows;
  }

  private record Chunk(ChunkFile file, boolean ordered) {}

  private record Failure(Throwable cause) {}

  /** Counts of one run: rows seen by the reader, rows handed to the store, rows added. */
  record Counts(long seen, long staged, long added, String method) {}

  Counts run(ImportFormat format, Path file, RejectLog rejects, long importId)
      throws IOException, SQLException {
    if (GdeltFastPath.applies(format, file)) {
      Optional<Counts> fast = new GdeltFastPath(connection).run(format, file, importId, rejects);
      if (fast.isPresent()) {
        return fast.get();
      }
    }
    Path dir = Files.createTempDirectory(tempRoot, "faultline-import-");
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
    long[] seen = new long[1];
    Thread parser =
        new Thread(() -> parse(format, file, rejects, dir, queue, seen), "faultline-import-parser");
    parser.setDaemon(true);
    parser.start();
    long staged = 0;
    long added = 0;
    try {
      while (true) {
        Object item = queue.take();
        if (item == END) {
          break;
        }
        if (item instanceof Failure f) {
          if (f.cause() instanceof IOException io) {
            throw io;
          }
          if (f.cause() instanceof RuntimeException re) {
            throw re;
          }
          throw new IllegalStateException("import parser failed: " + f.cause(), f.cause());
        }
        Chunk chunk = (Chunk) item;
        try {
          added += insert(format.dataset(), chunk, importId);
          staged += chunk.file().rows();
        } finally {
          Files.deleteIfExists(chunk.file().path());
        }
      }
      parser.join();
      return new Counts(seen[0], staged, added, "chunked");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("import of " + file + " was interrupted", e);
    } finally {
      parser.interrupt();
      Object left;
      while ((left = queue.poll()) != null) {
        if (left instanceof Chunk c) {
          Files.deleteIfExists(c.file().path());
        }
      }
      try {
        parser.join(TimeUnit.SECONDS.toMillis(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      deleteTree(dir);
    }
  }

  private void parse(
      ImportFormat format,
      Path file,
      RejectLog rejects,
      Path dir,
      BlockingQueue<Object> queue,
      long[] seen) {
    try {
      try (DatasetReader reader = format.open(file, rejects)) {
        ChunkFile chunk = null;
        int chunks = 0;
        long ordinal = 0;
        String previous = null;
        boolean ordered = true;
        DatasetEvent e;
        while ((e = reader.read()) != null) {
          if (Thread.currentThread().isInterrupted()) {
            if (chunk != null) {
              chunk.close();
              Files.deleteIfExists(chunk.path());
            }
            return;
          }
          if (chunk == null) {
            chunk = new ChunkFile(dir.resolve("chunk-" + chunks++ + ".tsv"));
          }
          if (ordered && previous != null && compareIds(previous, e.eventId()) >= 0) {
            ordered = false;
          }
          previous = e.eventId();
          chunk.write(++ordinal, e);
          if (chunk.rows() >= chunkRows) {
            chunk.close();
            queue.put(new Chunk(chunk, ordered));
            chunk = null;
          }
        }
        if (chunk != null) {
          chunk.close();
          queue.put(new Chunk(chunk, ordered));
        }
        seen[0] = reader.rowsSeen();
      }
      queue.put(END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException | Error e) {
      try {
        queue.put(new Failure(e));
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Orders ids by length, then character by character: numeric ids in numeric order. */
  static int compareIds(String a, String b) {
    return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
  }

  private long insert(String dataset, Chunk chunk, long importId) throws SQLException {
    ChunkFile f = chunk.file();
    boolean antiJoin = !chunk.ordered() || storedInRange(dataset, f.minId(), f.maxId(), importId);
    String source = ChunkFile.readCsv(f.path());
    String first = " QUALIFY row_number() OVER (PARTITION BY s.event_id ORDER BY s.line) = 1";
    StringBuilder sql = new StringBuilder("INSERT INTO events SELECT ");
    sql.append(f.selectList(StoreSchema.CORE_COLUMNS)).append(", ");
    sql.append(importId).append(" FROM ").append(source).append(" s");
    if (antiJoin) {
      sql.append(" WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.dataset = ")
          .append(Sql.literal(dataset))
          .append(" AND e.event_id = s.event_id)");
    }
    if (!chunk.ordered()) {
      sql.append(first);
    }
    long added;
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      added = s.executeLargeUpdate(sql.toString());
      if (f.hasDetails() && added > 0) {
        s.executeLargeUpdate(
            "INSERT INTO event_details SELECT s.dataset, s.event_id, "
                + f.selectList(StoreSchema.DETAIL_COLUMNS)
                + " FROM "
                + source
                + " s WHERE EXISTS (SELECT 1 FROM events e WHERE e.dataset = s.dataset"
                + " AND e.event_id = s.event_id AND e.import_id = "
                + importId
                + ") AND NOT EXISTS (SELECT 1 FROM event_details d WHERE d.dataset = s.dataset"
                + " AND d.event_id = s.event_id)"
                + first);
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
    return added;
  }

  private boolean storedInRange(String dataset, String min, String max, long importId)
      throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT EXISTS (SELECT 1 FROM events WHERE dataset = ? AND event_id BETWEEN ? AND ?"
                + " AND import_id IS DISTINCT FROM ?)")) {
      ps.setString(1, dataset);
      ps.setString(2, min);
      ps.setString(3, max);
      ps.setLong(4, importId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths
          .sorted((a, b) -> b.getNameCount() - a.getNameCount())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
