package org.faultline.core.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.faultline.core.cameo.CameoEventType;
import org.faultline.core.cameo.CameoOntology;
import org.faultline.core.cameo.PloverMapping;
import org.faultline.core.coder.CodedEvent;
import org.faultline.core.coder.CodingResult;
import org.faultline.core.coder.TokenSpan;

/**
 * Turns the coder's output for one sentence into {@link Event}s: quotes the words behind source,
 * target and verb with their character offsets, and adds the CAMEO name, Goldstein value, quad
 * class and PLOVER mapping of the code. Immutable and thread-safe.
 */
public final class EventAssembler {
  private final CameoOntology ontology;
  private final Provenance provenance;

  public EventAssembler(CameoOntology ontology, Provenance provenance) {
    this.ontology = Objects.requireNonNull(ontology, "ontology");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
  }

  public Provenance provenance() {
    return provenance;
  }

  /** The events of one coded sentence. */
  public List<Event> assemble(
      String documentId,
      int sentenceIndex,
      LocalDate date,
      SentenceTokens tokens,
      CodingResult result) {
    List<Event> out = new ArrayList<>(result.events().size());
    for (CodedEvent e : result.events()) {
      Optional<CameoEventType> type = ontology.resolve(e.code());
      Optional<PloverMapping> plover = type.flatMap(CameoEventType::plover);
      out.add(
          new Event(
              documentId,
              sentenceIndex,
              tokens.text(),
              date,
              actor(e.source(), e.sourceSpan(), tokens),
              actor(e.target(), e.targetSpan(), tokens),
              mention(e.verbSpan(), tokens),
              e.code(),
              type.map(CameoEventType::name).orElse(""),
              type.map(CameoEventType::goldstein).orElse(null),
              type.map(t -> t.quadClass().number()).orElse(0),
              plover.map(PloverMapping::eventType).orElse(""),
              plover.map(PloverMapping::mode).orElse(""),
              plover.map(PloverMapping::context).orElse(""),
              e.reportedBy() == null ? null : actor(e.reportedBy(), e.reportedBySpan(), tokens),
              e.pattern(),
              provenance));
    }
    return out;
  }

  private static Actor actor(String code, TokenSpan span, SentenceTokens tokens) {
    if (span == null || span.length() == 0 || span.end() > tokens.size()) {
      return new Actor(code, null);
    }
    return new Actor(code, tokens.mention(span.start(), span.end()));
  }

  private static Mention mention(TokenSpan span, SentenceTokens tokens) {
    if (span.length() == 0 || span.end() > tokens.size()) {
      return new Mention("", -1, -1);
    }
    return tokens.mention(span.start(), span.end());
  }
}
