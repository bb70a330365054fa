package org.faultline.core.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.faultline.core.dict.Dictionaries;
import org.faultline.core.dict.LoadReport;
import org.faultline.core.tree.TreebankParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Codes the sentences of {@code cases.txt} with the test dictionaries beside it. */
class PatternCoderGoldenTest {
  private static final String CASES = "cases.txt";

  private static PatternCoder coder;

  @BeforeAll
  static void loadDictionaries() throws IOException {
    coder = CoderFixtures.coder();
  }

  /** One case of the golden file. */
  record Case(
      String id,
      LocalDate date,
      String text,
      String parse,
      CodingResult.Outcome outcome,
      Set<String> events,
      String bug) {
    @Override
    public String toString() {
      return id;
    }
  }

  static List<Case> readCases() {
    return readCases(CASES);
  }

  /** Reads a golden file in the format of {@code cases.txt}. */
  static List<Case> readCases(String resource) {
    List<Case> cases = new ArrayList<>();
    Map<String, String> keys = new LinkedHashMap<>();
    StringBuilder parse = null;
    Set<String> events = new TreeSet<>();
    List<String> lines = new ArrayList<>(lines(resource));
    lines.add("");
    for (String line : lines) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isBlank()) {
        if (!keys.isEmpty()) {
          cases.add(toCase(keys, parse, events));
        }
        keys.clear();
        parse = null;
        events = new TreeSet<>();
        continue;
      }
      int colon = line.indexOf(':');
      String key = colon > 0 ? line.substring(0, colon) : "";
      String value = colon > 0 ? line.substring(colon + 1).strip() : "";
      switch (key) {
        case "id":
        case "date":
        case "text":
        case "outcome":
        case "events":
        case "bug":
          keys.put(key, value);
          break;
        case "parse":
          parse = new StringBuilder();
          break;
        case "event":
          if (!events.add(value)) {
            throw new IllegalStateException("golden event listed twice: " + value);
          }
          break;
        default:
          if (parse == null) {
            throw new IllegalStateException("golden line must be a key or a parse: " + line);
          }
          parse.append(line).append('\n');
      }
    }
    return cases;
  }

  private static Case toCase(Map<String, String> keys, StringBuilder parse, Set<String> events) {
    String id = keys.get("id");
    if (parse == null || (events.isEmpty() != "none".equals(keys.get("events")))) {
      throw new IllegalStateException("golden case must have a parse and events: " + id);
    }
    return new Case(
        id,
        LocalDate.parse(keys.get("date")),
        keys.get("text"),
        parse.toString(),
        CodingResult.Outcome.valueOf(keys.getOrDefault("outcome", "CODED")),
        Set.copyOf(events),
        keys.get("bug"));
  }

  static Stream<Arguments> goldenCases() {
    return readCases().stream()
        .filter(c -> c.bug() == null)
        .map(c -> arguments(Named.of(c.id(), c)));
  }

  // ------------------------------------------------------------------ the golden cases

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCases")
  void codesEachGoldenSentenceAsExpected(Case c) {
    assertCodedAsExpected(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCases")
  void codesEachGoldenSentenceTheSameFromAReadTree(Case c) {
    if (c.outcome() == CodingResult.Outcome.BAD_PARSE) {
      return;
    }
    CodingResult fromTree = coder.code(c.text(), TreebankParser.parse(c.parse()), c.date());

    assertThat(fromTree.outcome()).isEqualTo(c.outcome());
    assertThat(triples(fromTree)).containsExactlyInAnyOrderElementsOf(c.events());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCases")
  void explainingAGoldenSentenceListsTheSameEvents(Case c) {
    String explanation = coder.explain(c.text(), c.parse(), c.date());

    assertThat(explanation).isNotBlank();
    if (c.outcome() == CodingResult.Outcome.CODED) {
      for (String event : c.events()) {
        assertThat(explanation).contains("\n  " + event + "  (verb ");
      }
      if (c.events().isEmpty()) {
        assertThat(explanation).endsWith("events: none\n");
      }
    } else {
      assertThat(explanation).startsWith(c.outcome().label() + ":");
    }
  }

  @Test
  void theTestDictionariesLoadWithoutProblems() throws IOException {
    Dictionaries dictionaries = CoderFixtures.dictionaries();

    assertThat(dictionaries.reports())
        .allSatisfy(
            r -> {
              assertThat(r.rejected()).as(r.source()).isEmpty();
              assertThat(r.warnings()).as(r.source()).isEmpty();
            });
    assertThat(dictionaries.reports())
        .extracting(LoadReport::kind)
        .containsExactly("verbs", "actors", "agents", "discards", "lexicon");
    assertThat(dictionaries.reports().subList(0, 4))
        .extracting(LoadReport::entries)
        .containsExactly(18, 12, 17, 2);
  }

  @Test
  void theGoldenFileCoversEveryOutcomeButDatelines() {
    assertThat(readCases().stream().map(Case::outcome).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            CodingResult.Outcome.CODED,
            CodingResult.Outcome.SENTENCE_DISCARD,
            CodingResult.Outcome.STORY_DISCARD,
            CodingResult.Outcome.BAD_PARSE);
    assertThat(readCases()).extracting(Case::id).doesNotHaveDuplicates();
  }

  // ------------------------------------------------------------------ known bugs

  private static final String APPOSITIVE =
      "an appositive with a prepositional phrase keeps the actor it describes";
  private static final String INTERNAL_COMMA =
      "an internal comma clause is removed before matching";
  private static final String TERMINAL_COMMA =
      "the verb phrase after the last comma is no terminal clause";

  @Test
  void everyKnownBugOfTheGoldenFileHasItsOwnTest() {
    assertThat(readCases().stream().filter(c -> c.bug() != null).map(Case::id))
        .containsExactlyInAnyOrder(APPOSITIVE, INTERNAL_COMMA, TERMINAL_COMMA);
  }

  @Test
  void anAppositiveWithAPrepositionalPhraseKeepsTheActorItDescribes() {
    assertCodedAsExpected(caseNamed(APPOSITIVE));
  }

  @Test
  void anInternalCommaClauseIsRemovedBeforeMatching() {
    assertCodedAsExpected(caseNamed(INTERNAL_COMMA));
  }

  @Test
  void theVerbPhraseAfterTheLastCommaIsNoTerminalClause() {
    assertCodedAsExpected(caseNamed(TERMINAL_COMMA));
  }

  // ------------------------------------------------------------------ helpers

  private static void assertCodedAsExpected(Case c) {
    CodingResult result = coder.code(c.text(), c.parse(), c.date());

    assertThat(result.outcome()).as(c.id()).isEqualTo(c.outcome());
    assertThat(triples(result)).as(c.id()).containsExactlyInAnyOrderElementsOf(c.events());
    int tokens =
        c.outcome() == CodingResult.Outcome.BAD_PARSE ? 0 : TreebankParser.parse(c.parse()).size();
    for (CodedEvent e : result.events()) {
      assertThat(e.verbSpan().end()).as(c.id()).isLessThanOrEqualTo(tokens);
      assertThat(e.sourceSpan().end()).as(c.id()).isLessThanOrEqualTo(tokens);
      assertThat(e.targetSpan().end()).as(c.id()).isLessThanOrEqualTo(tokens);
    }
    if (c.outcome() != CodingResult.Outcome.CODED) {
      assertThat(result.detail()).as(c.id()).isNotBlank();
    }
  }

  private static List<String> triples(CodingResult result) {
    return result.events().stream().map(CodedEvent::toString).collect(Collectors.toList());
  }

  private static Case caseNamed(String id) {
    return readCases().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("golden case must exist: " + id));
  }

  private static List<String> lines(String resource) {
    try (InputStream in = PatternCoderGoldenTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("test resource must exist: " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
