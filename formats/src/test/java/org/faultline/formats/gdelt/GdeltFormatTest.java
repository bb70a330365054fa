package org.faultline.formats.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.faultline.core.event.Event;
import org.faultline.core.io.InvalidFormatException;
import org.faultline.formats.DatasetActor;
import org.faultline.formats.DatasetEvent;
import org.faultline.formats.Golden;
import org.faultline.formats.LineSource;
import org.faultline.formats.RejectLog;
import org.faultline.formats.SampleEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GdeltFormatTest {
  static final Instant ADDED = Instant.parse("2024-03-01T12:15:00Z");

  @TempDir Path dir;

  static List<DatasetEvent> read(GdeltVersion v, LineSource src, RejectLog rejects)
      throws IOException {
    List<DatasetEvent> rows = new ArrayList<>();
    try (GdeltReader r = new GdeltReader(v, src, rejects)) {
      DatasetEvent e;
      while ((e = r.read()) != null) {
        rows.add(e);
      }
    }
    return rows;
  }

  static String write(List<DatasetEvent> rows) throws IOException {
    StringWriter out = new StringWriter();
    try (GdeltWriter w = new GdeltWriter(out, ADDED)) {
      for (DatasetEvent e : rows) {
        w.write(e);
      }
    }
    return out.toString();
  }

  @Test
  void gdelt2RowsKeepIdsDatesActorsCodesCountsAndUrl() throws IOException {
    RejectLog rejects = new RejectLog(10);
    List<DatasetEvent> rows =
        read(GdeltVersion.V2, LineSource.open(Golden.path("gdelt/sample-v2.tsv")), rejects);

    assertThat(rows).hasSize(4);
    assertThat(rejects.count()).isZero();
    DatasetEvent first = rows.get(0);
    assertThat(first.dataset()).isEqualTo("gdelt");
    assertThat(first.eventId()).isEqualTo("410412347");
    assertThat(first.date()).isEqualTo(LocalDate.of(2015, 2, 18));
    assertThat(first.source()).isEqualTo(DatasetActor.of("USAGOV", "UNITED STATES", "USA"));
    assertThat(first.target()).isEqualTo(DatasetActor.of("PRKMIL", "NORTH KOREA", "PRK"));
    assertThat(first.code()).isEqualTo("0231");
    assertThat(first.rootCode()).isEqualTo("02");
    assertThat(first.quadClass()).isEqualTo(1);
    assertThat(first.goldstein()).isEqualTo(3.4);
    assertThat(first.codeName()).isNotBlank();
    assertThat(first.sentenceIndex()).isZero();
    assertThat(first.numMentions()).isEqualTo(10);
    assertThat(first.numSources()).isEqualTo(2);
    assertThat(first.numArticles()).isEqualTo(10);
    assertThat(first.url()).isEqualTo("https://news.example.org/a1");
    assertThat(rows.get(1).sentenceIndex()).isNull();
    assertThat(rows.get(2).target()).isEqualTo(DatasetActor.NONE);
    assertThat(rows.get(2).source().country()).isEmpty();
  }

  @Test
  void aMalformedRowIsReportedByLineAndEveryGoodRowIsRead() throws IOException {
    RejectLog rejects = new RejectLog(10);
    Path file = Golden.path("gdelt/malformed-v2.tsv");
    List<DatasetEvent> rows;
    long seen;
    try (GdeltReader r = new GdeltReader(GdeltVersion.V2, LineSource.open(file), rejects)) {
      rows = new ArrayList<>();
      DatasetEvent e;
      while ((e = r.read()) != null) {
        rows.add(e);
      }
      seen = r.rowsSeen();
    }

    assertThat(rows)
        .extracting(DatasetEvent::eventId)
        .containsExactly("410412347", "410412348", "410412349", "410412350");
    assertThat(seen).isEqualTo(8);
    assertThat(rejects.count()).isEqualTo(4);
    assertThat(rejects.first())
        .extracting(InvalidFormatException::getMessage)
        .containsExactly(
            file + ":3: row must have 61 tab-separated columns: 60",
            file + ":5: SQLDATE must be a valid date YYYYMMDD: 20150231",
            file + ":7: QuadClass must be 1-4: 5",
            file + ":9: EventCode must be 2-4 digits: 04X");
  }

  @Test
  void gdelt1RowsHave57Or58Columns() throws IOException {
    RejectLog rejects = new RejectLog(10);
    List<DatasetEvent> rows =
        read(GdeltVersion.V1, LineSource.open(Golden.path("gdelt/sample-v1.tsv")), rejects);

    assertThat(rejects.count()).isZero();
    assertThat(rows).extracting(DatasetEvent::dataset).containsOnly("gdelt1");
    assertThat(rows.get(0).url()).isEqualTo("https://news.example.org/b1");
    assertThat(rows.get(1).url()).isEmpty();
    assertThat(rows.get(1).date()).isEqualTo(LocalDate.of(1979, 1, 1));
    assertThat(rows.get(1).goldstein()).isEqualTo(-10.0);
  }

  @Test
  void aGdelt2FileIsNotReadAsGdelt1() throws IOException {
    RejectLog rejects = new RejectLog(1);
    List<DatasetEvent> rows =
        read(GdeltVersion.V1, LineSource.open(Golden.path("gdelt/sample-v2.tsv")), rejects);

    assertThat(rows).isEmpty();
    assertThat(rejects.count()).isEqualTo(4);
    assertThat(rejects.first().get(0).problem())
        .isEqualTo("row must have 57 or 58 tab-separated columns: 61");
  }

  @Test
  void everyWrittenRowHasExactly61Columns() throws IOException {
    List<DatasetEvent> rows = new ArrayList<>();
    for (Event e : SampleEvents.all()) {
      rows.add(DatasetEvent.of(e, "https://example.org/" + e.documentId(), ""));
    }
    String text = write(rows);

    assertThat(text.split("\n", -1)).hasSize(4);
    for (String line : text.split("\n")) {
      assertThat(line.split("\t", -1)).hasSize(61);
    }
    assertThat(GdeltColumns.V2).hasSize(61);
    assertThat(GdeltColumns.V1).hasSize(58);
  }

  @Test
  void codedEventsAreWrittenAsTheGoldenFileShows() throws IOException {
    List<DatasetEvent> rows = new ArrayList<>();
    for (Event e : SampleEvents.all()) {
      rows.add(DatasetEvent.of(e, "https://example.org/" + e.documentId(), ""));
    }

    assertThat(write(rows)).isEqualTo(Golden.text("gdelt/coded-events.tsv"));
  }

  @Test
  void theGlobalEventIdOfACodedEventIsAStableNumber() {
    long id = GdeltWriter.globalEventId("doc-1#0#PRKMIL#KOR#195");

    assertThat(id).isPositive().isEqualTo(GdeltWriter.globalEventId("doc-1#0#PRKMIL#KOR#195"));
    assertThat(GdeltWriter.globalEventId("doc-1#0#PRKMIL#KOR#190")).isNotEqualTo(id);
  }

  @Test
  void gdeltRowsSurviveAWriteAndReadRoundTrip() throws IOException {
    List<DatasetEvent> rows =
        read(
            GdeltVersion.V2, LineSource.open(Golden.path("gdelt/sample-v2.tsv")), new RejectLog(0));
    RejectLog rejects = new RejectLog(10);

    List<DatasetEvent> again =
        read(GdeltVersion.V2, LineSource.of(new StringReader(write(rows)), "w"), rejects);

    assertThat(rejects.first()).isEmpty();
    assertThat(again).containsExactlyElementsOf(rows);
  }

  @Test
  void zippedFilesAndAHeaderLineAreReadTransparently() throws IOException {
    Path zip = dir.resolve("20150218230000.export.CSV.zip");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("20150218230000.export.CSV"));
      z.write(String.join("\t", GdeltColumns.V2).concat("\n").getBytes("UTF-8"));
      z.write(Files.readAllBytes(Golden.path("gdelt/sample-v2.tsv")));
      z.closeEntry();
    }
    RejectLog rejects = new RejectLog(10);

    assertThat(read(GdeltVersion.V2, LineSource.open(zip), rejects)).hasSize(4);
    assertThat(rejects.count()).isZero();
  }
}
