package org.faultline.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.faultline.core.event.SentenceTokens;
import org.faultline.core.text.AnnotatedSentence;
import org.faultline.core.text.Annotator;
import org.faultline.core.text.TextNormalizer;
import org.faultline.core.tree.ParseNode;
import org.faultline.core.tree.ParseTree;
import org.faultline.core.tree.TreebankParser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag(SharedAnnotator.MODELS)
class CoreNlpAnnotatorTest {
  private static final Annotator ANNOTATOR = SharedAnnotator.ANNOTATOR;

  private static final String NEWS =
      "Israel said on Monday it would reopen the Rafah crossing. Hamas rejected the offer,"
          + " officials in Gaza (the coastal strip) said.\n"
          + "Talks are due to resume\nin Cairo next week.\n\n"
          + "The U.S. envoy met al-Qaeda's critics.";

  @Test
  void annotatingNewsTextYieldsParsedSentencesInOrder() {
    Annotator.Annotation a = ANNOTATOR.annotate(NEWS);

    assertThat(a.skippedLong()).isZero();
    assertThat(a.sentences())
        .extracting(AnnotatedSentence::text)
        .containsExactly(
            "Israel said on Monday it would reopen the Rafah crossing.",
            "Hamas rejected the offer, officials in Gaza (the coastal strip) said.",
            "Talks are due to resume\nin Cairo next week.",
            "The U.S. envoy met al-Qaeda's critics.");
    assertThat(a.sentences()).extracting(AnnotatedSentence::index).containsExactly(0, 1, 2, 3);
  }

  @Test
  void sentenceOffsetsSliceTheDocumentAndTokenOffsetsSliceTheSentence() {
    Annotator.Annotation a = ANNOTATOR.annotate(NEWS);

    for (AnnotatedSentence s : a.sentences()) {
      assertThat(NEWS.substring(s.begin(), s.begin() + s.text().length())).isEqualTo(s.text());
      SentenceTokens tokens = s.tokens();
      assertThat(tokens.text()).isEqualTo(s.text());
      for (int i = 0; i < tokens.size(); i++) {
        String slice = s.text().substring(tokens.begin(i), tokens.end(i));
        String word = tokens.words().get(i);
        assertThat(slice)
            .as("token %d of %s", i, s.text())
            .isEqualTo(word.replace("-LRB-", "(").replace("-RRB-", ")"));
      }
    }
  }

  @Test
  void eachParseHasOneTokenPerTokenWithTheSameWords() {
    for (AnnotatedSentence s : ANNOTATOR.annotate(NEWS).sentences()) {
      ParseTree parse = s.parse();
      assertThat(parse.size()).isEqualTo(s.tokens().size());
      assertThat(parse.tokens()).extracting(ParseNode::word).isEqualTo(s.tokens().words());
      assertThat(parse.root().label()).isEqualTo("ROOT");
    }
  }

  @Test
  void parsesPrintAsBracketedTreesThatReadBackTheSame() {
    for (AnnotatedSentence s : ANNOTATOR.annotate(NEWS).sentences()) {
      ParseTree reread = TreebankParser.parse(s.parse().toString());
      assertThat(reread.toString()).isEqualTo(s.parse().toString());
      assertThat(reread.size()).isEqualTo(s.parse().size());
    }
  }

  @Test
  void parenthesesAreEscapedAndHyphenatedNamesStayWhole() {
    List<AnnotatedSentence> sentences = ANNOTATOR.annotate(NEWS).sentences();

    assertThat(sentences.get(1).tokens().words()).contains("-LRB-", "-RRB-");
    assertThat(sentences.get(3).tokens().words()).contains("al-Qaeda", "'s");
  }

  @Test
  void nounModifierBracketsAreFoldedIntoTheirNounPhrase() {
    assertThat(firstParse("Bree Prime Minister Romendacil will meet Eriadori leaders."))
        .doesNotContain("(NML");
  }

  @Test
  void aPastTenseTheTaggerTookForAParticipleIsReparsedAsTheClauseVerb() {
    assertThat(firstParse("Myanmar's military imposed martial law in several townships."))
        .startsWith("(ROOT (S (NP (NP (NNP Myanmar) (POS 's)) (JJ military)) (VP (VBD imposed)");
  }

