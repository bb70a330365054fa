package org.faultline.formats.plover;

import java.io.IOException;
import java.io.Writer;
import org.faultline.formats.DatasetActor;
import org.faultline.formats.DatasetEvent;
import org.faultline.formats.JsonLinesWriter;

/**
 * Writes events as PLOVER JSON Lines, one object per event:
 *
 * <pre>{@code
 * {"id":"...","dataset":"faultline","date":"2024-03-01","event_type":"ASSAULT","mode":null,
 *  "context":["military"],"actor":{"code":"PRKMIL","name":"...","country":"PRK"},
 *  "recipient":{...},"cameo_code":"190","text":"...","document_id":"...","sentence_index":3,
 *  "url":"..."}
 * }</pre>
 *
 * <p>{@code event_type} is null for CAMEO codes that PLOVER does not map (roots 01 and 02); the
 * event is still written so that no row disappears on export. {@code mode} is null when PLOVER
 * gives none; {@code context} is a list, split at {@code ;}, empty when none. {@code recipient} is
 * null for one-actor events. Unknown date, sentence index and text are null. Not thread-safe.
 */
public final class PloverJsonlWriter extends JsonLinesWriter {
  /**
   * @param out where lines go; closed by {@link #close}
   */
  public PloverJsonlWriter(Writer out) throws IOException {
    super(out);
  }

  @Override
  public void write(DatasetEvent e) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", e.eventId());
    json.writeStringField("dataset", e.dataset());
    json.writeStringField("date", e.date() == null ? null : e.date().toString());
    json.writeStringField("event_type", blankToNull(e.ploverType()));
    json.writeStringField("mode", blankToNull(e.ploverMode()));
    json.writeArrayFieldStart("context");
    for (String c : e.ploverContext().split(";")) {
      if (!c.isBlank()) {
        json.writeString(c.strip());
      }
    }
    json.writeEndArray();
    actor("actor", e.source());
    actor("recipient", e.target());
    json.writeStringField("cameo_code", e.code());
    json.writeStringField("text", blankToNull(e.sentence()));
    json.writeStringField("document_id", blankToNull(e.documentId()));
    if (e.sentenceIndex() == null) {
      json.writeNullField("sentence_index");
    } else {
      json.writeNumberField("sentence_index", e.sentenceIndex());
    }
    json.writeStringField("url", blankToNull(e.url()));
    json.writeEndObject();
    endLine();
  }

  private void actor(String key, DatasetActor a) throws IOException {
    if (a.isNone()) {
      json.writeNullField(key);
      return;
    }
    json.writeObjectFieldStart(key);
    json.writeStringField("code", blankToNull(a.code()));
    json.writeStringField("name", blankToNull(a.name()));
    json.writeStringField("country", blankToNull(a.country()));
    json.writeEndObject();
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
