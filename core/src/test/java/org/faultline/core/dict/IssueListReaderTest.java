package org.faultline.core.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.faultline.core.io.InvalidFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IssueListReaderTest {
  private static final String GOLDEN = "golden.issues.txt";

  private static LoadReport report;
  private static IssueList issues;

  @BeforeAll
  static void loadGoldenFile() throws IOException {
    IssueList.Builder builder = IssueList.builder();
    report = new IssueListReader(LoadMode.STRICT).read(resource(), builder);
    issues = builder.build();
  }

  private static Path resource() {
    return DictionaryFixtures.resource(GOLDEN);
  }

  private static LoadReport read(LoadMode mode, String text, IssueList.Builder into)
      throws IOException {
    return new IssueListReader(mode).read(new StringReader(text), "test.issues", into);
  }

  @Test
  void goldenFileLoadsEveryExpandedPhraseWithItsCategory() {
    assertThat(report.kind()).isEqualTo("issues");
    assertThat(report.source()).isEqualTo(GOLDEN);
    assertThat(report.rejected()).isEmpty();
    assertThat(report.warnings()).isEmpty();
    assertThat(report.lines()).isEqualTo(11);
    assertThat(report.entries()).isEqualTo(12);
    assertThat(report.sha256()).isEqualTo(DictionaryFixtures.sha256(resource()));
  }

  static Stream<Arguments> entries() {
    return Stream.of(
        // phrase, code (empty: ignore phrase), category, line
        arguments("REFUGEE", "REFUGEES", "REFUGEES", 3),
        arguments("REFUGEES", "REFUGEES", "REFUGEES", 3),
        arguments("ASYLUM SEEKER", "REFUGEES", "REFUGEES", 4),
        arguments("REFUGEE CHESS TEAM", "", "REFUGEES", 5),
        arguments("SHELL", "SHELLING", "CONFLICT", 8),
        arguments("SHELLS", "SHELLING", "CONFLICT", 8),
        arguments("SHELLED", "SHELLING", "CONFLICT", 8),
        arguments("SHELLING", "SHELLING", "CONFLICT", 8),
        arguments("CEASE FIRE", "CEASEFIRE", "CONFLICT", 9),
        arguments("CEASE-FIRE", "CEASEFIRE", "CONFLICT", 9),
        arguments("CEASEFIRE TALKS", "", "CONFLICT", 10));
  }

  /** {@code n:} adds the plural, {@code v:} the verb forms, {@code a+b} both spellings. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void markersExpandIntoEveryFormInsideTheirSection(
      String phrase, String code, String category, int line) {
    assertThat(issues.entries())
        .filteredOn(e -> e.phrase().equals(phrase))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.ignore()).isEqualTo(code.isEmpty());
              assertThat(e.code()).isEqualTo(code.isEmpty() ? null : code);
              assertThat(e.category()).isEqualTo(category);
              assertThat(e.line()).isEqualTo(line);
            });
  }

  static Stream<Arguments> sentences() {
    return Stream.of(
        arguments("Refugees fled across the river.", Map.of("REFUGEES", 1)),
        arguments("A refugee and an asylum seeker arrived.", Map.of("REFUGEES", 2)),
        arguments("Troops shelled the town.", Map.of("SHELLING", 1)),
        arguments("A cease-fire held.", Map.of("CEASEFIRE", 1)),
        arguments("A cease fire held.", Map.of("CEASEFIRE", 1)),
        arguments("The refugee chess team won.", Map.of()),
        arguments("Refugees fled the shelling.", Map.of("REFUGEES", 1, "SHELLING", 1)),
        arguments("Ceasefire talks on the cease-fire with refugees.", Map.of("REFUGEES", 1)),
        arguments("The shellfish market opened.", Map.of()),
        arguments("", Map.of()));
  }

  /** An ignore phrase cancels only the issues of its own section. */
  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource("sentences")
  void sentencesAreTaggedWithTheIssuesTheirWordsName(String text, Map<String, Integer> found) {
    assertThat(issues.find(text)).containsExactlyInAnyOrderEntriesOf(found);
  }

  @Test
  void noTextHasNoIssues() {
    assertThat(issues.find(null)).isEmpty();
  }

  @Test
  void underscoresJoinTheWordsOfAnIssuePhrase() {
    assertThat(issues.find("They spoke of a nuclear weapon.")).containsExactly(entry("NUCLEAR", 1));
  }

  static Stream<Arguments> malformedLines() {
    return Stream.of(
        arguments("refugee", "issue must have a [CODE]: refugee"),
        arguments("refugee [REFUGEES", "issue must have a [CODE]: refugee [REFUGEES"),
        arguments("refugee []", "issue code must not be empty: refugee []"),
        arguments("[REFUGEES]", "issue must contain a phrase: [REFUGEES]"),
        arguments("~", "issue must contain a phrase: ~"),
        arguments(
            "<ISSUE CATEGORY=REFUGEES>",
            "issue section tag must be <ISSUE CATEGORY=\"...\">: <ISSUE CATEGORY=REFUGEES>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedLines")
  void strictModeStopsAtAMalformedLineNamingSourceAndLine(String bad, String message) {
    String text = "<ISSUE CATEGORY=\"X\">\nwar [WAR]\n" + bad + "\npeace [PEACE]\n</ISSUE>\n";

    assertThatThrownBy(() -> read(LoadMode.STRICT, text, IssueList.builder()))
        .isInstanceOfSatisfying(
            InvalidFormatException.class,
            e -> {
              assertThat(e.getMessage()).startsWith("test.issues:3: ").contains(message);
              assertThat(e.line()).isEqualTo(3);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedLines")
  void lenientModeReportsAMalformedLineAndLoadsTheLinesAroundIt(String bad, String message)
      throws IOException {
    String text = "<ISSUE CATEGORY=\"X\">\nwar [WAR]\n" + bad + "\npeace [PEACE]\n</ISSUE>\n";
    IssueList.Builder builder = IssueList.builder();

    LoadReport lenient = read(LoadMode.LENIENT, text, builder);

    assertThat(lenient.rejected().stream().map(LoadReport.Problem::toString))
        .containsExactly("test.issues:3: " + message);
    assertThat(builder.build().find("war and peace"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("WAR", 1, "PEACE", 1));
  }

  @Test
  void anEmptyFileLoadsNothingAndReportsNoProblem() throws IOException {
    IssueList.Builder builder = IssueList.builder();

    LoadReport empty = read(LoadMode.STRICT, "", builder);

    assertThat(empty.entries()).isZero();
    assertThat(empty.rejected()).isEmpty();
    assertThat(builder.build().entries()).isEmpty();
  }
}
