package org.faultline.core.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TreebankParserTest {

  // ------------------------------------------------------------------ well-formed trees

  /** A case of {@code well-formed-trees.txt}. */
  record WellFormed(String root, List<String> tokens, List<String> tags, String parse) {}

  static Stream<Arguments> wellFormedTrees() {
    List<Arguments> cases = new ArrayList<>();
    Map<String, String> keys = new LinkedHashMap<>();
    StringBuilder parse = new StringBuilder();
    for (String line : lines("well-formed-trees.txt")) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isBlank()) {
        addCase(cases, keys, parse);
        continue;
      }
      int colon = line.indexOf(": ");
      if (parse.length() == 0 && colon > 0 && !line.startsWith("(")) {
        keys.put(line.substring(0, colon), line.substring(colon + 2));
      } else {
        parse.append(line).append('\n');
      }
    }
    addCase(cases, keys, parse);
    return cases.stream();
  }

  private static void addCase(List<Arguments> cases, Map<String, String> keys, StringBuilder p) {
    if (keys.isEmpty()) {
      return;
    }
    WellFormed c =
        new WellFormed(
            keys.get("root"),
            Arrays.asList(keys.get("tokens").split(" \\| ")),
            Arrays.asList(keys.get("tags").split(" \\| ")),
            p.toString());
    cases.add(arguments(Named.of(keys.get("id"), c)));
    keys.clear();
    p.setLength(0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wellFormedTrees")
  void wellFormedTreesGiveTheirRootAndTokensInOrder(WellFormed c) {
    ParseTree tree = TreebankParser.parse(c.parse());

    assertThat(tree.root().label()).isEqualTo(c.root());
    assertThat(tree.tokens()).extracting(ParseNode::word).containsExactlyElementsOf(c.tokens());
    assertThat(tree.tokens()).extracting(ParseNode::label).containsExactlyElementsOf(c.tags());
    assertThat(tree.tokens())
        .extracting(ParseNode::tokenIndex)
        .containsExactlyElementsOf(
            Stream.iterate(0, i -> i + 1).limit(c.tokens().size()).collect(Collectors.toList()));
    assertThat(tree.tokens()).allSatisfy(t -> assertThat(t.isToken()).isTrue());
    assertThat(tree.size()).isEqualTo(c.tokens().size());
    assertThat(tree.text()).isEqualTo(String.join(" ", c.tokens()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wellFormedTrees")
  void aTreeWrittenOnOneLineReadsBackTheSame(WellFormed c) {
    ParseTree tree = TreebankParser.parse(c.parse());

    ParseTree again = TreebankParser.parse(tree.toString());

    assertThat(again.toString()).isEqualTo(tree.toString());
    assertThat(again.text()).isEqualTo(tree.text());
  }

  @Test
  void anEmptyRootLabelIsReadAsRootAroundTheSentence() {
    ParseTree tree = TreebankParser.parse("( (S (NP (NNP Arnor)) (VP (VBD left))) )");

    assertThat(tree.toString()).isEqualTo("(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))");
  }

  @Test
  void treesAreImmutable() {
    ParseTree tree = TreebankParser.parse("(ROOT (NP (NNP Arnor)))");

    assertThatThrownBy(() -> tree.tokens().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> tree.root().children().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aDeepTreeIsReadWithoutLosingItsToken() {
    int depth = 500;
    String parse = "(NP ".repeat(depth) + "(NN Arnor)" + ")".repeat(depth);

    ParseTree tree = TreebankParser.parse(parse);

    assertThat(tree.size()).isEqualTo(1);
    assertThat(tree.text()).isEqualTo("Arnor");
    ParseNode node = tree.root();
    int levels = 0;
    while (!node.isToken()) {
      node = node.children().get(0);
      levels++;
    }
    assertThat(levels).isEqualTo(depth);
  }

  /**
   * The limit itself, checked on a stack large enough for it (see the disabled test below for the
   * default stack).
   */
  @Test
  void aTreeNestedBeyondTheLimitIsMalformed() throws InterruptedException {
    String atLimit = "(NP ".repeat(2000) + "(NN Arnor)" + ")".repeat(2000);
    String beyond = "(NP ".repeat(2001) + "(NN Arnor)" + ")".repeat(2001);
    List<Object> results = new ArrayList<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              results.add(TreebankParser.parse(atLimit).size());
              try {
                TreebankParser.parse(beyond);
                results.add("no exception");
              } catch (RuntimeException e) {
                results.add(e);
              }
            },
            "deep-parse",
            64L << 20);
    thread.start();
    thread.join();

    assertThat(results).hasSize(2);
    assertThat(results.get(0)).isEqualTo(1);
    assertThat(results.get(1))
        .isInstanceOfSatisfying(
            MalformedParseException.class,
            e -> assertThat(e).hasMessageStartingWith("parse must be nested at most 2000 deep"));
  }

  /**
   * The nesting limit exists so that deep input is rejected before the stack runs out, but the
   * parser recurses once per level, so whether 2000 levels fit depends on the thread's stack size
   * and on how the JIT compiled the parser. Outside surefire, a 1 MB stack (the JVM default)
   * overflows at about 1200-1500 levels once the parser has been compiled on malformed input; a 256
   * KB stack shows the same deterministically.
   */
  @Test
  void aTreeAtTheNestingLimitIsReadOrRejectedWithoutOverflowingASmallStack()
      throws InterruptedException {
    String parse = "(NP ".repeat(2000) + "(NN Arnor)" + ")".repeat(2000);
    List<Throwable> errors = new ArrayList<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                TreebankParser.parse(parse);
              } catch (MalformedParseException rejected) {
                // acceptable: the tree is refused with a message
              } catch (RuntimeException | StackOverflowError e) {
                errors.add(e);
              }
            },
            "small-stack-parse",
            256L << 10);
    thread.start();
    thread.join();

    assertThat(errors).isEmpty();
  }

  // ------------------------------------------------------------------ malformed trees

  static Stream<Arguments> malformedTrees() {
    return lines("malformed-trees.tsv").stream()
        .filter(line -> !line.startsWith("#") && !line.isBlank())
        .map(line -> line.split("\t"))
        .map(f -> arguments(f[0], Integer.parseInt(f[1]), f[2]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedTrees")
  void malformedTreesAreRejectedWithWhatIsWrongAndWhere(String parse, int offset, String message) {
    assertThatThrownBy(() -> TreebankParser.parse(parse))
        .isInstanceOfSatisfying(
            MalformedParseException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo(message + " (at character " + offset + ")");
              assertThat(e.offset()).isEqualTo(offset);
            });
  }

  @Test
  void wordsBetweenPhrasesAreRejectedNamingTheWord() {
    assertThatThrownBy(() -> TreebankParser.parse("(ROOT (NP (NNP Arnor) junk))"))
        .isInstanceOf(MalformedParseException.class)
        .hasMessageStartingWith("phrase NP must contain only bracketed nodes: junk");
  }

  @Test
  void wordsBetweenPhrasesAreReportedWhereTheyStart() {
    assertThatThrownBy(() -> TreebankParser.parse("(ROOT (NP (NNP Arnor) junk))"))
        .isInstanceOfSatisfying(
            MalformedParseException.class, e -> assertThat(e.offset()).isEqualTo(22));
  }

  @Test
  void theEmptyStringIsNoTree() {
    assertThatThrownBy(() -> TreebankParser.parse(""))
        .isInstanceOf(MalformedParseException.class)
        .hasMessage("parse must not be empty (at character 0)");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {" ", "\n\t  \n"})
  void whitespaceAloneIsNoTree(String parse) {
    assertThatThrownBy(() -> TreebankParser.parse(parse))
        .isInstanceOf(MalformedParseException.class)
        .hasMessageStartingWith("parse must not be empty");
  }

  @Test
  void nullIsNoTree() {
    assertThatThrownBy(() -> TreebankParser.parse(null))
        .isInstanceOf(MalformedParseException.class)
        .hasMessage("parse must not be null (at character 0)");
  }

  @Test
  void malformedParsesAreIllegalArguments() {
    assertThatThrownBy(() -> TreebankParser.parse("(ROOT"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ------------------------------------------------------------------ helpers

  private static List<String> lines(String resource) {
    try (InputStream in = TreebankParserTest.class.getResourceAsStream(resource)) {
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
