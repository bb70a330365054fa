package org.faultline.core.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.faultline.core.io.InvalidFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActorDictionaryReaderTest {
  private static final String GOLDEN = "golden.actors.txt";

  private static LoadReport report;
  private static ActorDictionary actors;

  @BeforeAll
  static void loadGoldenFile() throws IOException {
    ActorDictionary.Builder builder = ActorDictionary.builder();
    report = new ActorDictionaryReader(LoadMode.STRICT).read(resource(), builder);
    actors = builder.build();
  }

  private static Path resource() {
    return DictionaryFixtures.resource(GOLDEN);
  }

  private static LoadReport read(LoadMode mode, String text, ActorDictionary.Builder into)
      throws IOException {
    return new ActorDictionaryReader(mode).read(new StringReader(text), "test.actors", into);
  }

  private static List<String> words(String text) {
    return Arrays.asList(text.split(" "));
  }

  // ------------------------------------------------------------------ the golden file

  @Test
  void goldenFileLoadsEveryPhraseUpToTheStopLine() {
    assertThat(report.kind()).isEqualTo("actors");
    assertThat(report.source()).isEqualTo(GOLDEN);
    assertThat(report.rejected()).isEmpty();
    assertThat(report.entries()).isEqualTo(14);
    assertThat(report.lines()).isEqualTo(25);
    assertThat(report.sha256()).isEqualTo(DictionaryFixtures.sha256(resource()));
    assertThat(actors.actorCount()).isEqualTo(9);
    assertThat(actors.phraseCount()).isEqualTo(14);
    assertThat(actors.firstActor(words("NEVER LOADED"), null)).isNull();
  }

  @Test
  void anActorWithoutCodeAndACodeOnASynonymLineAreWarnings() {
    assertThat(report.warnings().stream().map(LoadReport.Problem::toString))
        .containsExactly(
            GOLDEN + ":24: actor has no code and will code as ---: FARAMIR",
            GOLDEN + ":27: code on a synonym line applies to the whole actor: +ISTARI_ [RIV/LOR]");
  }

  static Stream<Arguments> phrases() {
    return Stream.of(
        // words of a noun phrase, the actor's primary phrase, code, first word matched, length
        arguments("NORTH KOREA", "NORTH_KOREA", "PRK", 0, 2),
        arguments("THE DPRK", "NORTH_KOREA", "PRK", 1, 1),
        arguments("PYONGYANG AND ARNOR", "NORTH_KOREA", "PRK", 0, 1),
        arguments("KINGDOM OF ARNOR", "ARNOR", "ARN", 0, 3),
        arguments("KINGDOM OF OLD ARNOR", "ARNOR", "ARN", 3, 1),
        arguments("NORTH KINGDOM", "ARNOR", "ARN", 0, 2),
        arguments("THE NORTH ERN KINGDOM", "ARNOR", "ARN", 1, 3),
        arguments("NORTHERN ALLIANCE TROOPS", "NORTHERN_ALLIANCE", "ARN/GON/ROH", 0, 2),
        arguments("ISTARI", "WHITE_COUNCIL", "RIV/LOR", 0, 1),
        arguments("WHITE COUNCIL", "WHITE_COUNCIL", "RIV/LOR", 0, 2),
        arguments("FARAMIR", "FARAMIR", "---", 0, 1));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("phrases")
  void phrasesAndSynonymsFindTheirActorLeftToRightLongestFirst(
      String text, String name, String code, int start, int length) {
    ActorDictionary.Hit hit = actors.firstActor(words(text), null);

    assertThat(hit).isNotNull();
    assertThat(hit.entry().name()).isEqualTo(name);
    assertThat(hit.code()).isEqualTo(code);
    assertThat(hit.start()).isEqualTo(start);
    assertThat(hit.length()).isEqualTo(length);
  }

  @Test
  void aPhraseOpeningWithTheYieldsToOneFromTheNextWordThatReachesFurther() throws IOException {
    ActorDictionary.Builder builder = ActorDictionary.builder();
    read(LoadMode.STRICT, "THE_WEST [WST]\nDARFUR [SDN]\n+WEST_DARFUR\nWEST [---]\n", builder);
    ActorDictionary dictionary = builder.build();

    ActorDictionary.Hit region = dictionary.firstActor(words("THE WEST DARFUR TOWN"), null);
    assertThat(region.code()).isEqualTo("SDN");
    assertThat(region.start()).isEqualTo(1);
    assertThat(region.length()).isEqualTo(2);
    assertThat(dictionary.firstActor(words("THE WEST IMPOSED SANCTIONS"), null).code())
        .isEqualTo("WST");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"NORTH KOREAN", "KOREA", "KINGDOM", "THE NORTH", "ARNORIAN"})
  void phrasesMatchWholeWordsOnlyAndTightWordsOnlyNextToEachOther(String text) {
    assertThat(actors.firstActor(words(text), null)).isNull();
  }

  static Stream<Arguments> datedCodes() {
    return Stream.of(
        // actor, sentence date (empty: none), code
        arguments("KIM_JONG_UN", "2000-01-01", "PRKELI"),
        arguments("KIM_JONG_UN", "2011-12-16", "PRKELI"),
        arguments("KIM_JONG_UN", "2011-12-17", "PRKGOV"),
        arguments("KIM_JONG_UN", "2024-05-01", "PRKGOV"),
        arguments("KIM_JONG_UN", "", "PRK"),
        arguments("STRIDER", "2017-12-31", "DUN"),
        arguments("STRIDER", "2018-01-01", "ARNREB"),
        arguments("STRIDER", "2019-03-24", "ARNREB"),
        arguments("STRIDER", "2019-03-25", "GONGOV"),
        arguments("STRIDER", "", "DUN"),
        arguments("BOROMIR", "2019-02-26", "GONMIL"),
        arguments("BOROMIR", "2019-02-27", "---"),
        arguments("BOROMIR", "", "---"),
        arguments("RHODESIA", "1979-06-06", "RHO"),
        arguments("RHODESIA", "1979-06-07", "ZWE"),
        arguments("FARAMIR", "2019-03-25", "---"),
        arguments("NORTH_KOREA", "1950-06-25", "PRK"));
  }

  /**
   * Restrictions are inclusive; the first one in file order that covers the date wins, else the
   * last unrestricted code, else {@code ---}. Six-digit years 00-30 are 20YY, others 19YY.
   */
  @ParameterizedTest(name = "{0} on {1} is {2}")
  @MethodSource("datedCodes")
  void dateRestrictedCodesApplyOnTheirDaysWithBoundariesInclusive(
      String actor, String date, String code) {
    LocalDate day = date.isEmpty() ? null : LocalDate.parse(date);

    ActorDictionary.Hit hit = actors.firstActor(words(actor.replace('_', ' ')), day);

    assertThat(hit.entry().name()).isEqualTo(actor);
    assertThat(hit.code()).isEqualTo(code);
  }

  @Test
  void datedCodesKeepTheirBoundsInFileOrder() {
    ActorEntry strider = actors.firstActor(words("STRIDER"), null).entry();

    assertThat(strider.codes())
        .containsExactly(
            new DatedCode("ARNREB", LocalDate.of(2018, 1, 1), LocalDate.of(2019, 3, 24)),
            new DatedCode("GONGOV", LocalDate.of(2019, 3, 25), null),
            new DatedCode("ARN", null, null),
            new DatedCode("DUN", null, null));
    assertThat(strider.source()).isEqualTo(GOLDEN);
    assertThat(strider.line()).isEqualTo(14);
  }

  // ------------------------------------------------------------------ malformed lines

  /** Line 5 is replaced by the bad line; the lines around it must still load. */
  private static final String TEMPLATE =
      String.join(
          "\n",
          "# template for malformed actor lines",
          "",
          "ARNOR [ARN]",
          "+ARNOR_KINGDOM",
          "%s",
          "GONDOR [GON]",
          "+MINAS_TIRITH",
          "");

  static Stream<Arguments> malformedLines() {
    return Stream.of(
        arguments("\t[]", "actor code must not be empty: []"),
        arguments("\t[ARN", "actor code must end with ]: [ARN"),
        arguments("\t[ARN] junk", "actor code must be in [brackets]: junk"),
        arguments("\t[ARN 2019]", "date restriction must be <date, >date or date-date: [ARN 2019]"),
        arguments("\t[ARN <2019]", "date must be YYMMDD or YYYYMMDD: 2019"),
        arguments("\t[ARN >20190230]", "date must be a real calendar day: 20190230"),
        arguments(
            "\t[ARN 20190101-20180101]",
            "date range must not end before it starts: 20190101-20180101"),
        arguments("+", "phrase must contain a word"),
        arguments("+DUNEDAIN [ARN", "actor code must end with ]: [ARN"),
        arguments("[ARN]", "actor line must start with a phrase: [ARN]"),
        arguments("___ [ANG]", "actor line must start with a phrase: ___ [ANG]"),
        arguments("ANGMAR [ANG", "actor code must end with ]: [ANG"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedLines")
  void strictModeStopsAtAMalformedLineNamingSourceAndLine(String bad, String message) {
    String text = String.format(Locale.ROOT, TEMPLATE, bad);

    assertThatThrownBy(() -> read(LoadMode.STRICT, text, ActorDictionary.builder()))
        .isInstanceOfSatisfying(
            InvalidFormatException.class,
            e -> {
              assertThat(e.getMessage()).startsWith("test.actors:5: ").contains(message);
              assertThat(e.source()).isEqualTo("test.actors");
              assertThat(e.line()).isEqualTo(5);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedLines")
  void lenientModeReportsAMalformedLineAndLoadsTheLinesAroundIt(String bad, String message)
      throws IOException {
    ActorDictionary.Builder builder = ActorDictionary.builder();

    LoadReport lenient = read(LoadMode.LENIENT, String.format(Locale.ROOT, TEMPLATE, bad), builder);

    assertThat(lenient.rejected())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo("test.actors");
              assertThat(p.line()).isEqualTo(5);
              assertThat(p.message()).contains(message);
            });
    ActorDictionary loaded = builder.build();
    assertThat(loaded.firstActor(words("ARNOR"), null).code()).isEqualTo("ARN");
    assertThat(loaded.firstActor(words("ARNOR KINGDOM"), null).length()).isEqualTo(2);
    assertThat(loaded.firstActor(words("GONDOR"), null).code()).isEqualTo("GON");
    assertThat(loaded.firstActor(words("MINAS TIRITH"), null).code()).isEqualTo("GON");
  }

  static Stream<Arguments> linesWithoutAnActor() {
    return Stream.of(
        arguments("\t[ARN]", "code line must follow an actor phrase: [ARN]"),
        arguments("+DPRK", "synonym must follow an actor phrase: +DPRK"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("linesWithoutAnActor")
  void codeAndSynonymLinesBeforeAnyActorAreRejected(String line, String message)
      throws IOException {
    String text = line + "\nARNOR [ARN]\n";
    ActorDictionary.Builder builder = ActorDictionary.builder();

    LoadReport lenient = read(LoadMode.LENIENT, text, builder);

    assertThat(lenient.rejected().stream().map(LoadReport.Problem::toString))
        .containsExactly("test.actors:1: " + message);
    assertThat(builder.build().firstActor(words("ARNOR"), null).code()).isEqualTo("ARN");
  }

  @Test
  void anEmptyFileLoadsNothingAndReportsNoProblem() throws IOException {
    ActorDictionary.Builder builder = ActorDictionary.builder();

    LoadReport empty = read(LoadMode.STRICT, "", builder);

    assertThat(empty.entries()).isZero();
    assertThat(empty.rejected()).isEmpty();
    assertThat(empty.warnings()).isEmpty();
    assertThat(builder.build().actorCount()).isZero();
  }

  @Test
  void theStopLineEndsTheFileEvenBeforeMalformedLines() throws IOException {
    LoadReport stopped =
        read(LoadMode.STRICT, "ARNOR [ARN]\n---STOP---\n\t[\n", ActorDictionary.builder());

    assertThat(stopped.entries()).isEqualTo(1);
    assertThat(stopped.rejected()).isEmpty();
  }

  @Test
  void aPhraseOpeningWithUnIsAlsoKnownByTheLongFormUnlessListedItself() throws IOException {
    ActorDictionary.Builder builder = ActorDictionary.builder();
    read(
        LoadMode.STRICT,
        "UN_WORLD_FOOD_PROGRAMME [IGOUNOWFP]\n+U.N._WORLD_FOOD_PROGRAMME\n"
            + "UN_SECURITY_COUNCIL [IGOUNOSEC]\nUNITED_NATIONS_SECURITY_COUNCIL [IGOUNO]\n",
        builder);
    ActorDictionary dictionary = builder.build();

    assertThat(dictionary.firstActor(words("THE UNITED NATIONS WORLD FOOD PROGRAMME"), null))
        .extracting(
            ActorDictionary.Hit::code, ActorDictionary.Hit::start, ActorDictionary.Hit::length)
        .containsExactly("IGOUNOWFP", 1, 5);
    assertThat(dictionary.firstActor(words("UNITED NATIONS SECURITY COUNCIL"), null).code())
        .isEqualTo("IGOUNO");
    assertThat(dictionary.firstActor(words("UNITED STATES NATIONS WORLD FOOD PROGRAMME"), null))
        .isNull();
    assertThat(dictionary.phraseCount()).isEqualTo(5);
  }
}
