package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.faultline.core.io.InvalidFormatException;
import org.faultline.formats.RejectLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreImportTest {
  @TempDir Path dir;

  @Test
  void importingTheSameGdeltFileTwiceLeavesTheRowCountUnchanged() throws IOException {
    Path file = Fixtures.resource("dyads.gdelt.tsv");
    try (Store store = Store.open(dir.resolve("s.duckdb"))) {
      ImportReport first = store.importFile(ImportFormat.GDELT, file, new RejectLog(10));
      ImportReport second = store.importFile(ImportFormat.GDELT, file, new RejectLog(10));

      assertThat(first.rowsSeen()).isEqualTo(10);
      assertThat(first.rowsAdded()).isEqualTo(10);
      assertThat(second.rowsAdded()).isZero();
      assertThat(second.rowsDuplicate()).isEqualTo(10);
      assertThat(first.method()).isEqualTo("direct");
      assertThat(second.method()).isEqualTo("direct");
      assertThat(second.summary())
          .contains("10 rows, 0 added, 10 already stored, 0 rejected (gdelt");
      assertThat(store.queries().count(QueryFilter.all())).isEqualTo(10);
    }
  }

  @Test
  void aGdeltFileWithAMalformedRowImportsEveryGoodRowAndReportsTheBadOneByLine()
      throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.resource("dyads.gdelt.tsv"));
    List<String> bad = new ArrayList<>(lines);
    bad.add(3, lines.get(3).replace("\t20150203\t", "\t2015-02-03\t"));
    Path file = dir.resolve("bad.export.CSV");
    Files.write(file, bad);
    RejectLog rejects = new RejectLog(10);

    try (Store store = Store.openInMemory()) {
      ImportReport r = store.importFile(ImportFormat.GDELT, file, rejects);

      assertThat(r.rowsSeen()).isEqualTo(11);
      assertThat(r.rowsAdded()).isEqualTo(10);
      assertThat(r.rowsRejected()).isEqualTo(1);
      assertThat(r.method()).isEqualTo("direct");
      assertThat(r.firstRejects())
          .extracting(InvalidFormatException::getMessage)
          .containsExactly(file + ":4: SQLDATE must be a date YYYYMMDD: 2015-02-03");
      ResultTable kept = store.query("SELECT source, line, problem FROM import_rejects", List.of());
      assertThat(kept.rows().get(0))
          .containsExactly(file.toString(), 4L, "SQLDATE must be a date YYYYMMDD: 2015-02-03");
      ResultTable log =
          store.query(
              "SELECT rows_seen, rows_added, rows_duplicate, rows_rejected FROM imports",
              List.of());
      assertThat(log.rows().get(0)).containsExactly(11L, 10L, 0L, 1L);
    }
  }

  @Test
  void rowIdsRepeatedWithinAFileAreStoredOnceAndCounted() throws IOException {
    try (Store store = Store.openInMemory()) {
      ImportReport r =
          store.importFile(
              ImportFormat.GDELT, Fixtures.resource("unordered.gdelt.tsv"), new RejectLog(10));

      assertThat(r.rowsSeen()).isEqualTo(5);
      assertThat(r.rowsAdded()).isEqualTo(3);
      assertThat(r.rowsDuplicate()).isEqualTo(1);
      assertThat(r.rowsRejected()).isEqualTo(1);
      assertThat(store.queries().count(QueryFilter.all())).isEqualTo(3);
    }
  }

  @Test
  void importedRowsKeepTheirValuesAndGetCodeFacts() throws IOException {
    try (Store store = Store.openInMemory()) {
      store.importFile(ImportFormat.GDELT, Fixtures.resource("dyads.gdelt.tsv"), new RejectLog(0));

      ResultTable t =
          store.query(
              "SELECT dataset, event_id, date, source_code, source_name, source_country,"
                  + " target_code, cameo_code, cameo_name, root_code, quad_class, goldstein,"
                  + " plover_type, num_sources, url, program, import_id FROM events"
                  + " WHERE event_id = '1003'",
              List.of());
      assertThat(t.rows().get(0))
          .containsExactly(
              "gdelt",
              "1003",
              java.time.LocalDate.of(2015, 1, 20),
              "USA",
              "UNITED STATES",
              "USA",
              "CHNGOV",
              "190",
              "Use conventional military force",
              "19",
              4L,
              -10.0,
              "ASSAULT",
              2L,
              "https://news.example.org/1003",
              "gdelt 2.0",
              1L);
    }
  }

  @Test
  void compressedFilesImportTheSameRows() throws IOException {
    Path gz = dir.resolve("dyads.tsv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(Fixtures.resource("dyads.gdelt.tsv")));
    }
    try (Store store = Store.openInMemory()) {
      assertThat(store.importFile(ImportFormat.GDELT, gz, new RejectLog(0)).rowsAdded())
          .isEqualTo(10);
    }
  }

  @Test
  void textWithTabsQuotesAndTheNullMarkerSurvivesTheBulkPath() throws IOException {
    String text = "He said \"no\"\tthen\\N left.\nNew line.";
    String json =
        "{\"document_id\":\"d\",\"sentence_index\":0,\"sentence\":"
            + com.fasterxml.jackson.databind.node.TextNode.valueOf(text)
            + ",\"source\":{\"code\":\"USA\",\"text\":\"\\\\N\",\"start\":null,\"end\":null},"
            + "\"target\":{\"code\":\"---\",\"text\":null,\"start\":null,\"end\":null},"
            + "\"verb\":{\"text\":\"said\",\"start\":3,\"end\":7},\"cameo_code\":\"010\","
            + "\"provenance\":{\"program\":\"p\",\"dictionaries\":\"\",\"model\":\"\"}}\n";
    Path file = dir.resolve("events.jsonl");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    try (Store store = Store.openInMemory()) {
      ImportReport r = store.importFile(ImportFormat.JSONL, file, new RejectLog(10));

      assertThat(r.rowsAdded()).isEqualTo(1);
      ResultTable t =
          store.query(
              "SELECT sentence, source_name, reported_by_code, pattern, date FROM events_flat",
              List.of());
      assertThat(t.rows().get(0)).containsExactly(text, "\\N", null, null, null);
    }
  }

  @Test
  void aMissingFileOrAFileInTheWrongFormatFailsAsAWhole() throws IOException {
    try (Store store = Store.openInMemory()) {
      assertThatThrownBy(
              () -> store.importFile(ImportFormat.ICEWS, dir.resolve("none.tab"), new RejectLog(0)))
          .isInstanceOf(NoSuchFileException.class);
      assertThatThrownBy(
              () ->
                  store.importFile(
                      ImportFormat.ICEWS, Fixtures.resource("dyads.gdelt.tsv"), new RejectLog(0)))
          .isInstanceOf(InvalidFormatException.class)
          .hasMessageContaining(":1: ICEWS header must be the 20 columns");
      assertThat(store.queries().count(QueryFilter.all())).isZero();
    }
  }

  @Test
  void theDirectGdeltPathStoresTheSameRowsAsTheGeneralPath() throws IOException {
    Path zip = dir.resolve("dyads.zip");
    try (OutputStream out = Files.newOutputStream(zip);
        java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
      z.putNextEntry(new java.util.zip.ZipEntry("dyads.export.CSV"));
      z.write(Files.readAllBytes(Fixtures.resource("dyads.gdelt.tsv")));
      z.closeEntry();
    }
    String columns = String.join(", ", org.faultline.formats.FlatTable.COLUMNS);
    String sql = "SELECT " + columns + " FROM events_flat ORDER BY event_id";
    try (Store direct = Store.openInMemory();
        Store general = Store.openInMemory()) {
      ImportReport d =
          direct.importFile(
              ImportFormat.GDELT, Fixtures.resource("dyads.gdelt.tsv"), new RejectLog(0));
      ImportReport g = general.importFile(ImportFormat.GDELT, zip, new RejectLog(0));

      assertThat(d.method()).isEqualTo("direct");
      assertThat(g.method()).isEqualTo("chunked");
      assertThat(direct.query(sql, List.of()).rows())
          .hasSize(10)
          .isEqualTo(general.query(sql, List.of()).rows());
    }
  }

  @Test
  void anEmptyFileImportsNothing() throws IOException {
    Path empty = dir.resolve("empty.CSV");
    Files.writeString(empty, "");
    try (Store store = Store.openInMemory()) {
      ImportReport r = store.importFile(ImportFormat.GDELT, empty, new RejectLog(0));

      assertThat(r.rowsSeen()).isZero();
      assertThat(r.rowsAdded()).isZero();
    }
  }
}
