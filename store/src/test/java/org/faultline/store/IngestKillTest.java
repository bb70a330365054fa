package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM ({@code kill -9}: {@link Process#destroyForcibly}) while it ingests, checks
 * that no document is half stored, and reruns the ingest to completion.
 */
class IngestKillTest {
  static final int DOCUMENTS = 300;
  static final int BATCH = 10;

  @TempDir Path dir;

  private Process start(Path db) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            IngestChild.class.getName(),
            db.toString(),
            Integer.toString(DOCUMENTS),
            Integer.toString(BATCH))
        .redirectErrorStream(true)
        .start();
  }

  /** Runs the child until it has printed {@code committed <after>}, then kills it. */
  private void runAndKill(Path db, int after) throws Exception {
    Process p = start(db);
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.equals("committed " + after)) {
          break;
        }
        assertThat(line).as("child output").matches("committed \\d+");
      }
      assertThat(line).as("child must reach batch " + after).isEqualTo("committed " + after);
      p.destroyForcibly();
    }
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isNotZero();
  }

  private static long scalar(Store store, String sql) throws IOException {
    return (Long) store.query(sql, List.of()).rows().get(0).get(0);
  }

  private static void assertNoHalfStoredDocument(Store store) throws IOException {
    assertThat(
            scalar(
                store,
                "SELECT count(*) FROM documents d WHERE"
                    + " (SELECT count(*) FROM sentences s WHERE s.document_id = d.id) <> 2"
                    + " OR (SELECT count(*) FROM events e WHERE e.document_id = d.id) <> 2"))
        .as("documents without all their sentences and events")
        .isZero();
    assertThat(
            scalar(
                store,
                "SELECT (SELECT count(*) FROM sentences WHERE document_id NOT IN"
                    + " (SELECT id FROM documents)) + (SELECT count(*) FROM events WHERE"
                    + " document_id NOT IN (SELECT id FROM documents))"))
        .as("sentences and events without their document")
        .isZero();
  }

  @Test
  void aKilledIngestLeavesNoHalfStoredDocumentAndARerunCompletesIt() throws Exception {
    Path db = dir.resolve("killed.duckdb");

    runAndKill(db, 3);
    long afterFirstKill;
    try (Store store = Store.open(db)) {
      assertNoHalfStoredDocument(store);
      afterFirstKill = scalar(store, "SELECT count(*) FROM documents");
      assertThat(afterFirstKill).isBetween(3L * BATCH, (long) DOCUMENTS - 1);
    }

    runAndKill(db, 8);
    try (Store store = Store.open(db)) {
      assertNoHalfStoredDocument(store);
      assertThat(scalar(store, "SELECT count(*) FROM documents")).isGreaterThan(afterFirstKill);
    }

    Process p = start(db);
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).endsWith("done\n");

    try (Store store = Store.open(db)) {
      assertNoHalfStoredDocument(store);
      assertThat(scalar(store, "SELECT count(*) FROM documents")).isEqualTo(DOCUMENTS);
      assertThat(scalar(store, "SELECT count(DISTINCT id) FROM documents")).isEqualTo(DOCUMENTS);
      assertThat(scalar(store, "SELECT count(*) FROM events")).isEqualTo(2L * DOCUMENTS);
      assertThat(scalar(store, "SELECT count(DISTINCT event_id) FROM events"))
          .isEqualTo(2L * DOCUMENTS);
      assertThat(scalar(store, "SELECT count(*) FROM sentences")).isEqualTo(2L * DOCUMENTS);
    }
  }
}
