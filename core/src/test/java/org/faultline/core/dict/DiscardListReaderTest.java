package org.faultline.core.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.faultline.core.io.InvalidFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DiscardListReaderTest {
  private static final String GOLDEN = "golden.discards.txt";

  private static LoadReport report;
  private static DiscardList discards;

  @BeforeAll
  static void loadGoldenFile() throws IOException {
    DiscardList.Builder builder = DiscardList.builder();
    report = new DiscardListReader(LoadMode.STRICT).read(resource(), builder);
    discards = builder.build();
  }

  private static Path resource() {
    return DictionaryFixtures.resource(GOLDEN);
  }

  private static LoadReport read(LoadMode mode, String text, DiscardList.Builder into)
      throws IOException {
    return new DiscardListReader(mode).read(new StringReader(text), "test.discards", into);
  }

  @Test
  void goldenFileLoadsStoryAndSentenceDiscardsWithTheirWholeWordMark() {
    assertThat(report.kind()).isEqualTo("discards");
    assertThat(report.source()).isEqualTo(GOLDEN);
    assertThat(report.rejected()).isEmpty();
    assertThat(report.warnings()).isEmpty();
    assertThat(report.entries()).isEqualTo(5);
    assertThat(report.lines()).isEqualTo(5);
    assertThat(report.sha256()).isEqualTo(DictionaryFixtures.sha256(resource()));
    assertThat(discards.entries())
        .containsExactly(
            new DiscardList.Entry("WORLD CUP", true, false, GOLDEN, 2),
            new DiscardList.Entry("OLYMPIC GAMES", true, false, GOLDEN, 3),
            new DiscardList.Entry("SOCCER", false, false, GOLDEN, 4),
            new DiscardList.Entry("GOLF", false, true, GOLDEN, 5),
            new DiscardList.Entry("BOX OFFICE", false, false, GOLDEN, 6));
  }

  static Stream<Arguments> discardedTexts() {
    return Stream.of(
        // sentence text, phrase that discards it, whole story?, character offset
        arguments("Gondor won the World Cup.", "WORLD CUP", true, 15),
        arguments("Gondor won the world   cup", "WORLD CUP", true, 15),
        arguments("At the Olympic Games, Rohan won.", "OLYMPIC GAMES", true, 7),
        arguments("Soccer fans from Gondor attacked Rohan.", "SOCCER", false, 0),
        arguments("A soccerball hit the envoy.", "SOCCER", false, 2),
        arguments("The king plays golf, aides said.", "GOLF", false, 15),
        arguments("A box office record in Minas Tirith.", "BOX OFFICE", false, 2),
        arguments("Soccer was played at the World Cup.", "WORLD CUP", true, 25));
  }

  /** A story discard wins over a sentence discard wherever it occurs. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("discardedTexts")
  void discardPhrasesMatchAtWordStartsCaseInsensitively(
      String text, String phrase, boolean story, int offset) {
    DiscardList.Hit hit = discards.find(text);

    assertThat(hit).isNotNull();
    assertThat(hit.entry().phrase()).isEqualTo(phrase);
    assertThat(hit.entry().story()).isEqualTo(story);
    assertThat(hit.offset()).isEqualTo(offset);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "The king went golfing.",
        "Minigolf is popular in Dale.",
        "Asoccer is no word.",
        "The worldcup is one word here.",
        "Gondor criticized Rohan.",
        ""
      })
  void textsWithoutADiscardPhraseAreKept(String text) {
    assertThat(discards.find(text)).isNull();
  }

  @Test
  void noTextIsNeverDiscarded() {
    assertThat(discards.find(null)).isNull();
    assertThat(DiscardList.empty().find("World Cup")).isNull();
  }

  static Stream<Arguments> malformedLines() {
    return Stream.of(
        arguments("+", "discard must contain a phrase: +"),
        arguments("_", "discard must contain a phrase: _"),
        arguments("+ _", "discard must contain a phrase: + _"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedLines")
  void strictModeStopsAtAMalformedLineNamingSourceAndLine(String bad, String message) {
    String text = "SOCCER\n\n" + bad + "\n+WORLD CUP\n";

    assertThatThrownBy(() -> read(LoadMode.STRICT, text, DiscardList.builder()))
        .isInstanceOfSatisfying(
            InvalidFormatException.class,
            e -> {
              assertThat(e.getMessage()).startsWith("test.discards:3: ").contains(message);
              assertThat(e.line()).isEqualTo(3);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedLines")
  void lenientModeReportsAMalformedLineAndLoadsTheLinesAroundIt(String bad, String message)
      throws IOException {
    DiscardList.Builder builder = DiscardList.builder();

    LoadReport lenient = read(LoadMode.LENIENT, "SOCCER\n\n" + bad + "\n+WORLD CUP\n", builder);

    assertThat(lenient.rejected().stream().map(LoadReport.Problem::toString))
        .containsExactly("test.discards:3: " + message);
    assertThat(builder.build().entries())
        .extracting(DiscardList.Entry::phrase)
        .containsExactly("SOCCER", "WORLD CUP");
  }

  @Test
  void aBracketInADiscardPhraseIsAWarning() throws IOException {
    LoadReport warned = read(LoadMode.STRICT, "SOCCER [SPORT]\n", DiscardList.builder());

    assertThat(warned.warnings().stream().map(LoadReport.Problem::toString))
        .containsExactly("test.discards:1: discard phrase contains a bracket: SOCCER [SPORT]");
  }

  @Test
  void anEmptyFileLoadsNothingAndReportsNoProblem() throws IOException {
    DiscardList.Builder builder = DiscardList.builder();

    LoadReport empty = read(LoadMode.STRICT, "", builder);

    assertThat(empty.entries()).isZero();
    assertThat(empty.rejected()).isEmpty();
    assertThat(builder.build().entries()).isEmpty();
  }
}
