package org.faultline.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.faultline.core.event.Event;
import org.faultline.formats.DatasetEvent;
import org.faultline.formats.FlatTable;
import org.faultline.formats.Golden;
import org.faultline.formats.SampleEvents;
import org.junit.jupiter.api.Test;

class EventCsvWriterTest {

  @Test
  void eventsAreWrittenAsTheGoldenFileShows() throws IOException {
    StringWriter out = new StringWriter();
    try (EventCsvWriter w = new EventCsvWriter(out)) {
      for (Event e : SampleEvents.all()) {
        w.write(DatasetEvent.of(e, "https://example.org/" + e.documentId(), "Example, Inc."));
      }
    }

    assertThat(out.toString()).isEqualTo(Golden.text("csv/coded-events.csv"));
  }

  @Test
  void anEmptyTableIsJustTheHeader() throws IOException {
    StringWriter out = new StringWriter();
    new EventCsvWriter(out).close();

    assertThat(out.toString()).isEqualTo(String.join(",", FlatTable.COLUMNS) + "\r\n");
  }
}
