package org.faultline.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.faultline.core.coder.CodingResult;
import org.faultline.core.coder.PatternCoder;
import org.faultline.core.event.Document;
import org.faultline.core.event.Event;
import org.faultline.core.event.EventAssembler;
import org.faultline.core.event.SentenceTokens;
import org.faultline.core.text.AnnotatedSentence;
import org.faultline.core.text.Annotator;
import org.faultline.core.text.Datelines;
import org.faultline.core.tree.MalformedParseException;
import org.faultline.core.tree.ParseTree;
import org.faultline.core.tree.TreebankParser;

/**
 * The middle of the pipeline: a document in, its sentences parsed (or their given parses used),
 * coded and assembled into events. Immutable and thread-safe if its parts are: one instance codes
 * documents on many threads at once.
 */
public final class DocumentCoder {
  private final Annotator annotator;
  private final PatternCoder coder;
  private final EventAssembler assembler;
  private final Function<String, String> screen;

  /**
   * @param annotator the text pipeline, or null when every input comes with parses
   * @param coder the event coder
   * @param assembler builds events with CAMEO attributes and provenance
   * @param screen checks a document text before parsing: returns null if it may be coded, else a
   *     reason starting with {@code binary:} or {@code language:} (e.g. non-English)
   */
  public DocumentCoder(
      Annotator annotator,
      PatternCoder coder,
      EventAssembler assembler,
      Function<String, String> screen) {
    this.annotator = annotator;
    this.coder = Objects.requireNonNull(coder, "coder");
    this.assembler = Objects.requireNonNull(assembler, "assembler");
    this.screen = screen == null ? t -> null : screen;
  }

  public PatternCoder coder() {
    return coder;
  }

  public EventAssembler assembler() {
    return assembler;
  }

  /** Codes one document. */
  public CodedDocument code(InputDocument in) {
    Document doc = in.document();
    List<CodedDocument.Sentence> sentences = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    if (!in.given().isEmpty()) {
      int index = 0;
      for (InputDocument.GivenSentence g : in.given()) {
        ParseTree tree;
        CodingResult result;
        SentenceTokens tokens;
        try {
          tree = TreebankParser.parse(g.parse());
          tokens =
              SentenceTokens.align(g.text(), tree.tokens().stream().map(t -> t.word()).toList());
          result = coder.code(g.text(), tree, doc.date());
        } catch (MalformedParseException e) {
          result = new CodingResult(CodingResult.Outcome.BAD_PARSE, List.of(), e.getMessage());
          tokens = SentenceTokens.align(g.text(), List.of());
        }
        if (result.outcome() == CodingResult.Outcome.STORY_DISCARD) {
          return discarded(in, result);
        }
        sentences.add(new CodedDocument.Sentence(index, g.text(), -1, result));
        events.addAll(assembler.assemble(doc.id(), index, doc.date(), tokens, result));
        index++;
      }
      return new CodedDocument(in, CodedDocument.Status.CODED, "", sentences, events, 0);
    }
    String text = doc.text();
    if (text.isBlank()) {
      return new CodedDocument(
          in, CodedDocument.Status.EMPTY, "document has no text", List.of(), List.of(), 0);
    }
    String verdict = screen.apply(text);
    if (verdict != null) {
      CodedDocument.Status status =
          verdict.startsWith("binary")
              ? CodedDocument.Status.BINARY
              : CodedDocument.Status.NOT_ENGLISH;
      return new CodedDocument(in, status, verdict, List.of(), List.of(), 0);
    }
    if (annotator == null) {
      throw new IllegalStateException("documents without parses need an annotator: " + doc.id());
    }
    Annotator.Annotation annotation = annotator.annotate(Datelines.blankLeading(text));
    for (AnnotatedSentence s : annotation.sentences()) {
      CodingResult result = coder.code(s.text(), s.parse(), doc.date());
      if (result.outcome() == CodingResult.Outcome.STORY_DISCARD) {
        return discarded(in, result);
      }
      sentences.add(new CodedDocument.Sentence(s.index(), s.text(), s.begin(), result));
      events.addAll(assembler.assemble(doc.id(), s.index(), doc.date(), s.tokens(), result));
    }
    return new CodedDocument(
        in, CodedDocument.Status.CODED, "", sentences, events, annotation.skippedLong());
  }

  private static CodedDocument discarded(InputDocument in, CodingResult result) {
    return new CodedDocument(
        in,
        CodedDocument.Status.DISCARDED,
        "story discard phrase: " + result.detail(),
        List.of(),
        List.of(),
        0);
  }
}
