package org.faultline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.faultline.core.cameo.CameoOntology;
import org.faultline.core.coder.CodedEvent;
import org.faultline.core.coder.CoderOptions;
import org.faultline.core.coder.CodingResult;
import org.faultline.core.coder.PatternCoder;
import org.faultline.core.coder.TokenSpan;
import org.faultline.core.dict.Dictionaries;
import org.faultline.core.dict.LoadMode;
import org.faultline.core.tree.ParseNode;
import org.faultline.core.tree.TreebankParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventAssemblerTest {
  private static final LocalDate DATE = LocalDate.of(2019, 3, 24);
  private static final Provenance PROVENANCE =
      new Provenance("faultline test", "0123abcd", "given parse");

  private static PatternCoder coder;
  private final EventAssembler assembler = new EventAssembler(CameoOntology.standard(), PROVENANCE);

  @BeforeAll
  static void loadDictionaries() throws IOException {
    Dictionaries dictionaries =
        Dictionaries.loader(LoadMode.STRICT)
            .read(
                "verbs",
                new StringReader(
                    "--- CRITICIZE [111] ---\nCRITICIZE\n- * + FOR &CRIME [112]\n"
                        + "&CRIME\n+TORTURE\n--- WIRETAP [170] ---\nWIRE_+TAP\n"),
                "event.verbs")
            .read("actors", new StringReader("ARNOR [ARN]\nGONDOR [GON]\n"), "event.actors")
            .read("agents", new StringReader("OFFICIAL [~GOV]\n"), "event.agents")
            .build();
    coder = new PatternCoder(dictionaries, CoderOptions.defaults());
  }

  /** Codes a parse and assembles its events against the sentence text. */
  private List<Event> codeAndAssemble(String text, String parse) {
    CodingResult result = coder.code(text, parse, DATE);
    List<String> words =
        TreebankParser.parse(parse).tokens().stream().map(ParseNode::word).toList();
    return assembler.assemble("doc-7", 3, DATE, SentenceTokens.align(text, words), result);
  }

  @Test
  void aStandardCodeGetsItsCameoNameGoldsteinQuadClassAndPlover() {
    List<Event> events =
        codeAndAssemble(
            "Arnor officials criticized Gondor.",
            "(ROOT (S (NP (NNP Arnor) (NNS officials)) (VP (VBD criticized) (NP (NNP Gondor)))"
                + " (. .)))");

    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.code()).isEqualTo("111");
    assertThat(e.codeName()).isEqualTo("Criticize or denounce");
    assertThat(e.goldstein()).isEqualTo(-2.0);
    assertThat(e.quadClass()).isEqualTo(3);
    assertThat(e.ploverType()).isEqualTo("ACCUSE");
    assertThat(e.ploverMode()).isEqualTo("disapprove");
    assertThat(e.ploverContext()).isEmpty();
    assertThat(e.pattern()).isNull();
    assertThat(e.reportedBy()).isNull();
  }

  @Test
  void sourceTargetAndVerbAreQuotedWithTheirOffsets() {
    String text = "Arnor officials criticized Gondor.";
    List<Event> events =
        codeAndAssemble(
            text,
            "(ROOT (S (NP (NNP Arnor) (NNS officials)) (VP (VBD criticized) (NP (NNP Gondor)))"
                + " (. .)))");

    Event e = events.get(0);
    assertThat(e.source()).isEqualTo(new Actor("ARNGOV", new Mention("Arnor officials", 0, 15)));
    assertThat(e.target()).isEqualTo(new Actor("GON", new Mention("Gondor", 27, 33)));
    assertThat(e.verb()).isEqualTo(new Mention("criticized", 16, 26));
    assertThat(text.substring(e.verb().start(), e.verb().end())).isEqualTo("criticized");
    assertThat(e.documentId()).isEqualTo("doc-7");
    assertThat(e.sentenceIndex()).isEqualTo(3);
    assertThat(e.sentence()).isEqualTo(text);
    assertThat(e.date()).isEqualTo(DATE);
    assertThat(e.provenance()).isEqualTo(PROVENANCE);
    assertThat(e.id()).isEqualTo("doc-7#3#ARNGOV#GON#111");
  }

  @Test
  void aPatternCodeKeepsThePatternThatMatched() {
    List<Event> events =
        codeAndAssemble(
            "Arnor criticized Gondor for torture.",
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD criticized) (NP (NNP Gondor)) (PP (IN for) (NP (NN"
                + " torture)))) (. .)))");

    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo("112");
              assertThat(e.codeName()).isEqualTo("Accuse");
              assertThat(e.pattern()).isEqualTo("- * + FOR &CRIME [112]");
            });
  }

  @Test
  void aMultiWordVerbIsQuotedWhole() {
    List<Event> events =
        codeAndAssemble(
            "Arnor wire tapped Gondor.",
            "(ROOT (S (NP (NNP Arnor) (NN wire)) (VP (VBD tapped) (NP (NNP Gondor))) (. .)))");

    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.verb()).isEqualTo(new Mention("wire tapped", 6, 17));
              assertThat(e.codeName()).isEqualTo("Coerce");
              assertThat(e.quadClass()).isEqualTo(4);
            });
  }

  @Test
  void aNonStandardCodeIsResolvedByItsLongestKnownPrefix() {
    String text = "Arnor sheltered Gondor.";
    SentenceTokens tokens =
        SentenceTokens.align(text, List.of("Arnor", "sheltered", "Gondor", "."));
    CodingResult result = resultOf(event("ARN", "GON", "075A"));

    Event e = assembler.assemble("doc-7", 0, DATE, tokens, result).get(0);

    assertThat(e.code()).isEqualTo("075A");
    assertThat(e.codeName()).isEqualTo("Grant asylum");
    assertThat(e.goldstein()).isEqualTo(7.0);
    assertThat(e.quadClass()).isEqualTo(2);
    assertThat(e.ploverType()).isEqualTo("AID");
    assertThat(e.ploverMode()).isEmpty();
    assertThat(e.ploverContext()).isEqualTo("asylum");
    assertThat(e.source().mention()).isEqualTo(new Mention("Arnor", 0, 5));
  }

  @Test
  void aCodeOutsideCameoHasNoNameGoldsteinQuadClassOrPlover() {
    SentenceTokens tokens = SentenceTokens.align("Arnor left.", List.of("Arnor", "left", "."));

    Event e =
        assembler.assemble("doc-7", 0, DATE, tokens, resultOf(event("ARN", "GON", "+++"))).get(0);

    assertThat(e.codeName()).isEmpty();
    assertThat(e.goldstein()).isNull();
    assertThat(e.quadClass()).isZero();
    assertThat(e.ploverType()).isEmpty();
    assertThat(e.ploverMode()).isEmpty();
    assertThat(e.ploverContext()).isEmpty();
  }

  @Test
  void anActorWithoutASpanOrOutsideTheSentenceHasNoMention() {
    SentenceTokens tokens = SentenceTokens.align("Arnor left.", List.of("Arnor", "left", "."));
    CodedEvent outside =
        new CodedEvent(
            "ARN",
            "GON",
            "111",
            null,
            new TokenSpan(2, 9),
            new TokenSpan(5, 6),
            null,
            false,
            null,
            null);

    Event e = assembler.assemble("doc-7", 0, DATE, tokens, resultOf(outside)).get(0);

    assertThat(e.source()).isEqualTo(new Actor("ARN", null));
    assertThat(e.target()).isEqualTo(new Actor("GON", null));
    assertThat(e.verb()).isEqualTo(new Mention("", -1, -1));
  }

  @Test
  void aReportingActorIsQuotedLikeTheOthers() {
    SentenceTokens tokens =
        SentenceTokens.align(
            "Gondor said Arnor left.", List.of("Gondor", "said", "Arnor", "left", "."));
    CodedEvent reported =
        new CodedEvent(
            "ARN",
            "GON",
            "111",
            new TokenSpan(2, 3),
            new TokenSpan(0, 1),
            new TokenSpan(3, 4),
            null,
            false,
            "GON",
            new TokenSpan(0, 1));

    Event e = assembler.assemble("doc-7", 0, DATE, tokens, resultOf(reported)).get(0);

    assertThat(e.reportedBy()).isEqualTo(new Actor("GON", new Mention("Gondor", 0, 6)));
  }

  @Test
  void aSentenceWithoutEventsAssemblesToNone() {
    SentenceTokens tokens = SentenceTokens.align("Arnor left.", List.of("Arnor", "left", "."));

    assertThat(assembler.assemble("doc-7", 0, DATE, tokens, coder.code(null, "(ROOT", DATE)))
        .isEmpty();
    assertThat(
            assembler.assemble(
                "doc-7",
                0,
                DATE,
                tokens,
                coder.code(null, "(ROOT (S (NP (NNP Arnor)) (VP (VBD left)) (. .)))", DATE)))
        .isEmpty();
  }

  @Test
  void theAssemblerKeepsItsProvenance() {
    assertThat(assembler.provenance()).isEqualTo(PROVENANCE);
  }

  private static CodedEvent event(String source, String target, String code) {
    return new CodedEvent(
        source,
        target,
        code,
        new TokenSpan(0, 1),
        new TokenSpan(2, 3),
        new TokenSpan(1, 2),
        null,
        false,
        null,
        null);
  }

  private static CodingResult resultOf(CodedEvent event) {
    return new CodingResult(CodingResult.Outcome.CODED, List.of(event), "");
  }
}