  @Test
  void aNounTheTaggerTookForTheVerbAfterTheOpeningDeterminerIsReparsedAsANoun() {
    assertThat(firstParse("A Russian drone strike hit a hospital in Kharkiv."))
        .startsWith("(ROOT (S (NP (DT A) (NNP Russian) (NN drone) (NN strike)) (VP (VBD hit)");
  }

  @Test
  void aSentenceParsedWithoutAClauseAtTheRootIsParsedAgainByThePcfg() {
    assertThat(firstParse("In a rare rebuke, the United States criticised Israel for the killing."))
        .startsWith("(ROOT (S (PP (IN In)");
  }

  @Test
  void aVerblessHeadlineHasItsFirstKnownVerbFormAfterANounTriedAsItsVerb() {
    Annotator withVerbs =
        SharedAnnotator.ANNOTATOR.withVerbs(
            Set.of("fire", "launch", "riot", "gas", "exchange")::contains);
    assertThat(withVerbs.annotate("Kenyan police fire tear gas at protesters in Nairobi"))
        .extracting(a -> a.sentences().get(0).parse().toString())
        .asString()
        .contains("(VP (VBP fire)");
    assertThat(withVerbs.annotate("India, Pakistan exchange fire along Kashmir frontier"))
        .extracting(a -> a.sentences().get(0).parse().toString())
        .asString()
        .contains("(VP (VBP exchange)");
    assertThat(firstParse("Kenyan police fire tear gas at protesters in Nairobi"))
        .as("without the coder's verbs")
        .doesNotContain("(VBP fire)");
  }

  @Test
  void aNounHeadingAClausesVerbPhraseIsTaggedAsAVerb() {
    assertThat(firstParse("Morocco thanks Spain for backing autonomy plan"))
        .contains("(VP (VBZ thanks) (NP (NNP Spain))");
  }

  @Test
  void anEmptyTextGivesNoSentences() {
    assertThat(ANNOTATOR.annotate("").sentences()).isEmpty();
    assertThat(ANNOTATOR.annotate("").skippedLong()).isZero();
  }

  @Test
  void aBlankTextGivesNoSentences() {
    assertThat(ANNOTATOR.annotate(" \n\n\t ").sentences()).isEmpty();
  }

  @Test
  void punctuationAloneGivesNoEventsButDoesNotFail() {
    Annotator.Annotation a = ANNOTATOR.annotate("...");
    for (AnnotatedSentence s : a.sentences()) {
      assertThat(s.parse().size()).isEqualTo(s.tokens().size());
    }
  }

  @Test
  void aSentenceOverTheLimitIsSkippedAndCounted() {
    String longSentence =
        "The minister met "
            + "the envoy and the general and the mayor and ".repeat(15)
            + "the king on Monday.";
    String text = "Talks began in Geneva. " + longSentence + " Talks ended on Friday.";

    Annotator.Annotation a = ANNOTATOR.annotate(text);

    assertThat(a.skippedLong()).isEqualTo(1);
    assertThat(a.sentences())
        .extracting(AnnotatedSentence::text)
        .containsExactly("Talks began in Geneva.", "Talks ended on Friday.");
    assertThat(a.sentences()).extracting(AnnotatedSentence::index).containsExactly(0, 2);
    assertThat(a.sentences().get(1).begin()).isEqualTo(text.indexOf("Talks ended"));
  }

  @Test
  void normalizedTextAnnotatesWithOffsetsIntoTheNormalizedText() {
    String normalized =
        TextNormalizer.normalize("\u201cWe will fight,\u201d he said \u2014 twice.");

    Annotator.Annotation a = ANNOTATOR.annotate(normalized);

    AnnotatedSentence s = a.sentences().get(0);
    assertThat(s.text()).isEqualTo(normalized);
    assertThat(s.tokens().words()).contains("--");
  }

  @Test
  void nullTextIsRejected() {
    assertThatThrownBy(() -> ANNOTATOR.annotate(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theDescriptionNamesCoreNlpVersionAndParser() {
    assertThat(ANNOTATOR.description()).isEqualTo("corenlp 4.5.10 englishSR");
    assertThat(ANNOTATOR.maxSentenceTokens()).isEqualTo(120);
  }

  /** The bracketed parse of the first sentence of {@code text}. */
  private static String firstParse(String text) {
    return ANNOTATOR.annotate(text).sentences().get(0).parse().toString();
  }
}
