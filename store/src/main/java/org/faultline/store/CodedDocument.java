package org.faultline.store;

import java.util.List;
import java.util.Objects;
import org.faultline.core.event.Document;
import org.faultline.core.event.Event;

/**
 * A document as the coder leaves it, the unit the store ingests atomically: the document, its
 * sentences in order, and the events coded from them.
 *
 * @param document the document
 * @param sentences the sentence texts, index 0 first
 * @param events events of this document, each with a sentence index inside {@code sentences}
 */
public record CodedDocument(Document document, List<String> sentences, List<Event> events) {
  /** Validates that every event belongs to the document and to one of its sentences. */
  public CodedDocument {
    Objects.requireNonNull(document, "document");
    sentences = List.copyOf(sentences);
    events = List.copyOf(events);
    for (Event e : events) {
      if (!e.documentId().equals(document.id())) {
        throw new IllegalArgumentException(
            "event document id must be " + document.id() + ": " + e.documentId());
      }
      if (e.sentenceIndex() >= sentences.size()) {
        throw new IllegalArgumentException(
            "event sentence index must be below the sentence count "
                + sentences.size()
                + ": "
                + e.sentenceIndex());
      }
    }
  }
}
