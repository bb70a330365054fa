package org.faultline.core.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.faultline.core.io.InvalidFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class VerbDictionaryReaderTest {
  private static final String GOLDEN = "golden.verbs.txt";

  private static LoadReport report;
  private static VerbDictionary verbs;

  @BeforeAll
  static void loadGoldenFile() throws IOException {
    VerbDictionary.Builder builder = VerbDictionary.builder();
    report = new VerbDictionaryReader(LoadMode.STRICT).read(resource(), builder);
    verbs = builder.build();
  }

  private static Path resource() {
    return DictionaryFixtures.resource(GOLDEN);
  }

  private static LoadReport read(LoadMode mode, String text, VerbDictionary.Builder into)
      throws IOException {
    return new VerbDictionaryReader(mode).read(new StringReader(text), "test.verbs", into);
  }

  // ------------------------------------------------------------------ the golden file

  @Test
  void goldenFileLoadsEveryVerbPatternAndSynsetWithoutProblems() {
    assertThat(report.kind()).isEqualTo("verbs");
    assertThat(report.source()).isEqualTo(GOLDEN);
    assertThat(report.rejected()).isEmpty();
    assertThat(report.warnings()).isEmpty();
    // 10 verb lines + 9 patterns + 3 synsets
    assertThat(report.entries()).isEqualTo(22);
    assertThat(report.lines()).isEqualTo(34);
    assertThat(report.sha256()).isEqualTo(DictionaryFixtures.sha256(resource()));
    assertThat(verbs.patternCount()).isEqualTo(9);
  }

  static Stream<Arguments> verbForms() {
    return Stream.of(
        // form, words before, words after, entry as written, block, effective code
        arguments("RESTORE", "", "", "RESTORE", "RESTORE", "064"),
        arguments("RESTORES", "", "", "RESTORE", "RESTORE", "064"),
        arguments("RESTORED", "", "", "RESTORE", "RESTORE", "064"),
        arguments("RESTORING", "", "", "RESTORE", "RESTORE", "064"),
        arguments("REESTABLISH", "", "", "REESTABLISH", "RESTORE", "061"),
        arguments("REESTABLISHES", "", "", "REESTABLISH", "RESTORE", "061"),
        arguments("REESTABLISHED", "", "", "REESTABLISH", "RESTORE", "061"),
        arguments("REESTABLISHING", "", "", "REESTABLISH", "RESTORE", "061"),
        arguments("BREAK", "", "", "BREAK", "BREAK", "161"),
        arguments("BREAKS", "", "", "BREAK", "BREAK", "161"),
        arguments("BREAKING", "", "", "BREAK", "BREAK", "161"),
        arguments("BROKE", "", "", "BREAK", "BREAK", "161"),
        arguments("BROKEN", "", "", "BREAK", "BREAK", "161"),
        arguments("STOPS", "", "", "STOP", "BREAK", "161"),
        arguments("STOPPED", "", "", "STOP", "BREAK", "161"),
        arguments("STOPPING", "", "", "STOP", "BREAK", "161"),
        arguments("CARRIES", "", "", "CARRY", "BREAK", "161"),
        arguments("CARRIED", "", "", "CARRY", "BREAK", "161"),
        arguments("CARRYING", "", "", "CARRY", "BREAK", "161"),
        arguments("GIVE", "", "UP", "+GIVE_UP", "BREAK", "161"),
        arguments("GIVES", "", "UP", "+GIVE_UP", "BREAK", "161"),
        arguments("GAVE", "", "UP", "+GIVE_UP", "BREAK", "161"),
        arguments("GIVEN", "", "UP", "+GIVE_UP", "BREAK", "161"),
        arguments("CORDON", "", "OFF", "+CORDON_OFF", "CORDON", "---"),
        arguments("CORDONED", "", "OFF", "+CORDON_OFF", "CORDON", "---"),
        arguments("CORDONING", "", "OFF", "+CORDON_OFF", "CORDON", "---"),
        arguments("TAP", "WIRE", "", "WIRE_+TAP", "WIRETAP", "---"),
        arguments("TAPPED", "WIRE", "", "WIRE_+TAP", "WIRETAP", "---"),
        arguments("TAPPING", "WIRE", "", "WIRE_+TAP", "WIRETAP", "---"),
        arguments("TAPPED", "", "", "TAP", "WIRETAP", "---"),
        arguments("VISITED", "", "", "VISIT", "VISIT", "042"));
  }

  @ParameterizedTest(name = "{0} is a form of {3}")
  @MethodSource("verbForms")
  void everyRegularIrregularAndMultiWordFormIsIndexedUnderItsHead(
      String form, String before, String after, String entry, String block, String code) {
    assertThat(verbs.entries(form))
        .anySatisfy(
            e -> {
              assertThat(e.head()).isEqualTo(form);
              assertThat(String.join("_", e.before())).isEqualTo(before);
              assertThat(String.join("_", e.after())).isEqualTo(after);
              assertThat(e.entry()).isEqualTo(entry);
              assertThat(e.block().name()).isEqualTo(block);
              assertThat(e.effectiveCode()).isEqualTo(code);
            });
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"RESTOREING", "RESTOREED", "OFF", "WIRE", "UP", "SOLDIER", "TIES", ""})
  void wordsThatAreNoVerbFormHaveNoEntry(String word) {
    assertThat(verbs.entries(word)).isEmpty();
  }

  @Test
  void multiWordEntriesComeBeforeTheSingleWordEntryOfTheSameHead() {
    assertThat(verbs.entries("TAPPED"))
        .extracting(VerbEntry::entry)
        .containsExactly("WIRE_+TAP", "TAP");
  }

  @Test
  void verbEntriesRememberTheirLine() {
    assertThat(verbs.entries("BROKEN")).singleElement().extracting(VerbEntry::line).isEqualTo(33);
    assertThat(verbs.entries("CORDONED")).singleElement().extracting(VerbEntry::line).isEqualTo(39);
  }

  @Test
  void blocksKeepTheirNameAndDefaultCodeWithDashesWhenTheBareVerbCodesNothing() {
    assertThat(verbs.blocks())
        .extracting(VerbBlock::name, VerbBlock::code, VerbBlock::line)
        .containsExactly(
            tuple("RESTORE", "064", 21),
            tuple("BREAK", "161", 32),
            tuple("CORDON", "---", 38),
            tuple("WIRETAP", "---", 41),
            tuple("VISIT", "042", 45));
  }

  static Stream<Arguments> patterns() {
    return Stream.of(
        // block, index, upper elements, lower elements, code, line
        arguments("RESTORE", 0, "", "DIPLOMATIC TIES", "064", 24),
        arguments("RESTORE", 1, "", "DIPLOMATIC _TIES _WITH +", "0641", 25),
        arguments("RESTORE", 2, "+ WAS", "TO ^ FROM $", "174", 26),
        arguments("RESTORE", 3, "$", "SANCTIONS ON +", "163", 27),
        arguments("RESTORE", 4, "%_", "", "036:036", 28),
        arguments("RESTORE", 5, "", "&CURRENCY TO +", "071", 29),
        arguments("RESTORE", 6, "", "&GARRISON", "---", 30),
        arguments("VISIT", 0, "", "+", "042:043", 47),
        arguments("VISIT", 1, "", "", "###", 48));
  }

  /**
   * Elements are written back as in the dictionary, with the kind taken from {@link
   * PatternElement#kind()}: a tight upper element gets a trailing {@code _}, a tight lower element
   * a leading one.
   */
  @ParameterizedTest(name = "{0} pattern {1}: {2} * {3} [{4}]")
  @MethodSource("patterns")
  void patternsKeepTheirElementsTightnessAndCodeInFileOrder(
      String block, int index, String upper, String lower, String code, int line) {
    VerbPattern p = block(block).patterns().get(index);

    assertThat(render(p.upper(), true)).isEqualTo(upper);
    assertThat(render(p.lower(), false)).isEqualTo(lower);
    assertThat(p.code()).isEqualTo(code);
    assertThat(p.line()).isEqualTo(line);
    assertThat(p.source()).isEqualTo(GOLDEN);
  }

  @Test
  void blocksWithoutPatternsHaveNone() {
    assertThat(block("BREAK").patterns()).isEmpty();
    assertThat(block("CORDON").patterns()).isEmpty();
    assertThat(block("WIRETAP").patterns()).isEmpty();
  }

  @Test
  void patternsListTheirLiteralWordsAndSynsets() {
    VerbPattern withSynset = block("RESTORE").patterns().get(5);

    assertThat(withSynset.literalWords()).containsExactly("TO");
    assertThat(withSynset.synsets()).containsExactly("&CURRENCY");
  }

  @Test
  void synsetsGetPluralsOfTheirLastWordAndNestedSynsetsExpanded() {
    assertThat(verbs.synset("&CURRENCY").phrases())
        .containsExactlyInAnyOrder(
            List.of("DOLLAR"),
            List.of("DOLLARS"),
            List.of("SILVER", "PENNY"),
            List.of("SILVER", "PENNIES"),
            List.of("GOLD", "CROWN"),
            List.of("GOLD", "CROWNS"),
            List.of("MITHRIL"));
  }

  @Test
  void anUnderscoreAfterAMemberOrTheSynsetNameSuppressesPlurals() {
    assertThat(verbs.synset("&HARD_CURRENCY").phrases())
        .containsExactlyInAnyOrder(
            List.of("GOLD", "CROWN"), List.of("GOLD", "CROWNS"), List.of("MITHRIL"));
    assertThat(verbs.synset("&GARRISON").phrases())
        .containsExactlyInAnyOrder(List.of("SOLDIER"), List.of("ARCHER"));
    assertThat(verbs.synsets()).containsOnlyKeys("&CURRENCY", "&HARD_CURRENCY", "&GARRISON");
  }

  // ------------------------------------------------------------------ malformed lines

  /** Line 6 is replaced by the bad line; the lines around it must still load. */
  private static final String TEMPLATE =
      String.join(
          "\n",
          "# template for malformed verb lines",
          "",
          "--- FIRST [010] ---",
          "FIRST",
          "- * ONE [011]",
          "%s",
          "- * TWO [012]",
          "--- SECOND [020] ---",
          "SECOND",
          "");

  static Stream<Arguments> malformedLines() {
    return Stream.of(
        arguments("- * DIPLOMATIC TIES", "pattern must end with a [code]: - * DIPLOMATIC TIES"),
        arguments("- * TIES [06 4]", "pattern code must be a code: [06 4]"),
        arguments("- * TIES []", "pattern code must be a code: []"),
        arguments("- DIPLOMATIC TIES [064]", "pattern must contain exactly one * for the verb"),
        arguments("- * TIES * [064]", "pattern must contain exactly one * for the verb"),
        arguments("- * {TIES|LINKS} [064]", "pattern must not use TABARI {a|b} alternatives"),
        arguments("- * &NOWHERE [064]", "synset must be defined: &NOWHERE"),
        arguments("RESTORE [06 4]", "verb code must be a code: [06 4]"),
        arguments("RESTORE [064", "verb code must end with ]: RESTORE [064"),
        arguments("BREAK {BROKE BROKEN [161]", "irregular forms must be closed with }"),
        arguments("+CORDON_+OFF", "verb must mark at most one word with +: +CORDON_+OFF"),
        arguments("[064]", "verb line must name a verb: [064]"),
        arguments("&", "synset must have a name after &: &"),
        arguments("&LONELY", "synset must have at least one + member: &LONELY"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedLines")
  void strictModeStopsAtAMalformedLineNamingSourceAndLine(String bad, String message) {
    String text = String.format(Locale.ROOT, TEMPLATE, bad);

    assertThatThrownBy(() -> read(LoadMode.STRICT, text, VerbDictionary.builder()))
        .isInstanceOfSatisfying(
            InvalidFormatException.class,
            e -> {
              assertThat(e.getMessage()).startsWith("test.verbs:6: ").contains(message);
              assertThat(e.source()).isEqualTo("test.verbs");
              assertThat(e.line()).isEqualTo(6);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedLines")
  void lenientModeReportsAMalformedLineAndLoadsTheLinesAroundIt(String bad, String message)
      throws IOException {
    VerbDictionary.Builder builder = VerbDictionary.builder();

    LoadReport lenient = read(LoadMode.LENIENT, String.format(Locale.ROOT, TEMPLATE, bad), builder);

    assertThat(lenient.rejected())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo("test.verbs");
              assertThat(p.line()).isEqualTo(6);
              assertThat(p.message()).contains(message);
              assertThat(p.toString()).startsWith("test.verbs:6: ");
            });
    VerbDictionary loaded = builder.build();
    assertThat(loaded.entries("FIRST")).extracting(VerbEntry::effectiveCode).containsExactly("010");
    assertThat(loaded.entries("SECOND"))
        .extracting(VerbEntry::effectiveCode)
        .containsExactly("020");
    assertThat(loaded.blocks().get(0).patterns())
        .extracting(VerbPattern::code)
        .containsExactly("011", "012");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"- * TIES [064]", "RESTORE"})
  void patternsAndVerbsBeforeTheFirstBlockHeaderAreRejected(String line) throws IOException {
    String text = "# no header yet\n" + line + "\n--- LATER [010] ---\nLATER\n";
    VerbDictionary.Builder builder = VerbDictionary.builder();

    LoadReport lenient = read(LoadMode.LENIENT, text, builder);

    assertThat(lenient.rejected())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message()).contains("must follow a --- VERB [code] --- header");
            });
    assertThat(builder.build().entries("LATER")).hasSize(1);
    assertThatThrownBy(() -> read(LoadMode.STRICT, text, VerbDictionary.builder()))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("test.verbs:2: ");
  }

  static Stream<Arguments> malformedSynsets() {
    return Stream.of(
        arguments("&EMPTY\n+\n+GOOD\n", 2, "synset member must not be empty"),
        arguments("&EMPTY\n+_\n+GOOD\n", 2, "synset member must contain a word"),
        arguments("&A\n+&B\n&B\n+&A\n+GOOD\n", 3, "synset must not contain itself: &B > &A"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("malformedSynsets")
  void malformedSynsetsAreReportedAtTheirLine(String text, int line, String message) {
    assertThatThrownBy(() -> read(LoadMode.STRICT, text, VerbDictionary.builder()))
        .isInstanceOfSatisfying(
            InvalidFormatException.class,
            e -> {
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.problem()).contains(message);
            });
  }

  @Test
  void aCyclicSynsetStillExpandsToTheWordsItReaches() throws IOException {
    VerbDictionary.Builder builder = VerbDictionary.builder();

    read(LoadMode.LENIENT, "&A\n+&B\n&B\n+&A\n+GOOD\n", builder);

    assertThat(builder.build().synset("&A").phrases())
        .containsExactlyInAnyOrder(List.of("GOOD"), List.of("GOODS"));
  }

  @Test
  void aSynsetMemberNamingAnUndefinedSynsetIsReported() throws IOException {
    String text = "&A\n+&NOWHERE\n+GOOD\n--- X [010] ---\nX\n- * &A [011]\n";

    LoadReport lenient = read(LoadMode.LENIENT, text, VerbDictionary.builder());

    List<LoadReport.Problem> problems = new ArrayList<>(lenient.rejected());
    problems.addAll(lenient.warnings());
    assertThat(problems)
        .anySatisfy(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message()).contains("&NOWHERE");
            });
  }

  @Test
  void suspiciousButUsableLinesAreWarningsNotRejections() throws IOException {
    String text =
        String.join(
            "\n",
            "--- X [010] ---",
            "X",
            "--- Y [020] ---",
            "X",
            "--- [030] ---",
            "Z",
            "--- W [0 3] ---",
            "W",
            "--- V [040] [050] ---",
            "V",
            "&S",
            "+A",
            "&S",
            "+B",
            "");
    VerbDictionary.Builder builder = VerbDictionary.builder();

    LoadReport warned = read(LoadMode.STRICT, text, builder);

    assertThat(warned.rejected()).isEmpty();
    assertThat(warned.warnings().stream().map(LoadReport.Problem::toString))
        .contains(
            "test.verbs:4: verb form +X redefined (was at test.verbs:2)",
            "test.verbs:5: block header has no name: --- [030] ---",
            "test.verbs:7: block code must be a code; using ---: [0 3]",
            "test.verbs:9: block header has more than one code; using the first:"
                + " --- V [040] [050] ---",
            "test.verbs:13: synset redefined: &S");
    VerbDictionary loaded = builder.build();
    assertThat(loaded.entries("X"))
        .singleElement()
        .extracting(VerbEntry::effectiveCode)
        .isEqualTo("020");
    assertThat(loaded.entries("W"))
        .singleElement()
        .extracting(VerbEntry::effectiveCode)
        .isEqualTo("---");
    assertThat(loaded.entries("V"))
        .singleElement()
        .extracting(VerbEntry::effectiveCode)
        .isEqualTo("040");
    assertThat(loaded.synset("&S").phrases()).containsExactly(List.of("B"), List.of("BS"));
  }

  @Test
  void anEmptyFileLoadsNothingAndReportsNoProblem() throws IOException {
    VerbDictionary.Builder builder = VerbDictionary.builder();

    LoadReport empty = read(LoadMode.STRICT, "", builder);

    assertThat(empty.entries()).isZero();
    assertThat(empty.lines()).isZero();
    assertThat(empty.rejected()).isEmpty();
    assertThat(empty.warnings()).isEmpty();
    assertThat(builder.build().blocks()).isEmpty();
  }

  // ------------------------------------------------------------------ helpers

  private static VerbBlock block(String name) {
    return verbs.blocks().stream()
        .filter(b -> b.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no block " + name));
  }

  private static String render(List<PatternElement> elements, boolean upper) {
    return elements.stream()
        .map(
            e -> {
              String s = symbol(e);
              if (!e.tight()) {
                return s;
              }
              return upper ? s + "_" : "_" + s;
            })
        .collect(Collectors.joining(" "));
  }

  private static String symbol(PatternElement e) {
    switch (e.kind()) {
      case SOURCE:
        return "$";
      case TARGET:
        return "+";
      case COMPOUND:
        return "%";
      case SKIP:
        return "^";
      default:
        return e.value();
    }
  }
}
