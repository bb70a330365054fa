package org.faultline.formats.jsonl;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.faultline.core.event.Actor;
import org.faultline.core.event.Event;
import org.faultline.core.event.Mention;
import org.faultline.core.event.Provenance;
import org.faultline.core.io.InvalidFormatException;
import org.faultline.formats.DatasetEvent;
import org.faultline.formats.LineReader;
import org.faultline.formats.LineSource;
import org.faultline.formats.RowProblem;

/**
 * Reads Faultline JSONL back into {@link Event}s ({@link #readEvent}) or, for import, into {@link
 * DatasetEvent}s of dataset {@code faultline} ({@link #read}).
 *
 * <p>Strict, so that a file that went through other tools is not re-imported half-understood: a
 * line is rejected when it is not a JSON object, has a key not in the schema (the message names
 * it), lacks a required key, has a value of the wrong type, or has an {@code event_id} that is not
 * the id of the event it describes. Rejected lines are reported with file and line, as the {@link
 * org.faultline.formats.DatasetReader} contract demands. Not thread-safe.
 */
public final class EventJsonlReader extends LineReader {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private Event last;

  /**
   * @param lines the file; closed with this reader
   * @param rejects where rejected lines are reported
   */
  public EventJsonlReader(LineSource lines, Consumer<InvalidFormatException> rejects) {
    super(lines, rejects);
  }

  @Override
  public String dataset() {
    return DatasetEvent.FAULTLINE;
  }

  /** The next good event, or null at the end of the input. */
  public Event readEvent() throws IOException {
    return read() == null ? null : last;
  }

  @Override
  protected DatasetEvent parse(String line) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new RowProblem("line must be one JSON object: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new RowProblem("line must be one JSON object: " + abbreviate(line));
    }
    checkKeys(node, "event", EventJson.KEYS);
    for (String key : EventJson.REQUIRED) {
      if (!node.has(key)) {
        throw new RowProblem("event must have key " + key + ": missing");
      }
    }
    JsonNode plover = node.get("plover");
    if (plover != null && !plover.isNull()) {
      checkKeys(plover, "plover", EventJson.PLOVER_KEYS);
    }
    JsonNode prov = node.get("provenance");
    checkKeys(prov, "provenance", EventJson.PROVENANCE_KEYS);
    JsonNode reported = node.get("reported_by");
    Event e =
        new Event(
            text(node, "document_id"),
            integer(node, "sentence_index"),
            text(node, "sentence"),
            date(node),
            actor(node.get("source"), "source"),
            actor(node.get("target"), "target"),
            mention(node.get("verb"), "verb"),
            text(node, "cameo_code"),
            optionalText(node, "cameo_name"),
            number(node, "goldstein"),
            node.hasNonNull("quad_class") ? integer(node, "quad_class") : 0,
            plover == null || plover.isNull() ? "" : optionalText(plover, "type"),
            plover == null || plover.isNull() ? "" : optionalText(plover, "mode"),
            plover == null || plover.isNull() ? "" : optionalText(plover, "context"),
            reported == null || reported.isNull() ? null : actor(reported, "reported_by"),
            nullableText(node, "pattern"),
            new Provenance(
                optionalText(prov, "program"),
                optionalText(prov, "dictionaries"),
                optionalText(prov, "model")));
    JsonNode id = node.get("event_id");
    if (id != null && !id.isNull() && !id.asText().equals(e.id())) {
      throw new RowProblem("event_id must be the id of the event (" + e.id() + "): " + id.asText());
    }
    last = e;
    return DatasetEvent.of(e, "", "");
  }

  private static void checkKeys(JsonNode node, String what, List<String> allowed) {
    if (node == null || !node.isObject()) {
      throw new RowProblem(what + " must be a JSON object: " + node);
    }
    List<String> unknown = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      throw new RowProblem(what + " must have only known keys " + allowed + ": " + unknown);
    }
  }

  private static Actor actor(JsonNode node, String what) {
    checkKeys(node, what, EventJson.ACTOR_KEYS);
    JsonNode code = node.get("code");
    if (code == null || !code.isTextual()) {
      throw new RowProblem(what + ".code must be a string: " + code);
    }
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      return new Actor(code.asText(), null);
    }
    return new Actor(code.asText(), mention(node, what));
  }

  private static Mention mention(JsonNode node, String what) {
    if (node == null || !node.isObject()) {
      throw new RowProblem(what + " must be a JSON object: " + node);
    }
    if (!what.equals("verb")) {
      checkKeys(node, what, EventJson.ACTOR_KEYS);
    } else {
      checkKeys(node, what, EventJson.MENTION_KEYS);
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw new RowProblem(what + ".text must be a string: " + text);
    }
    return new Mention(text.asText(), offset(node, what, "start"), offset(node, what, "end"));
  }

  private static int offset(JsonNode node, String what, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return -1;
    }
    if (!v.canConvertToInt() || !v.isIntegralNumber()) {
      throw new RowProblem(what + "." + key + " must be a whole number or null: " + v);
    }
    return v.intValue();
  }

  private static String text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || !v.isTextual()) {
      throw new RowProblem(key + " must be a string: " + v);
    }
    return v.asText();
  }

  private static String optionalText(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return "";
    }
    return text(node, key);
  }

  private static String nullableText(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() ? null : text(node, key);
  }

  private static int integer(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
      throw new RowProblem(key + " must be a whole number: " + v);
    }
    return v.intValue();
  }

  private static Double number(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isNumber()) {
      throw new RowProblem(key + " must be a number or null: " + v);
    }
    return v.doubleValue();
  }

  private static LocalDate date(JsonNode node) {
    JsonNode v = node.get("date");
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new RowProblem("date must be a string YYYY-MM-DD or null: " + v);
    }
    try {
      return LocalDate.parse(v.asText());
    } catch (DateTimeParseException e) {
      throw new RowProblem("date must be a date YYYY-MM-DD: " + v.asText());
    }
  }

  private static String abbreviate(String line) {
    return line.length() <= 60 ? line : line.substring(0, 57) + "...";
  }
}
