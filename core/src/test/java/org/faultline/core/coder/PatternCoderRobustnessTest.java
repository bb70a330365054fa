package org.faultline.core.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.faultline.core.tree.ParseTree;
import org.faultline.core.tree.TreebankParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random but well-formed trees and random garbage must never make the coder throw, and what it
 * codes must point into the sentence. Every run uses the same seeds, so a failure repeats.
 */
class PatternCoderRobustnessTest {
  private static final String[] PHRASES = {
    "S", "S", "NP", "NP", "NP", "VP", "VP", "VP", "PP", "SBAR", "ADJP", "ADVP", "PRT", "FRAG"
  };
  private static final String[] TAGS = {
    "NN", "NNS", "NNP", "NNPS", "VB", "VBD", "VBN", "VBZ", "VBG", "IN", "TO", "DT", "JJ", "CC", ",",
    ".", "POS", "PRP", "PRP$", "RP", "-LRB-", "-RRB-", ":", "``", "''"
  };

  /** Dictionary words (actors, agents, verbs, pattern words) and some that are in no dictionary. */
  private static final String[] WORDS = {
    "Arnor",
    "Gondor",
    "Rohan",
    "Mordor",
    "Harad",
    "Umbar",
    "Osgiliath",
    "Dale",
    "Washington",
    "Strider",
    "Minas",
    "Tirith",
    "Northern",
    "Alliance",
    "officials",
    "official",
    "army",
    "minister",
    "soldiers",
    "police",
    "rebel",
    "rebels",
    "human",
    "rights",
    "group",
    "criticized",
    "condemned",
    "accused",
    "attacked",
    "attacking",
    "visited",
    "met",
    "meet",
    "imposed",
    "sanctions",
    "on",
    "deported",
    "gave",
    "given",
    "gold",
    "silver",
    "pennies",
    "mithril",
    "cordoned",
    "off",
    "wire",
    "tapped",
    "was",
    "were",
    "has",
    "been",
    "by",
    "to",
    "from",
    "of",
    "and",
    "the",
    "a",
    "'s",
    ",",
    ".",
    "-LRB-",
    "-RRB-",
    "said",
    "soccer",
    "horses",
    "Monday",
    "it",
    "--",
    "``",
    "''",
    "Barad-dûr",
    "42"
  };

  private static final String[] VERB_TAGS = {"VB", "VBD", "VBN", "VBZ", "VBG", "VBP"};
  private static final String[] VERBS = {
    "criticized",
    "condemned",
    "accused",
    "attacked",
    "visited",
    "met",
    "imposed",
    "deported",
    "gave",
    "given",
    "cordoned",
    "tapped",
    "was",
    "has",
    "been",
    "said",
    "praised",
    "is"
  };
  private static final String[] NOUN_TAGS = {"NNP", "NN", "NNS", "DT", "JJ", "PRP"};
  private static final String[] NOUNS = {
    "Arnor",
    "Gondor",
    "Rohan",
    "Mordor",
    "Harad",
    "Osgiliath",
    "Strider",
    "Northern",
    "officials",
    "army",
    "police",
    "rebels",
    "human",
    "rights",
    "group",
    "sanctions",
    "gold",
    "pennies",
    "the"
  };
  private static final String[] PREPOSITIONS = {"by", "to", "from", "on", "of", "in", "after"};

  private static PatternCoder coder;

  @BeforeAll
  static void loadDictionaries() throws IOException {
    coder = CoderFixtures.coder();
  }

  // ------------------------------------------------------------------ random trees

  @Test
  void randomWellFormedTreesAreCodedWithoutErrorAndWithinTheSentence() {
    Random random = new Random(30190325L);
    int coded = 0;
    int events = 0;
    for (int i = 0; i < 3000; i++) {
      String parse = randomTree(random);
      LocalDate date = random.nextBoolean() ? LocalDate.of(2019, 3, 24 + random.nextInt(2)) : null;
      ParseTree tree = TreebankParser.parse(parse);

      CodingResult result = coder.code(null, parse, date);

      assertThat(result.outcome())
          .as(parse)
          .isIn(CodingResult.Outcome.CODED, CodingResult.Outcome.DATELINE);
      assertWithinSentenceAndDeduplicated(result, tree.size(), parse);
      assertThat(triples(coder.code(null, tree, date))).as(parse).isEqualTo(triples(result));
      coded += result.outcome() == CodingResult.Outcome.CODED ? 1 : 0;
      events += result.events().size();
    }
    // the generator must actually exercise the coder, not only produce uncodable noise
    assertThat(coded).isGreaterThan(2500);
    assertThat(events).isGreaterThan(100);
  }

