package org.faultline.core.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.faultline.core.coder.PatternCoderGoldenTest.Case;
import org.faultline.core.dict.Dictionaries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The news options (negation, modality, reported speech, clause structure) on the sentences of
 * {@code news-cases.txt}, with the test dictionaries beside it.
 */
class NewsCodingTest {
  private static final String CASES = "news-cases.txt";

  private static PatternCoder coder;

  @BeforeAll
  static void loadDictionaries() throws IOException {
    coder =
        new PatternCoder(
            CoderFixtures.dictionaries("news-verbs.txt", "news-actors.txt"), CoderOptions.news());
  }

  static Stream<Arguments> cases() {
    return PatternCoderGoldenTest.readCases(CASES).stream()
        .map(c -> arguments(Named.of(c.id(), c)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void codesEachNewsSentenceAsExpected(Case c) {
    CodingResult result = coder.code(c.text(), c.parse(), c.date());

    assertThat(result.outcome()).isEqualTo(c.outcome());
    assertThat(events(result)).containsExactlyInAnyOrderElementsOf(c.events());
  }

  @Test
  void withoutClauseStructureTheAspectualVerbsOwnPatternCodes() {
    Case c = named("an aspectual verb codes its complement, not its own patterns");
    PatternCoder plain = coder.withOptions(coder.options().with("clause_structure", "false"));

    assertThat(events(plain.code(c.text(), c.parse(), c.date()))).containsExactly("ARN GON 192");
  }

  @Test
  void withoutClauseStructureTheMainClauseAfterAnOpeningPhraseIsRemovedAsPetrarchDoes() {
    Case c = named("an opening phrase without a subject takes the subject of the sentence");
    PatternCoder plain = coder.withOptions(coder.options().with("clause_structure", "false"));

    assertThat(events(plain.code(c.text(), c.parse(), c.date()))).isEmpty();
  }

  @Test
  void aCodesByActorRuleOfAUserLexiconGoesBeforeTheShippedOnesOrTakesOneOut() throws IOException {
    Case c = named("armed men storming a place use force");

    assertThat(
            events(
                withLexicon("[codes-by-actor]\n145* by REB -> 1451\n")
                    .code(c.text(), c.parse(), c.date())))
        .containsExactly("KENREB ROH 1451");
    assertThat(
            events(
                withLexicon("[codes-by-actor]\n-145* by REB -> 180\n")
                    .code(c.text(), c.parse(), c.date())))
        .containsExactly("KENREB ROH 145");
  }

  private static PatternCoder withLexicon(String text) throws IOException {
    Dictionaries taught =
        CoderFixtures.loader("news-verbs.txt", "news-actors.txt")
            .read("lexicon", new StringReader(text), "my.lexicon.txt")
            .build();
    return new PatternCoder(taught, CoderOptions.news());
  }

  @Test
  void aWordAddedToTheLexiconTeachesTheRulesAPlaceName() throws IOException {
    String text = "Police attacked Rohan in the Kenya heartland.";
    String parse =
        "(ROOT (S (NP (NNS Police)) (VP (VBD attacked) (NP (NNP Rohan)) (PP (IN in) (NP (DT the)"
            + " (NNP Kenya) (NN heartland)))) (. .)))";
    PatternCoder withWord = withLexicon("[place-parts]\nHEARTLAND\n");

    assertThat(events(coder.code(text, parse, null))).containsExactly("---COP ROH 190");
    assertThat(events(withWord.code(text, parse, null))).containsExactly("KENCOP ROH 190");
  }

  @Test
  void everyNewsOptionIsOnByDefaultAndOffForPetrarch() {
    assertThat(CoderOptions.news().clauseStructure()).isTrue();
    assertThat(CoderOptions.defaults().clauseStructure()).isFalse();
    assertThat(CoderOptions.NAMES).contains("clause_structure");
  }

  private static Case named(String id) {
    return PatternCoderGoldenTest.readCases(CASES).stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("news case must exist: " + id));
  }

  private static List<String> events(CodingResult result) {
    return result.events().stream()
        .map(e -> e + (e.reportedBy() == null ? "" : " by " + e.reportedBy()))
        .toList();
  }
}
