package org.faultline.core.coder;

import java.util.List;
import java.util.Objects;

/**
 * What coding one sentence produced.
 *
 * @param outcome whether the sentence was coded or why not
 * @param events the events, empty unless {@code outcome} is {@link Outcome#CODED}
 * @param detail a human-readable reason for a non-coded outcome (the discard phrase, the parse
 *     problem), or ""
 */
public record CodingResult(Outcome outcome, List<CodedEvent> events, String detail) {
  /** Why a sentence was or was not coded. */
  public enum Outcome {
    /** Coded normally (possibly with no events). */
    CODED("coded"),
    /** A sentence-level discard phrase matched. */
    SENTENCE_DISCARD("sentencediscard"),
    /** A story-level discard phrase matched; the caller should skip the rest of the story. */
    STORY_DISCARD("storydiscard"),
    /** The parse could not be read (unbalanced brackets and the like). */
    BAD_PARSE("bad_input_parse"),
    /** The sentence is a dateline ("CEBU CITY: -- ..."), not a sentence. */
    DATELINE("dateline"),
    /**
     * The coder failed on this sentence (a fault of the coder, not of the input); the sentence is
     * skipped, with the failure as the detail, and the rest of the document is coded.
     */
    CODER_ERROR("coder_error");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    /** The label PETRARCH validation files use for this outcome. */
    public String label() {
      return label;
    }
  }

  public CodingResult {
    Objects.requireNonNull(outcome, "outcome");
    events = List.copyOf(events);
    Objects.requireNonNull(detail, "detail");
  }

  static CodingResult skipped(Outcome outcome, String detail) {
    return new CodingResult(outcome, List.of(), detail);
  }
}
