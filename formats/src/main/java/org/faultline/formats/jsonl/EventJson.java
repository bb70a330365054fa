package org.faultline.formats.jsonl;

import java.util.List;
import java.util.Set;

/** The keys of the event JSON object, shared by the writer and the reader. */
final class EventJson {
  private EventJson() {}

  static final List<String> KEYS =
      List.of(
          "event_id",
          "document_id",
          "sentence_index",
          "sentence",
          "date",
          "source",
          "target",
          "verb",
          "cameo_code",
          "cameo_name",
          "goldstein",
          "quad_class",
          "plover",
          "reported_by",
          "pattern",
          "provenance");

  static final Set<String> REQUIRED =
      Set.of(
          "document_id",
          "sentence_index",
          "sentence",
          "source",
          "target",
          "verb",
          "cameo_code",
          "provenance");

  static final List<String> ACTOR_KEYS = List.of("code", "text", "start", "end");
  static final List<String> MENTION_KEYS = List.of("text", "start", "end");
  static final List<String> PLOVER_KEYS = List.of("type", "mode", "context");
  static final List<String> PROVENANCE_KEYS = List.of("program", "dictionaries", "model");
}
