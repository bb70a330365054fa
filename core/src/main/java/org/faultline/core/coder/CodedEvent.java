package org.faultline.core.coder;

import java.util.Objects;

/**
 * One event coded from a sentence: who (source) did what (code) to whom (target), with the token
 * spans that justify each part.
 *
 * @param source source actor code, e.g. {@code PRKMIL}; {@code ---} when unknown, or a quoted noun
 *     phrase when new-actor extraction is on
 * @param target target actor code, same conventions
 * @param code event code as the dictionary gives it (normally CAMEO, e.g. {@code 0874})
 * @param sourceSpan tokens of the source noun phrase, or null if none
 * @param targetSpan tokens of the target noun phrase, or null if none
 * @param verbSpan tokens of the verb (several for multi-word verbs)
 * @param pattern the dictionary pattern that matched, or null when the verb's own code applied
 * @param passive true if the verb was read as passive (source and target were swapped)
 * @param reportedBy code of the actor the event is attributed to ("X said", "according to X"), or
 *     null
 * @param reportedBySpan tokens naming that actor, or null
 */
public record CodedEvent(
    String source,
    String target,
    String code,
    TokenSpan sourceSpan,
    TokenSpan targetSpan,
    TokenSpan verbSpan,
    String pattern,
    boolean passive,
    String reportedBy,
    TokenSpan reportedBySpan) {
  public CodedEvent {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(verbSpan, "verbSpan");
  }

  /** The same event with another code. */
  public CodedEvent withCode(String newCode) {
    return new CodedEvent(
        source,
        target,
        newCode,
        sourceSpan,
        targetSpan,
        verbSpan,
        pattern,
        passive,
        reportedBy,
        reportedBySpan);
  }

  /** The same event with no target. */
  public CodedEvent withoutTarget() {
    return new CodedEvent(
        source,
        PatternCoder.NULL,
        code,
        sourceSpan,
        null,
        verbSpan,
        pattern,
        passive,
        reportedBy,
        reportedBySpan);
  }

  /** The (source, target, code) triple, the identity used for comparison and deduplication. */
  public String triple() {
    return source + "\t" + target + "\t" + code;
  }

  @Override
  public String toString() {
    return source + " " + target + " " + code;
  }
}
