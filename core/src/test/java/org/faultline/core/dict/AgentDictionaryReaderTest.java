package org.faultline.core.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
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

class AgentDictionaryReaderTest {
  private static final String GOLDEN = "golden.agents.txt";

  private static LoadReport report;
  private static AgentDictionary agents;

  @BeforeAll
  static void loadGoldenFile() throws IOException {
    AgentDictionary.Builder builder = AgentDictionary.builder();
    report = new AgentDictionaryReader(LoadMode.STRICT).read(resource(), builder);
    agents = builder.build();
  }

  private static Path resource() {
    return DictionaryFixtures.resource(GOLDEN);
  }

  private static LoadReport read(LoadMode mode, String text, AgentDictionary.Builder into)
      throws IOException {
    return new AgentDictionaryReader(mode).read(new StringReader(text), "test.agents", into);
  }

  private static List<String> words(String text) {
    return Arrays.asList(text.split(" "));
  }

  // ------------------------------------------------------------------ the golden file

  @Test
  void goldenFileLoadsEveryPhraseWithItsPluralsAndSubstitutions() {
    assertThat(report.kind()).isEqualTo("agents");
    assertThat(report.source()).isEqualTo(GOLDEN);
    assertThat(report.rejected()).isEmpty();
    assertThat(report.warnings()).isEmpty();
    assertThat(report.lines()).isEqualTo(15);
    assertThat(report.entries()).isEqualTo(29);
    assertThat(report.sha256()).isEqualTo(DictionaryFixtures.sha256(resource()));
    assertThat(agents.phraseCount()).isEqualTo(29);
  }

  static Stream<Arguments> phrases() {
    return Stream.of(
        // words in a noun phrase, the agent phrase matched, its code as written
        arguments("OFFICIAL", "OFFICIAL", "~GOV"),
        arguments("OFFICIALS", "OFFICIALS", "~GOV"),
        arguments("CITY COUNCILS", "CITY_COUNCILS", "~GOV"),
        arguments("MILITARY CITIES", "MILITARY_CITIES", "~MIL"),
        arguments("BUSES", "BUSES", "~LAB"),
        arguments("BUS DRIVERS", "BUS_DRIVERS", "~LAB"),
        arguments("CHURCHES", "CHURCHES", "~REL"),
        arguments("FOREIGN MINISTERS", "FOREIGN_MINISTERS", "~GOVFRM"),
        arguments("HUMAN RIGHTS GROUP", "HUMAN_RIGHTS_GROUP", "NGO~"),
        arguments("HUMAN RIGHTS GROUPS", "HUMAN_RIGHTS_GROUPS", "NGO~"),
        arguments("POLICE", "POLICE", "~COP"),
        arguments("ATTORNEY GENERAL", "ATTORNEY_GENERAL", "~JUD"),
        arguments("ATTORNEYS GENERAL", "ATTORNEYS_GENERAL", "~JUD"),
        arguments("CONGRESSMAN", "CONGRESSMAN", "~LEG"),
        arguments("CONGRESSWOMEN", "CONGRESSWOMEN", "~LEG"),
        arguments("CONGRESSPERSON", "CONGRESSPERSON", "~LEG"),
        arguments("BORDER SOLDIERS", "BORDER_SOLDIERS", "~MIL"),
        arguments("BORDER TROOPER", "BORDER_TROOPER", "~MIL"),
        arguments("SECURITY OFFICER", "SECURITY OFFICER", "~SPY"),
        arguments("SECURITY SENIOR OFFICERS", "SECURITY OFFICERS", "~SPY"));
  }

  @ParameterizedTest(name = "{0} is {1} [{2}]")
  @MethodSource("phrases")
  void phrasesPluralsAndSubstitutionsFindTheirAgent(String text, String phrase, String code) {
    assertThat(agents.findAll(words(text), 0, 0))
        .singleElement()
        .satisfies(
            hit -> {
              assertThat(hit.entry().phrase()).isEqualTo(phrase);
              assertThat(hit.entry().code().toString()).isEqualTo(code);
              assertThat(hit.start()).isZero();
              assertThat(hit.length()).isEqualTo(words(text).size());
            });
  }

