package org.faultline.core.pipeline;

import java.util.List;
import java.util.Objects;
import org.faultline.core.coder.CodingResult;
import org.faultline.core.event.Event;

/**
 * A document after coding: its sentences with their coding results, and the events.
 *
 * @param input the input document
 * @param status whether the document was coded or why not
 * @param detail the reason for a non-coded status, or ""
 * @param sentences coded sentences in order (empty unless coded)
 * @param events the events of all sentences (empty for a story discard)
 * @param skippedLong sentences not parsed because they were too long
 */
public record CodedDocument(
    InputDocument input,
    Status status,
    String detail,
    List<Sentence> sentences,
    List<Event> events,
    int skippedLong) {

  /** What happened to a document. */
  public enum Status {
    /** Coded (possibly without events). */
    CODED,
    /** No text. */
    EMPTY,
    /** The text looks binary, not text. */
    BINARY,
    /** The text is not English. */
    NOT_ENGLISH,
    /** A story-level discard phrase matched: nothing of it is coded. */
    DISCARDED
  }

  /**
   * One sentence of a coded document.
   *
   * @param index sentence number in the document
   * @param text the sentence
   * @param begin character offset in the document text (-1 for given sentences)
   * @param result what the coder made of it
   */
  public record Sentence(int index, String text, int begin, CodingResult result) {
    public Sentence {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(result, "result");
    }
  }

  public CodedDocument {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
    sentences = List.copyOf(sentences);
    events = List.copyOf(events);
  }

  /** True when the document was coded. */
  public boolean coded() {
    return status == Status.CODED;
  }
}
