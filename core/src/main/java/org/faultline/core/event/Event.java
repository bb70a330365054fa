package org.faultline.core.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One coded event with everything needed to analyse it and to trace it back to its source sentence.
 * This is the record behind the JSONL output schema.
 *
 * @param documentId the document
 * @param sentenceIndex 0-based index of the sentence in the document
 * @param sentence the sentence text
 * @param date the event date (the document date)
 * @param source who acted
 * @param target on whom; {@link Actor#NONE} for one-actor events (a protest, a mobilisation)
 * @param verb the verb (or verbal phrase) that carried the event
 * @param code CAMEO event code as coded
 * @param codeName CAMEO name of the code, or "" for non-CAMEO codes
 * @param goldstein Goldstein intensity (-10..10), or null for non-CAMEO codes
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict; 0 for non-CAMEO codes
 * @param ploverType PLOVER event type, or ""
 * @param ploverMode PLOVER mode, or ""
 * @param ploverContext PLOVER context, or ""
 * @param reportedBy who reported the event ("according to South Korean intelligence"), or null
 * @param pattern the dictionary pattern that matched, or null
 * @param provenance program, dictionaries and model that produced it
 */
public record Event(
    String documentId,
    int sentenceIndex,
    String sentence,
    LocalDate date,
    Actor source,
    Actor target,
    Mention verb,
    String code,
    String codeName,
    Double goldstein,
    int quadClass,
    String ploverType,
    String ploverMode,
    String ploverContext,
    Actor reportedBy,
    String pattern,
    Provenance provenance) {
  public Event {
    Objects.requireNonNull(documentId, "documentId");
    if (sentenceIndex < 0) {
      throw new IllegalArgumentException("sentence index must be >= 0: " + sentenceIndex);
    }
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(codeName, "codeName");
    if (goldstein != null && (goldstein < -10 || goldstein > 10)) {
      throw new IllegalArgumentException("goldstein must be in [-10, 10]: " + goldstein);
    }
    if (quadClass < 0 || quadClass > 4) {
      throw new IllegalArgumentException("quad class must be 0-4: " + quadClass);
    }
    Objects.requireNonNull(ploverType, "ploverType");
    Objects.requireNonNull(ploverMode, "ploverMode");
    Objects.requireNonNull(ploverContext, "ploverContext");
    Objects.requireNonNull(provenance, "provenance");
  }

  /**
   * A stable identifier: document, sentence, dyad and code. Two events with the same id are the
   * same event coded twice.
   */
  public String id() {
    return documentId
        + "#"
        + sentenceIndex
        + "#"
        + source.code()
        + "#"
        + target.code()
        + "#"
        + code;
  }
}
