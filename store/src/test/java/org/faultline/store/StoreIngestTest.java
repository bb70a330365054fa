package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.faultline.core.event.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreIngestTest {
  static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  @TempDir Path dir;

  @Test
  void openingANewFileAppliesTheSchemaAndFillsTheCodeTables() throws IOException {
    Path file = dir.resolve("new.duckdb");
    try (Store store = Store.open(file)) {
      assertThat(store.schemaVersion()).isEqualTo(1);
      assertThat(store.queries().count(QueryFilter.all())).isZero();
      ResultTable codes = store.query("SELECT count(*) AS n FROM cameo_codes", List.of());
      assertThat(codes.value(0, "n")).isEqualTo(316L);
      ResultTable plover =
          store.query("SELECT event_type FROM plover WHERE cameo_code = '190'", List.of());
      assertThat(plover.value(0, "event_type")).isEqualTo("ASSAULT");
    }
    try (Store again = Store.open(file)) {
      assertThat(again.schemaVersion()).isEqualTo(1);
      ResultTable versions = again.query("SELECT count(*) AS n FROM schema_version", List.of());
      assertThat(versions.value(0, "n")).isEqualTo(1L);
    }
  }

  @Test
  void aStoreInAMissingDirectoryCannotBeOpened() {
    assertThatThrownBy(() -> Store.open(dir.resolve("no/such/dir/x.duckdb")))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("store directory must exist: ");
  }

  @Test
  void ingestStoresDocumentsWithTheirSentencesAndEvents() throws IOException {
    try (Store store = Store.openInMemory()) {
      IngestReport r = store.ingest(List.of(Fixtures.document(1, DAY, "Wire", "USA", "CHN")));

      assertThat(r.stored()).containsExactly("doc-1");
      assertThat(r.eventsStored()).isEqualTo(2);
      assertThat(r.eventsDuplicate()).isEqualTo(1);
      assertThat(count(store, "documents")).isEqualTo(1);
      assertThat(count(store, "sentences")).isEqualTo(2);
      assertThat(count(store, "events")).isEqualTo(2);
      ResultTable e =
          store.query(
              "SELECT dataset, source_code, url, publisher, num_sources FROM events"
                  + " WHERE cameo_code = '051'",
              List.of());
      assertThat(e.rows().get(0))
          .containsExactly("faultline", "USA", "https://news.example.org/doc-1", "Wire", 1L);
    }
  }

  @Test
  void theSameDocumentIsSkippedByIdOrByContent() throws IOException {
    try (Store store = Store.openInMemory()) {
      CodedDocument first = Fixtures.document(1, DAY, "Wire", "USA", "CHN");
      store.ingest(List.of(first));
      Document d = first.document();
      CodedDocument sameText =
          new CodedDocument(
              Document.of("other-id", d.date(), "Another title", d.text(), "", "Other"),
              first.sentences(),
              List.of());

      IngestReport r =
          store.ingest(List.of(first, sameText, Fixtures.document(2, DAY, "Wire", "USA", "RUS")));

      assertThat(r.stored()).containsExactly("doc-2");
      assertThat(r.skipped())
          .containsExactly(
              new IngestReport.Skipped("doc-1", "doc-1", "same id"),
              new IngestReport.Skipped("other-id", "doc-1", "same content"));
      assertThat(r.summary())
          .isEqualTo("1 documents stored (2 events, 1 duplicate events), 2 already stored");
      assertThat(count(store, "documents")).isEqualTo(2);
      assertThat(count(store, "events")).isEqualTo(4);
    }
  }

  @Test
  void theSameDocumentTwiceInOneBatchIsStoredOnce() throws IOException {
    try (Store store = Store.openInMemory()) {
      CodedDocument d = Fixtures.document(1, DAY, "Wire", "USA", "CHN");

      IngestReport r = store.ingest(List.of(d, d));

      assertThat(r.stored()).containsExactly("doc-1");
      assertThat(r.skipped()).hasSize(1);
      assertThat(count(store, "events")).isEqualTo(2);
    }
  }

  @Test
  void theIngesterCommitsInBatchesAndAtClose() throws IOException {
    try (Store store = Store.openInMemory()) {
      StoreIngester ingester = store.ingester(2);
      for (int n = 1; n <= 5; n++) {
        ingester.add(Fixtures.document(n, DAY, "Wire", "USA", "CHN"));
      }
      assertThat(ingester.batches()).isEqualTo(2);
      assertThat(count(store, "documents")).isEqualTo(4);

      ingester.close();

      assertThat(ingester.batches()).isEqualTo(3);
      assertThat(ingester.report().stored()).hasSize(5);
      assertThat(count(store, "documents")).isEqualTo(5);
    }
  }

  @Test
  void anEventOfAnotherDocumentIsRejected() {
    CodedDocument d = Fixtures.document(1, DAY, "Wire", "USA", "CHN");
    CodedDocument other = Fixtures.document(2, DAY, "Wire", "USA", "CHN");

    assertThatThrownBy(() -> new CodedDocument(d.document(), d.sentences(), other.events()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event document id must be doc-1: doc-2");
    assertThatThrownBy(() -> new CodedDocument(d.document(), List.of("one"), d.events()))
        .hasMessage("event sentence index must be below the sentence count 1: 1");
  }

  @Test
  void aClosedStoreRefusesWork() throws IOException {
    Store store = Store.openInMemory();
    store.close();
    store.close();

    assertThatThrownBy(() -> store.queries().count(QueryFilter.all()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("store must be open: :memory: is closed");
  }

  static long count(Store store, String table) throws IOException {
    return (Long) store.query("SELECT count(*) AS n FROM " + table, List.of()).value(0, "n");
  }
}
