package org.faultline.formats.plover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import org.faultline.core.event.Event;
import org.faultline.formats.DatasetEvent;
import org.faultline.formats.Golden;
import org.faultline.formats.SampleEvents;
import org.junit.jupiter.api.Test;

class PloverJsonlWriterTest {

  static String write() throws IOException {
    StringWriter out = new StringWriter();
    try (PloverJsonlWriter w = new PloverJsonlWriter(out)) {
      for (Event e : SampleEvents.all()) {
        w.write(DatasetEvent.of(e, "https://example.org/" + e.documentId(), ""));
      }
    }
    return out.toString();
  }

  @Test
  void eventsAreWrittenAsTheGoldenFileShows() throws IOException {
    assertThat(write()).isEqualTo(Golden.text("plover/coded-events.jsonl"));
  }

  @Test
  void eachLineCarriesTypeModeContextActorsDateAndSentence() throws IOException {
    String[] lines = write().split("\n");
    JsonNode attack = new ObjectMapper().readTree(lines[0]);

    assertThat(attack.get("event_type").asText()).isEqualTo("ASSAULT");
    assertThat(attack.get("mode").asText()).isEqualTo("aerial");
    assertThat(attack.get("context").get(0).asText()).isEqualTo("military");
    assertThat(attack.get("actor").get("code").asText()).isEqualTo("PRKMIL");
    assertThat(attack.get("recipient").get("country").asText()).isEqualTo("KOR");
    assertThat(attack.get("date").asText()).isEqualTo("2010-11-23");
    assertThat(attack.get("text").asText()).startsWith("North Korean troops shelled");
    JsonNode protest = new ObjectMapper().readTree(lines[1]);
    assertThat(protest.get("recipient").isNull()).isTrue();
    assertThat(protest.get("context")).isEmpty();
    JsonNode statement = new ObjectMapper().readTree(lines[2]);
    assertThat(statement.get("event_type").isNull()).isTrue();
  }
}
