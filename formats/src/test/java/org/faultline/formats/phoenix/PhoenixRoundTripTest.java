package org.faultline.formats.phoenix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.faultline.core.event.Event;
import org.faultline.formats.DatasetEvent;
import org.faultline.formats.Golden;
import org.faultline.formats.LineSource;
import org.faultline.formats.RejectLog;
import org.faultline.formats.SampleEvents;
import org.junit.jupiter.api.Test;

class PhoenixRoundTripTest {

  static List<DatasetEvent> read(String text, RejectLog rejects) throws IOException {
    List<DatasetEvent> rows = new ArrayList<>();
    try (PhoenixReader r = new PhoenixReader(LineSource.of(new StringReader(text), "p"), rejects)) {
      DatasetEvent e;
      while ((e = r.read()) != null) {
        rows.add(e);
      }
    }
    return rows;
  }

  static String write(List<DatasetEvent> rows) throws IOException {
    StringWriter out = new StringWriter();
    try (PhoenixWriter w = new PhoenixWriter(out)) {
      for (DatasetEvent e : rows) {
        w.write(e);
      }
    }
    return out.toString();
  }

  static List<DatasetEvent> coded() {
    List<DatasetEvent> rows = new ArrayList<>();
    for (Event e : SampleEvents.all()) {
      rows.add(DatasetEvent.of(e, "https://example.org/" + e.documentId(), "Example News"));
    }
    return rows;
  }

  @Test
  void codedEventsAreWrittenAsTheGoldenFileShows() throws IOException {
    String text = write(coded());

    assertThat(text).isEqualTo(Golden.text("phoenix/coded-events.tsv"));
    for (String line : text.split("\n")) {
      assertThat(line.split("\t", -1)).hasSize(26);
    }
  }

  @Test
  void phoenixRowsReadBackWithTheirIdsCodesAndSentenceIds() throws IOException {
    RejectLog rejects = new RejectLog(10);
    List<DatasetEvent> rows = read(Golden.text("phoenix/coded-events.tsv"), rejects);

    assertThat(rejects.count()).isZero();
    assertThat(rows).hasSize(3);
    DatasetEvent first = rows.get(0);
    assertThat(first.dataset()).isEqualTo("phoenix");
    assertThat(first.eventId()).isEqualTo(SampleEvents.attack().id());
    assertThat(first.date()).isEqualTo(LocalDate.of(2010, 11, 23));
    assertThat(first.source().code()).isEqualTo("PRKMIL");
    assertThat(first.source().country()).isEqualTo("PRK");
    assertThat(first.code()).isEqualTo("195");
    assertThat(first.goldstein()).isEqualTo(-9.5);
    assertThat(first.documentId()).isEqualTo("doc-1");
    assertThat(first.sentenceIndex()).isZero();
    assertThat(first.url()).isEqualTo("https://example.org/doc-1");
    assertThat(first.publisher()).isEqualTo("Example News");
    assertThat(rows.get(2).quadClass()).isEqualTo(1);
  }

  @Test
  void phoenixRowsSurviveAReadAndWriteRoundTrip() throws IOException {
    String text = Golden.text("phoenix/coded-events.tsv");
    List<DatasetEvent> rows = read(text, new RejectLog(0));

    assertThat(write(rows)).isEqualTo(text);
    assertThat(read(write(rows), new RejectLog(0))).containsExactlyElementsOf(rows);
  }

  @Test
  void malformedRowsAreReportedByLine() throws IOException {
    String good = Golden.text("phoenix/coded-events.tsv").split("\n")[0];
    String text =
        good.replace("\t195\t19\t4\t", "\t195\t19\t7\t")
            + "\n"
            + good
            + "\nshort\trow\n"
            + good.replace("20101123", "2010-11-23")
            + "\n";
    RejectLog rejects = new RejectLog(10);

    assertThat(read(text, rejects)).hasSize(1);
    assertThat(rejects.first())
        .extracting(e -> e.line() + ": " + e.problem())
        .containsExactly(
            "1: QuadClass must be 0-4: 7",
            "3: row must have 26 tab-separated columns: 2",
            "4: Date must be a date YYYYMMDD: 2010-11-23");
  }
}
