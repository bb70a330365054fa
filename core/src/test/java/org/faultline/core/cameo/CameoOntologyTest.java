package org.faultline.core.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CameoOntologyTest {

  private static final String HEADER =
      "code\tname\tgoldstein\tplover_type\tplover_mode\tplover_context\n";

  private final CameoOntology cameo = CameoOntology.standard();

  @Test
  void standardOntologyIsLoadedOnceAndShared() {
    assertThat(CameoOntology.standard()).isSameAs(cameo);
    assertThat(cameo.sourceName()).isEqualTo("cameo-events.tsv");
  }

  @Test
  void standardOntologyHoldsTheWholeCodebook() {
    assertThat(cameo.size()).isEqualTo(316);
    assertThat(cameo.all()).hasSize(cameo.size());
    assertThat(cameo.all().stream().filter(t -> t.level() == 3)).hasSize(149);
    assertThat(cameo.all().stream().filter(t -> t.level() == 4)).hasSize(147);
  }

  @Test
  void everyRootFromOneToTwentyIsPresent() {
    List<String> expected = new ArrayList<>();
    for (int root = 1; root <= 20; root++) {
      expected.add(String.format(Locale.ROOT, "%02d", root));
    }

    assertThat(cameo.roots()).extracting(CameoEventType::code).containsExactlyElementsOf(expected);
  }

  @Test
  void everyCodeHasTheQuadClassOfItsRoot() {
    for (CameoEventType type : cameo.all()) {
      assertThat(type.quadClass())
          .as(type.code())
          .isEqualTo(QuadClass.ofRoot(type.rootNumber()))
          .isEqualTo(cameo.get(type.root()).quadClass());
    }
    assertThat(cameo.get("057").quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
    assertThat(cameo.get("0874").quadClass()).isEqualTo(QuadClass.MATERIAL_COOPERATION);
    assertThat(cameo.get("094").quadClass()).isEqualTo(QuadClass.VERBAL_CONFLICT);
    assertThat(cameo.get("145").quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
  }

  @Test
  void codesAreUniqueAndInCodeOrder() {
    List<String> codes =
        cameo.all().stream().map(CameoEventType::code).collect(Collectors.toList());

    assertThat(codes).doesNotHaveDuplicates().isSorted();
    assertThat(codes).startsWith("01", "010", "011").endsWith("204", "2041", "2042");
  }

  @Test
  void everyCodeBelowARootHasItsParentAmongTheOntology() {
    for (CameoEventType type : cameo.all()) {
      type.parentCode()
          .ifPresent(parent -> assertThat(cameo.children(parent)).as(parent).contains(type));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "01   | Make public statement               | 0.0",
        "010  | Make statement                      | 0.0",
        "036  | Express intent to meet or negotiate | 4.0",
        "0311 | Express intent to cooperate economically | 5.2",
        "042  | Make a visit                        | 1.9",
        "057  | Sign formal agreement               | 8.0",
        "0874 | Retreat or surrender militarily     | 10.0",
        "13   | Threaten                            | -6.0",
        "130  | Threaten                            | -4.4",
        "182  | Physically assault                  | -9.5",
        "1821 | Sexually assault                    | -9.0",
        "1823 | Kill by physical assault            | -10.0",
        "19   | Fight                               | -10.0",
        "190  | Use conventional military force     | -10.0",
        "195  | Employ aerial weapons               | -10.0",
        "196  | Violate ceasefire                   | -9.5",
        "204  | Use weapons of mass destruction     | -10.0",
        "2042 | Detonate nuclear weapons            | -10.0"
      })
  void knownCodesHaveTheirCodebookNameAndGoldsteinWeight(
      String code, String name, double goldstein) {
    CameoEventType type = cameo.get(code);

    assertThat(type.name()).isEqualTo(name);
    assertThat(type.goldstein()).isEqualTo(goldstein);
  }

  @Test
  void childrenOfFightAreItsSevenBaseCodes() {
    assertThat(cameo.children("19"))
        .extracting(CameoEventType::code)
        .containsExactly("190", "191", "192", "193", "194", "195", "196");
    assertThat(cameo.children("195"))
        .extracting(CameoEventType::code)
        .containsExactly("1951", "1952");
    assertThat(cameo.children("1823")).isEmpty();
  }

  @Test
  void unknownCodesAreNotFoundAndRejectedByGet() {
    assertThat(cameo.find("999")).isEmpty();
    assertThat(cameo.find(null)).isEmpty();
    assertThatThrownBy(() -> cameo.get("999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown cameo code: 999");
    assertThatThrownBy(() -> cameo.children("999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown cameo code: 999");
  }

  @ParameterizedTest
  @CsvSource({
    "036, 036",
    "075A, 075",
    "023?, 023",
    "'  036 ', 036",
    "0759, 075",
    "1999, 19",
    "19, 19",
    "042:043, 042",
    "19512, 1951"
  })
  void resolveToleratesSuffixedAndOverlongCodes(String raw, String expected) {
    assertThat(cameo.resolve(raw)).map(CameoEventType::code).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"---", "+++", "###", "", " ", "21", "7", "00", "X19", "A075", "-19"})
  void resolveFindsNothingWithoutAValidRoot(String raw) {
    assertThat(cameo.resolve(raw)).isEmpty();
  }

  @Test
  void resolveOfNullFindsNothing() {
    assertThat(cameo.resolve(null)).isEmpty();
  }

  @Test
  void ploverMapsIntentToMeetAsAgree() {
    assertThat(cameo.get("036").plover()).contains(new PloverMapping("AGREE", "", "diplomatic"));
  }

  @Test
  void ploverMapsVisitsAsConsultWithVisitMode() {
    assertThat(cameo.get("042").plover()).contains(new PloverMapping("CONSULT", "visit", ""));
  }

  @Test
  void ploverMapsConventionalForceAsAssault() {
    assertThat(cameo.get("190").plover()).contains(new PloverMapping("ASSAULT", "", "military"));
    assertThat(cameo.get("19").plover()).contains(PloverMapping.of("ASSAULT"));
  }

  @Test
  void ploverLeavesStatementsAndAppealsUnmapped() {
    List<CameoEventType> unmapped =
        cameo.all().stream().filter(t -> t.plover().isEmpty()).collect(Collectors.toList());

    assertThat(unmapped).isNotEmpty().allMatch(t -> t.root().equals("01") || t.root().equals("02"));
    assertThat(cameo.children("02")).allMatch(t -> t.plover().isEmpty());
    assertThat(cameo.get("0211").plover()).isEmpty();
    assertThat(cameo.get("019").plover()).isEmpty();
  }

  @Test
  void ploverFollowsTheTableWhereItDeviatesFromTheCameoRoot() {
    assertThat(cameo.get("08").plover()).contains(PloverMapping.of("CONCEDE"));
    assertThat(cameo.get("0813").plover()).contains(new PloverMapping("RETREAT", "", "legal"));
    assertThat(cameo.get("163").plover())
        .contains(new PloverMapping("COERCE", "restrict", "diplomatic"));
    assertThat(cameo.get("1712").plover())
        .contains(new PloverMapping("ASSAULT", "seize", "human_security"));
    assertThat(cameo.get("091").plover())
        .contains(new PloverMapping("ACCUSE", "investigate", "crime; corruption"));
  }

  @ParameterizedTest
  @CsvSource({"155, 150", "176, 170", "1834, 183", "1951, 195", "1952, 195"})
  void codesMissingFromThePloverTableInheritTheirParentsMapping(String code, String parent) {
    Optional<PloverMapping> inherited = cameo.get(parent).plover();

    assertThat(inherited).isPresent();
    assertThat(cameo.get(code).plover()).isEqualTo(inherited);
  }

  @Test
  void aSmallTableLoadsWithCommentsBlankLinesAndAnyRowOrder() throws IOException {
    String tsv =
        "# a comment\n\n"
            + HEADER
            + "190\tUse conventional military force\t-10.0\tASSAULT\t\tmilitary\n"
            + "19\tFight\t-10\tASSAULT\t\t\n"
            + "\n"
            + "01\tMake public statement\t0\t\t\t\n";

    CameoOntology small = CameoOntology.load(new StringReader(tsv), "small.tsv");

    assertThat(small.size()).isEqualTo(3);
    assertThat(small.all()).extracting(CameoEventType::code).containsExactly("01", "19", "190");
    assertThat(small.get("190").plover()).contains(new PloverMapping("ASSAULT", "", "military"));
    assertThat(small.get("01").plover()).isEmpty();
    assertThat(small.children("19")).extracting(CameoEventType::code).containsExactly("190");
    assertThat(small).hasToString("CameoOntology[3 codes from small.tsv]");
  }

  @Test
  void anEmptyTableIsAllowed() throws IOException {
    assertThat(CameoOntology.load(new StringReader(HEADER), "empty.tsv").size()).isZero();
  }

  static Stream<Arguments> malformedLines() {
    return Stream.of(
        Arguments.of("19x\tFight\t-10.0\t\t\t", "cameo code must be 2-4 digits: 19x"),
        Arguments.of("21\tNo such root\t0.0\t\t\t", "cameo root must be 01-20: 21"),
        Arguments.of("19\tFight\tx\t\t\t", "goldstein must be a number: x"),
        Arguments.of("19\tFight\t1e1\t\t\t", "goldstein must be a number: 1e1"),
        Arguments.of("19\tFight\t-11\t\t\t", "goldstein must be in [-10, 10]: -11.0"),
        Arguments.of("19\tFight\t-10.0", "row must have 6 tab-separated columns: 3"),
        Arguments.of("19\t\t-10.0\t\t\t", "cameo name must not be blank: ''"),
        Arguments.of(
            "19\tFight\t-10.0\tassault\t\t",
            "plover event type must be upper-case letters: 'assault'"),
        Arguments.of(
            "19\tFight\t-10.0\t\tvisit\t",
            "plover mode must be empty without a plover type: visit"),
        Arguments.of(
            "19\tFight\t-10.0\t\t\tmilitary",
            "plover context must be empty without a plover type: military"),
        Arguments.of(
            "10\tDemand again\t-5.0\t\t\t", "cameo code must be unique (first on line 3): 10"),
        Arguments.of(
            "1951\tEmploy drones\t-10.0\t\t\t", "parent of cameo code 1951 must be listed: 195"));
  }

  @ParameterizedTest
  @MethodSource("malformedLines")
  void aMalformedLineIsReportedWithFileAndLine(String line, String message) {
    String tsv = "# CAMEO test table\n" + HEADER + "10\tDemand\t-5.0\tREQUEST\t\t\n" + line + "\n";

    assertThatThrownBy(() -> CameoOntology.load(new StringReader(tsv), "test.tsv"))
        .isInstanceOf(IOException.class)
        .hasMessage("test.tsv:4: " + message);
  }

  @Test
  void aWrongHeaderIsReportedWithFileAndLine() {
    String tsv = "# comment\ncode\tname\tgoldstein\n";

    assertThatThrownBy(() -> CameoOntology.load(new StringReader(tsv), "test.tsv"))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "test.tsv:2: header must be code, name, goldstein, plover_type, plover_mode,"
                + " plover_context: code, name, goldstein");
  }

  @Test
  void anEmptyInputLacksItsHeader() {
    assertThatThrownBy(() -> CameoOntology.load(new StringReader(""), "test.tsv"))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "test.tsv:1: header must be code, name, goldstein, plover_type, plover_mode,"
                + " plover_context: end of input");
  }
}
