package org.faultline.formats.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.faultline.core.event.Event;
import org.faultline.core.io.InvalidFormatException;
import org.faultline.formats.DatasetEvent;
import org.faultline.formats.Golden;
import org.faultline.formats.LineSource;
import org.faultline.formats.RejectLog;
import org.faultline.formats.SampleEvents;
import org.junit.jupiter.api.Test;

class EventJsonlRoundTripTest {

  static String write(List<Event> events) throws IOException {
    StringWriter out = new StringWriter();
    try (EventJsonlWriter w = new EventJsonlWriter(out)) {
      for (Event e : events) {
        w.write(e);
      }
    }
    return out.toString();
  }

  static List<Event> read(String text, RejectLog rejects) throws IOException {
    List<Event> events = new ArrayList<>();
    try (EventJsonlReader r =
        new EventJsonlReader(LineSource.of(new StringReader(text), "events.jsonl"), rejects)) {
      Event e;
      while ((e = r.readEvent()) != null) {
        events.add(e);
      }
    }
    return events;
  }

  @Test
  void writesOneObjectPerLineAsTheGoldenFileShows() throws IOException {
    assertThat(write(SampleEvents.all())).isEqualTo(Golden.text("jsonl/events.jsonl"));
  }

  @Test
  void readsBackExactlyTheEventsItWrote() throws IOException {
    RejectLog rejects = new RejectLog(10);

    assertThat(read(write(SampleEvents.all()), rejects))
        .containsExactlyElementsOf(SampleEvents.all());
    assertThat(rejects.count()).isZero();
  }

  @Test
  void badLinesAreReportedByLineAndTheGoodOnesKept() throws IOException {
    String[] good = write(SampleEvents.all()).split("\n");
    String text =
        good[0]
            + "\n"
            + good[1].replace("\"pattern\"", "\"colour\":1,\"pattern\"")
            + "\n\n"
            + "not json\n"
            + good[2].replace("\"event_id\":\"doc-2#4", "\"event_id\":\"doc-9#4")
            + "\n"
            + good[1].replace("\"sentence_index\":3", "\"sentence_index\":\"3\"")
            + "\n"
            + good[2]
            + "\n";
    RejectLog rejects = new RejectLog(10);

    List<Event> events = read(text, rejects);

    assertThat(events).containsExactly(SampleEvents.attack(), SampleEvents.statement());
    assertThat(rejects.count()).isEqualTo(4);
    assertThat(rejects.first())
        .extracting(InvalidFormatException::line)
        .containsExactly(2, 4, 5, 6);
    assertThat(rejects.first().get(0).problem()).endsWith(": [colour]");
    assertThat(rejects.first().get(2).problem()).startsWith("event_id must be the id of the event");
    assertThat(rejects.first().get(3).problem())
        .isEqualTo("sentence_index must be a whole number: \"3\"");
  }

  @Test
  void importedRowsAreFaultlineRows() throws IOException {
    try (EventJsonlReader r =
        new EventJsonlReader(
            LineSource.of(new StringReader(write(SampleEvents.all())), "e"), new RejectLog(0))) {
      DatasetEvent row = r.read();

      assertThat(row.dataset()).isEqualTo("faultline");
      assertThat(row.eventId()).isEqualTo(SampleEvents.attack().id());
      assertThat(r.rowsSeen()).isEqualTo(1);
    }
  }

  @Test
  void anEmptyFileHasNoEvents() throws IOException {
    assertThat(write(List.of())).isEmpty();
    assertThat(read("", new RejectLog(0))).isEmpty();
  }
}
