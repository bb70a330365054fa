package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.faultline.core.event.Event;
import org.faultline.formats.FlatTable;
import org.faultline.formats.LineSource;
import org.faultline.formats.RejectLog;
import org.faultline.formats.jsonl.EventJsonlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreExportTest {
  static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  @TempDir Path dir;

  static Store gdeltStore() throws IOException {
    Store store = Store.openInMemory();
    store.importFile(ImportFormat.GDELT, Fixtures.resource("dyads.gdelt.tsv"), new RejectLog(0));
    return store;
  }

  static List<List<Object>> flatRows(Store store) throws IOException {
    String columns = String.join(", ", FlatTable.COLUMNS).replace("program, ", "");
    return store
        .query("SELECT " + columns + " FROM events_flat ORDER BY event_id", List.of())
        .rows();
  }

  @Test
  void codedEventsExportedAsJsonlReadBackAsTheSameEvents() throws IOException {
    List<CodedDocument> docs =
        List.of(
            Fixtures.document(1, DAY, "Wire", "USA", "CHN"),
            Fixtures.document(2, null, "", "PRK", "KOR"));
    Path out = dir.resolve("events.jsonl");
    try (Store store = Store.openInMemory()) {
      store.ingest(docs);

      assertThat(store.export(ExportFormat.JSONL, null, out)).isEqualTo(4);
    }
    List<Event> back = new ArrayList<>();
    RejectLog rejects = new RejectLog(10);
    try (EventJsonlReader r = new EventJsonlReader(LineSource.open(out), rejects)) {
      Event e;
      while ((e = r.readEvent()) != null) {
        back.add(e);
      }
    }
    List<Event> expected = new ArrayList<>();
    for (CodedDocument d : docs) {
      expected.addAll(new LinkedHashSet<>(d.events()));
    }
    assertThat(rejects.first()).isEmpty();
    assertThat(back).containsExactlyElementsOf(expected);
  }

  @Test
  void gdeltRowsExportedAsGdeltImportBackUnchanged() throws IOException {
    Path out = dir.resolve("export.CSV");
    try (Store store = gdeltStore();
        Store again = Store.openInMemory()) {
      assertThat(store.export(ExportFormat.GDELT, "", out)).isEqualTo(10);
      for (String line : Files.readAllLines(out)) {
        assertThat(line.split("\t", -1)).hasSize(61);
      }

      ImportReport r = again.importFile(ImportFormat.GDELT, out, new RejectLog(10));

      assertThat(r.rowsAdded()).isEqualTo(10);
      assertThat(flatRows(again)).isEqualTo(flatRows(store));
    }
  }

  @Test
  void phoenixExportImportsBackWithTheSameIdsDatesActorsAndCodes() throws IOException {
    Path out = dir.resolve("events.txt");
    try (Store store = gdeltStore();
        Store again = Store.openInMemory()) {
      store.export(ExportFormat.PHOENIX, null, out);

      assertThat(again.importFile(ImportFormat.PHOENIX, out, new RejectLog(10)).rowsAdded())
          .isEqualTo(10);
      String columns = "event_id, date, source_code, target_code, cameo_code, goldstein, url";
      String sql = "SELECT " + columns + " FROM events ORDER BY event_id";
      assertThat(again.query(sql, List.of()).rows()).isEqualTo(store.query(sql, List.of()).rows());
    }
  }

  @Test
  void csvPloverAndParquetExportsHoldEverySelectedRow() throws IOException {
    try (Store store = gdeltStore()) {
      StringWriter csv = new StringWriter();
      assertThat(store.export(ExportFormat.CSV, "quad_class = 1", csv)).isEqualTo(7);
      assertThat(csv.toString().split("\r\n")).hasSize(8);
      assertThat(csv.toString()).startsWith(String.join(",", FlatTable.COLUMNS) + "\r\n");

      StringWriter plover = new StringWriter();
      assertThat(store.export(ExportFormat.PLOVER, "cameo_code = '190'", plover)).isEqualTo(1);
      assertThat(plover.toString()).contains("\"event_type\":\"ASSAULT\"");

      Path parquet = dir.resolve("events.parquet");
      assertThat(store.export(ExportFormat.PARQUET, "date >= DATE '2015-02-01'", parquet))
          .isEqualTo(6);
      ResultTable back =
          store.query(
              "SELECT count(*) AS n FROM read_parquet(" + Sql.literal(parquet.toString()) + ")",
              List.of());
      assertThat(back.value(0, "n")).isEqualTo(6L);
    }
  }

  @Test
  void anEmptySelectionWritesNoRowsAndABadConditionIsRejected() throws IOException {
    try (Store store = gdeltStore()) {
      Path out = dir.resolve("none.jsonl");
      assertThat(store.export(ExportFormat.JSONL, "dataset = 'icews'", out)).isZero();
      assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEmpty();

      assertThatThrownBy(() -> store.export(ExportFormat.CSV, "dataset = ", new StringWriter()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("where must be a valid SQL condition on the events columns: ");
      assertThatThrownBy(() -> store.export(ExportFormat.PARQUET, null, new StringWriter()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("parquet export must go to a file: use --out FILE");
    }
  }
}
