package org.faultline.formats.jsonl;

import java.io.IOException;
import java.io.Writer;
import org.faultline.core.event.Actor;
import org.faultline.core.event.Event;
import org.faultline.core.event.Mention;
import org.faultline.formats.DatasetEvent;
import org.faultline.formats.JsonLinesWriter;

/**
 * Writes events as Faultline JSONL: one JSON object per line, keys in the order of {@code
 * docs/formats.md}, non-ASCII text as UTF-8 characters (not escaped).
 *
 * <p>Blank conventions: {@code date}, {@code goldstein}, {@code reported_by} and {@code pattern}
 * are {@code null} when unknown or absent; an actor without words has {@code "text": null}; offsets
 * that are unknown (-1) are {@code null}. The writer never closes a line half-written unless the
 * underlying writer fails. Not thread-safe.
 */
public final class EventJsonlWriter extends JsonLinesWriter {
  /**
   * @param out where lines go (a UTF-8 writer); closed by {@link #close}
   */
  public EventJsonlWriter(Writer out) throws IOException {
    super(out);
  }

  /** Writes one event as one line. */
  public void write(Event e) throws IOException {
    json.writeStartObject();
    json.writeStringField("event_id", e.id());
    json.writeStringField("document_id", e.documentId());
    json.writeNumberField("sentence_index", e.sentenceIndex());
    json.writeStringField("sentence", e.sentence());
    if (e.date() == null) {
      json.writeNullField("date");
    } else {
      json.writeStringField("date", e.date().toString());
    }
    actor("source", e.source());
    actor("target", e.target());
    json.writeFieldName("verb");
    json.writeStartObject();
    mention(e.verb());
    json.writeEndObject();
    json.writeStringField("cameo_code", e.code());
    json.writeStringField("cameo_name", e.codeName());
    if (e.goldstein() == null) {
      json.writeNullField("goldstein");
    } else {
      json.writeNumberField("goldstein", e.goldstein());
    }
    json.writeNumberField("quad_class", e.quadClass());
    json.writeFieldName("plover");
    json.writeStartObject();
    json.writeStringField("type", e.ploverType());
    json.writeStringField("mode", e.ploverMode());
    json.writeStringField("context", e.ploverContext());
    json.writeEndObject();
    if (e.reportedBy() == null) {
      json.writeNullField("reported_by");
    } else {
      actor("reported_by", e.reportedBy());
    }
    json.writeStringField("pattern", e.pattern());
    json.writeFieldName("provenance");
    json.writeStartObject();
    json.writeStringField("program", e.provenance().program());
    json.writeStringField("dictionaries", e.provenance().dictionaries());
    json.writeStringField("model", e.provenance().model());
    json.writeEndObject();
    json.writeEndObject();
    endLine();
  }

  /** Writes a flat row as a Faultline event ({@link DatasetEvent#toEvent()}). */
  @Override
  public void write(DatasetEvent event) throws IOException {
    write(event.toEvent());
  }

  private void actor(String key, Actor a) throws IOException {
    json.writeFieldName(key);
    json.writeStartObject();
    json.writeStringField("code", a.code());
    if (a.mention() == null) {
      json.writeNullField("text");
      json.writeNullField("start");
      json.writeNullField("end");
    } else {
      mention(a.mention());
    }
    json.writeEndObject();
  }

  private void mention(Mention m) throws IOException {
    json.writeStringField("text", m.text());
    offset("start", m.start());
    offset("end", m.end());
  }

  private void offset(String key, int value) throws IOException {
    if (value < 0) {
      json.writeNullField(key);
    } else {
      json.writeNumberField(key, value);
    }
  }
}
