package org.faultline.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an ingest did: the documents stored, the documents skipped because the store already had
 * them, and the events stored.
 *
 * @param stored ids of the documents stored, in order
 * @param skipped documents not stored because they were already there
 * @param eventsStored events stored with the stored documents
 * @param eventsDuplicate events not stored because an event with the same id came earlier in the
 *     same document (the same event coded twice)
 */
public record IngestReport(
    List<String> stored, List<Skipped> skipped, long eventsStored, long eventsDuplicate) {

  /** Copies the lists. */
  public IngestReport {
    stored = List.copyOf(stored);
    skipped = List.copyOf(skipped);
  }

  /** An empty report. */
  public static final IngestReport EMPTY = new IngestReport(List.of(), List.of(), 0, 0);

  /**
   * A document that was already stored.
   *
   * @param documentId the id of the document given
   * @param storedAs the id under which the store has it (the same id, or another document with the
   *     same content hash)
   * @param reason {@code "same id"} or {@code "same content"}
   */
  public record Skipped(String documentId, String storedAs, String reason) {
    /** Checks for nulls. */
    public Skipped {
      Objects.requireNonNull(documentId, "documentId");
      Objects.requireNonNull(storedAs, "storedAs");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** This report followed by another. */
  public IngestReport plus(IngestReport other) {
    List<String> s = new ArrayList<>(stored);
    s.addAll(other.stored);
    List<Skipped> k = new ArrayList<>(skipped);
    k.addAll(other.skipped);
    return new IngestReport(
        s, k, eventsStored + other.eventsStored, eventsDuplicate + other.eventsDuplicate);
  }

  /** One line: {@code 12 documents stored (340 events), 3 already stored}. */
  public String summary() {
    return stored.size()
        + " documents stored ("
        + eventsStored
        + " events"
        + (eventsDuplicate > 0 ? ", " + eventsDuplicate + " duplicate events" : "")
        + "), "
        + skipped.size()
        + " already stored";
  }
}