  /** {@code {}} means no plural, {@code {X}} replaces the regular one, markers add none. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "POLICES",
        "ATTORNEY GENERALS",
        "CONGRESSMANS",
        "CONGRESS",
        "BORDER TROOPERS",
        "CITYS",
        "BUSS",
        "HUMAN RIGHTS"
      })
  void formsTheDictionaryDoesNotGenerateAreNoAgents(String text) {
    assertThat(agents.findAll(words(text), 0, 0)).isEmpty();
  }

  @Test
  void suffixAndPrefixCodesAreReadFromTheTildeSide() {
    AgentCode suffix = agents.findAll(words("OFFICIAL"), 0, 0).get(0).entry().code();
    AgentCode prefix = agents.findAll(words("HUMAN RIGHTS GROUP"), 0, 0).get(0).entry().code();

    assertThat(suffix).isEqualTo(new AgentCode("GOV", false));
    assertThat(prefix).isEqualTo(new AgentCode("NGO", true));
  }

  @Test
  void everyAgentOfANounPhraseIsFoundInOrderOutsideTheActorWords() {
    List<AgentDictionary.Hit> hits =
        agents.findAll(words("GONDOR BORDER SOLDIERS AND POLICE OFFICIALS"), 0, 1);

    assertThat(hits)
        .extracting(h -> h.entry().phrase())
        .containsExactly("BORDER_SOLDIERS", "POLICE", "OFFICIALS");
    assertThat(hits).extracting(AgentDictionary.Hit::start).containsExactly(1, 4, 5);
    assertThat(agents.findAll(words("POLICE OFFICIALS"), 0, 1))
        .extracting(h -> h.entry().phrase())
        .containsExactly("OFFICIALS");
  }

  @Test
  void entriesRememberTheLineTheyCameFrom() {
    AgentEntry congresswoman = agents.findAll(words("CONGRESSWOMAN"), 0, 0).get(0).entry();

    assertThat(congresswoman.source()).isEqualTo(GOLDEN);
    assertThat(congresswoman.line()).isEqualTo(15);
  }

  // ------------------------------------------------------------------ malformed lines

  /** Line 4 is replaced by the bad line; the lines around it must still load. */
  private static final String TEMPLATE =
      String.join(
          "\n",
          "# template for malformed agent lines",
          "!PERSON! = MAN, MEN",
          "OFFICIAL [~GOV]",
          "%s",
          "SOLDIER [~MIL]",
          "CONGRESS!PERSON! [~LEG]",
          "");

  static Stream<Arguments> malformedLines() {
    return Stream.of(
        arguments("MINISTER", "agent must have a code in [brackets]: MINISTER"),
        arguments("MINISTER ~GOV]", "agent must have a code in [brackets]: MINISTER ~GOV]"),
        arguments("MINISTER [GOV]", "agent code must start or end with ~: GOV"),
        arguments("MINISTER [~]", "agent code must start or end with ~: ~"),
        arguments("MINISTER [~GOV~]", "agent code must be one word without ~: 'GOV~'"),
        arguments("MINISTER [~GO V]", "agent code must be one word without ~: 'GO V'"),
        arguments("MINISTER {MINISTERS [~GOV]", "plural must be closed with }"),
        arguments("[~GOV]", "agent must have a phrase before its code: [~GOV]"),
        arguments("{MINISTERS} [~GOV]", "agent must have a phrase before its code"),
        arguments(
            "CONGRESS!PERSON [~LEG]", "substitution marker must be closed with !: CONGRESS!PERSON"),
        arguments("CONGRESS!NOBODY! [~LEG]", "substitution marker must be defined first: !NOBODY!"),
        arguments("!ROLE = MAN", "substitution marker must be !NAME! = A, B: !ROLE = MAN"),
        arguments("!ROLE! =", "substitution marker must have a name and members"),
        arguments("!! = MAN", "substitution marker must have a name and members"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedLines")
  void strictModeStopsAtAMalformedLineNamingSourceAndLine(String bad, String message) {
    String text = String.format(Locale.ROOT, TEMPLATE, bad);

    assertThatThrownBy(() -> read(LoadMode.STRICT, text, AgentDictionary.builder()))
        .isInstanceOfSatisfying(
            InvalidFormatException.class,
            e -> {
              assertThat(e.getMessage()).startsWith("test.agents:4: ").contains(message);
              assertThat(e.line()).isEqualTo(4);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedLines")
  void lenientModeReportsAMalformedLineAndLoadsTheLinesAroundIt(String bad, String message)
      throws IOException {
    AgentDictionary.Builder builder = AgentDictionary.builder();

    LoadReport lenient = read(LoadMode.LENIENT, String.format(Locale.ROOT, TEMPLATE, bad), builder);

    assertThat(lenient.rejected())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo("test.agents");
              assertThat(p.line()).isEqualTo(4);
              assertThat(p.message()).contains(message);
            });
    AgentDictionary loaded = builder.build();
    for (String agent : List.of("OFFICIALS", "SOLDIER", "CONGRESSMAN", "CONGRESSMEN")) {
      assertThat(loaded.findAll(List.of(agent), 0, 0)).as(agent).hasSize(1);
    }
    assertThat(lenient.entries()).isEqualTo(6);
  }

  @Test
  void aRedefinedSubstitutionMarkerIsAWarningAndTheLastDefinitionWins() throws IOException {
    AgentDictionary.Builder builder = AgentDictionary.builder();

    LoadReport warned =
        read(LoadMode.STRICT, "!P! = MAN\n!P! = WOMAN\nCONGRESS!P! [~LEG]\n", builder);

    assertThat(warned.warnings().stream().map(LoadReport.Problem::toString))
        .containsExactly("test.agents:2: substitution marker redefined: !P!");
    AgentDictionary loaded = builder.build();
    assertThat(loaded.findAll(List.of("CONGRESSWOMAN"), 0, 0)).hasSize(1);
    assertThat(loaded.findAll(List.of("CONGRESSMAN"), 0, 0)).isEmpty();
  }

  @Test
  void anEmptyFileLoadsNothingAndReportsNoProblem() throws IOException {
    AgentDictionary.Builder builder = AgentDictionary.builder();

    LoadReport empty = read(LoadMode.STRICT, "", builder);

    assertThat(empty.entries()).isZero();
    assertThat(empty.rejected()).isEmpty();
    assertThat(builder.build().phraseCount()).isZero();
  }
}