  @Test
  void randomTreesAreExplainedWithoutError() {
    Random random = new Random(19540729L);
    for (int i = 0; i < 500; i++) {
      String parse = randomTree(random);

      assertThat(coder.explain(null, parse, LocalDate.of(2019, 3, 24))).as(parse).isNotBlank();
    }
  }

  @Test
  void randomGarbageIsABadParseOrCodedButNeverAnError() {
    Random random = new Random(19370921L);
    String alphabet = "((()))  \n\t(NP VP S NN VBD) Arnor criticized Gondor ,.'~-_\u00e9\u2014\0";
    for (int i = 0; i < 5000; i++) {
      StringBuilder garbage = new StringBuilder();
      int length = random.nextInt(80);
      for (int k = 0; k < length; k++) {
        garbage.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = garbage.toString();

      CodingResult result = coder.code(text, text, LocalDate.of(2019, 3, 24));

      if (result.outcome() == CodingResult.Outcome.BAD_PARSE) {
        assertThat(result.events()).isEmpty();
        assertThat(result.detail()).isNotBlank();
      } else {
        assertWithinSentenceAndDeduplicated(result, TreebankParser.parse(text).size(), text);
      }
      assertThatCode(() -> coder.explain(text, text, null)).as(text).doesNotThrowAnyException();
    }
  }

  @Test
  void oneCoderCodesTheSameOnManyThreadsAtOnce() throws InterruptedException {
    Random random = new Random(20011219L);
    List<String> parses = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      parses.add(randomTree(random));
    }
    LocalDate date = LocalDate.of(2019, 3, 24);
    List<List<String>> expected =
        parses.stream().map(p -> triples(coder.code(null, p, date))).collect(Collectors.toList());
    Set<Throwable> errors = ConcurrentHashMap.newKeySet();
    Set<Integer> mismatches = ConcurrentHashMap.newKeySet();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int offset = t;
      threads.add(
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < parses.size(); i++) {
                    int k = (i + offset * 97) % parses.size();
                    if (!triples(coder.code(null, parses.get(k), date)).equals(expected.get(k))) {
                      mismatches.add(k);
                    }
                  }
                } catch (RuntimeException | Error e) {
                  errors.add(e);
                }
              },
              "pattern-coder-test-" + t));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }

    assertThat(errors).isEmpty();
    assertThat(mismatches).isEmpty();
  }

  // ------------------------------------------------------------------ edge cases

  @Test
  void theEmptyParseIsABadParse() {
    CodingResult result = coder.code("", "", LocalDate.of(2019, 3, 24));

    assertThat(result.outcome()).isEqualTo(CodingResult.Outcome.BAD_PARSE);
    assertThat(result.events()).isEmpty();
    assertThat(result.detail()).startsWith("parse must not be empty");
  }

  @Test
  void noParseIsABadParse() {
    CodingResult result = coder.code(null, (String) null, null);

    assertThat(result.outcome()).isEqualTo(CodingResult.Outcome.BAD_PARSE);
    assertThat(result.events()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "(NNP Arnor)",
        "(ROOT (NNP Arnor))",
        "(ROOT (VBD criticized))",
        "(ROOT (VP (VBD criticized)))",
        "(ROOT (NP (NNP Arnor)))",
        "(ROOT (. .))"
      })
  void aSingleTokenParseIsCodedWithoutEvents(String parse) {
    CodingResult result = coder.code(null, parse, LocalDate.of(2019, 3, 24));

    assertThat(result.outcome()).isEqualTo(CodingResult.Outcome.CODED);
    assertThat(result.events()).isEmpty();
  }

  @Test
  void aSentenceWithOnlyAnActorAndAVerbHasNoDyad() {
    CodingResult result =
        coder.code(
            null,
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked)) (. .)))",
            LocalDate.of(2019, 3, 24));

    assertThat(result.outcome()).isEqualTo(CodingResult.Outcome.CODED);
    assertThat(result.events()).isEmpty();
  }

  // ------------------------------------------------------------------ helpers

  /**
   * A random tree of at most about 200 tokens and 30 levels, under ROOT or an empty label. Phrases
   * are shaped roughly as a parser shapes them (a verb phrase starts with a verb, a prepositional
   * phrase with a preposition) so that the coder gets past its first checks, but their words, tags
   * and nesting are random.
   */
  private static String randomTree(Random random) {
    int[] tokens = {0};
    int maxTokens = 1 + random.nextInt(200);
    int maxDepth = 1 + random.nextInt(30);
    String root = random.nextInt(10) == 0 ? "" : "ROOT";
    return "(" + root + " " + randomNode(random, "S", 1, maxDepth, tokens, maxTokens) + ")";
  }

  private static String randomNode(
      Random random, String label, int depth, int maxDepth, int[] tokens, int maxTokens) {
    if (depth >= maxDepth || tokens[0] >= maxTokens) {
      return randomToken(random, tokens);
    }
    StringBuilder sb = new StringBuilder("(").append(label);
    switch (label) {
      case "S":
        sb.append(' ').append(randomNode(random, "NP", depth + 1, maxDepth, tokens, maxTokens));
        sb.append(' ').append(randomNode(random, "VP", depth + 1, maxDepth, tokens, maxTokens));
        break;
      case "VP":
        sb.append(" (").append(pick(random, VERB_TAGS)).append(' ').append(pick(random, VERBS));
        sb.append(')');
        tokens[0]++;
        break;
      case "PP":
        sb.append(" (IN ").append(pick(random, PREPOSITIONS)).append(')');
        tokens[0]++;
        sb.append(' ').append(randomNode(random, "NP", depth + 1, maxDepth, tokens, maxTokens));
        break;
      case "NP":
        sb.append(" (").append(pick(random, NOUN_TAGS)).append(' ').append(pick(random, NOUNS));
        sb.append(')');
        tokens[0]++;
        break;
      default:
        sb.append(' ').append(randomToken(random, tokens));
        break;
    }
    int more = random.nextInt(4);
    for (int i = 0; i < more; i++) {
      String child = random.nextInt(3) == 0 ? null : pick(random, PHRASES);
      sb.append(' ')
          .append(
              child == null
                  ? randomToken(random, tokens)
                  : randomNode(random, child, depth + 1, maxDepth, tokens, maxTokens));
    }
    return sb.append(')').toString();
  }

  private static String randomToken(Random random, int[] tokens) {
    tokens[0]++;
    return "(" + pick(random, TAGS) + " " + pick(random, WORDS) + ")";
  }

  private static String pick(Random random, String[] from) {
    return from[random.nextInt(from.length)];
  }

  private static void assertWithinSentenceAndDeduplicated(
      CodingResult result, int tokens, String parse) {
    Set<String> seen = new HashSet<>();
    for (CodedEvent e : result.events()) {
      assertThat(seen.add(e.triple())).as("duplicate %s in %s", e, parse).isTrue();
      assertThat(e.verbSpan().length()).as(parse).isPositive();
      assertThat(e.verbSpan().end()).as(parse).isLessThanOrEqualTo(tokens);
      if (e.sourceSpan() != null) {
        assertThat(e.sourceSpan().end()).as(parse).isLessThanOrEqualTo(tokens);
      }
      if (e.targetSpan() != null) {
        assertThat(e.targetSpan().end()).as(parse).isLessThanOrEqualTo(tokens);
      }
      assertThat(e.source()).as(parse).isNotEqualTo("---");
      assertThat(e.target()).as(parse).isNotEqualTo("---");
      assertThat(e.source()).as(parse).isNotEqualTo(e.target());
    }
  }

  private static List<String> triples(CodingResult result) {
    return result.events().stream().map(CodedEvent::triple).collect(Collectors.toList());
  }
}
