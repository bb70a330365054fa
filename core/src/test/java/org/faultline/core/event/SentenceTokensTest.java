package org.faultline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceTokensTest {

  /** The text each token was located at, or null for a token not found. */
  private static List<String> located(SentenceTokens tokens) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      out.add(tokens.begin(i) < 0 ? null : tokens.text().substring(tokens.begin(i), tokens.end(i)));
    }
    return out;
  }

  static Stream<Arguments> escapes() {
    return Stream.of(
        arguments(
            "Arnor (the north) left.",
            "Arnor -LRB- the north -RRB- left .",
            List.of("Arnor", "(", "the", "north", ")", "left", ".")),
        arguments(
            "Arnor said: \"no\" -- then left.",
            "Arnor said : `` no '' -- then left .",
            List.of("Arnor", "said", ":", "\"", "no", "\"", "--", "then", "left", ".")),
        arguments(
            "Arnor said \u201cno\u201d \u2014 and left\u2026",
            "Arnor said `` no '' -- and left ...",
            List.of("Arnor", "said", "\u201c", "no", "\u201d", "\u2014", "and", "left", "\u2026")),
        arguments(
            "Arnor met Gondor in [the] hall {today}.",
            "Arnor met Gondor in -LSB- the -RSB- hall -LCB- today -RCB- .",
            List.of(
                "Arnor", "met", "Gondor", "in", "[", "the", "]", "hall", "{", "today", "}", ".")),
        arguments(
            "It cost 1/2 of the gold.",
            "It cost 1\\/2 of the gold .",
            List.of("It", "cost", "1/2", "of", "the", "gold", ".")),
        arguments(
            "ARNOR met gondor.", "Arnor met Gondor .", List.of("ARNOR", "met", "gondor", ".")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("escapes")
  void treebankEscapesAreFoundAsTheCharactersTheyStandFor(
      String text, String words, List<String> expected) {
    SentenceTokens tokens = SentenceTokens.align(text, Arrays.asList(words.split(" ")));

    assertThat(located(tokens)).containsExactlyElementsOf(expected);
  }

  @Test
  void offsetsAreBeginInclusiveEndExclusive() {
    SentenceTokens tokens =
        SentenceTokens.align("Arnor (the north) left.", List.of("Arnor", "-LRB-", "the"));

    assertThat(tokens.begin(0)).isZero();
    assertThat(tokens.end(0)).isEqualTo(5);
    assertThat(tokens.begin(1)).isEqualTo(6);
    assertThat(tokens.end(1)).isEqualTo(7);
    assertThat(tokens.begin(2)).isEqualTo(7);
    assertThat(tokens.end(2)).isEqualTo(10);
  }

  @Test
  void aTokenMissingFromTheTextHasNoOffsetsAndTheNextOnesAreStillFound() {
    SentenceTokens tokens =
        SentenceTokens.align(
            "Arnor criticized Gondor.", List.of("Arnor", "praised", "Gondor", "."));

    assertThat(tokens.begin(1)).isEqualTo(-1);
    assertThat(tokens.end(1)).isEqualTo(-1);
    assertThat(located(tokens)).containsExactly("Arnor", null, "Gondor", ".");
  }

  @Test
  void repeatedWordsAreFoundLeftToRightEachAtItsOwnPlace() {
    SentenceTokens tokens =
        SentenceTokens.align(
            "Gondor and Gondor's allies met Gondor.",
            List.of("Gondor", "and", "Gondor", "'s", "allies", "met", "Gondor", "."));

    assertThat(tokens.begin(0)).isZero();
    assertThat(tokens.begin(2)).isEqualTo(11);
    assertThat(tokens.begin(3)).isEqualTo(17);
    assertThat(tokens.begin(6)).isEqualTo(31);
  }

  @Test
  void theEmptyTextLocatesNoToken() {
    SentenceTokens tokens = SentenceTokens.align("", List.of("Arnor"));

    assertThat(tokens.begin(0)).isEqualTo(-1);
    assertThat(tokens.mention(0, 1)).isEqualTo(new Mention("Arnor", -1, -1));
  }

  @Test
  void noTokensAtAllIsAnEmptySentence() {
    SentenceTokens tokens = SentenceTokens.align("Arnor left.", List.of());

    assertThat(tokens.size()).isZero();
    assertThatThrownBy(() -> tokens.mention(0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token span must lie in the sentence: 0..0");
  }

  @Test
  void theNearestFormOfAnEscapeIsTheOneFound() {
    SentenceTokens tokens =
        SentenceTokens.align(
            "Arnor [AR] said (no).",
            List.of("Arnor", "-LRB-", "AR", "-RRB-", "said", "-LRB-", "no", "-RRB-", "."));

    assertThat(located(tokens))
        .containsExactly("Arnor", "[", "AR", "]", "said", "(", "no", ")", ".");
  }

  @Test
  void curlyAndStraightQuotesInOneSentenceAreEachFoundInPlace() {
    SentenceTokens tokens =
        SentenceTokens.align(
            "He said \u201cno\u201d and \"yes\".",
            List.of("He", "said", "``", "no", "''", "and", "``", "yes", "''", "."));

    assertThat(located(tokens))
        .containsExactly("He", "said", "\u201c", "no", "\u201d", "and", "\"", "yes", "\"", ".");
  }

  // ------------------------------------------------------------------ mentions

  @Test
  void aMentionIsTheTextFromItsFirstToItsLastLocatedToken() {
    SentenceTokens tokens =
        SentenceTokens.align(
            "The king of Arnor (the north) criticized Gondor.",
            List.of(
                "The",
                "king",
                "of",
                "Arnor",
                "-LRB-",
                "the",
                "north",
                "-RRB-",
                "criticized",
                "Gondor",
                "."));

    assertThat(tokens.mention(0, 4)).isEqualTo(new Mention("The king of Arnor", 0, 17));
    assertThat(tokens.mention(3, 8)).isEqualTo(new Mention("Arnor (the north)", 12, 29));
    assertThat(tokens.mention(8, 9)).isEqualTo(new Mention("criticized", 30, 40));
    assertThat(tokens.mention(10, 11)).isEqualTo(new Mention(".", 47, 48));
  }

  @Test
  void aMentionSkipsUnlocatedTokensAtItsEdges() {
    SentenceTokens tokens =
        SentenceTokens.align(
            "Arnor criticized Gondor.", List.of("Arnor", "praised", "Gondor", "."));

    assertThat(tokens.mention(1, 3)).isEqualTo(new Mention("Gondor", 17, 23));
    assertThat(tokens.mention(0, 2)).isEqualTo(new Mention("Arnor", 0, 5));
    assertThat(tokens.mention(1, 2)).isEqualTo(new Mention("praised", -1, -1));
  }

  @Test
  void aMentionOutsideTheSentenceIsRejected() {
    SentenceTokens tokens = SentenceTokens.align("Arnor left.", List.of("Arnor", "left", "."));

    for (int[] span : new int[][] {{-1, 1}, {0, 4}, {2, 2}, {2, 1}}) {
      assertThatThrownBy(() -> tokens.mention(span[0], span[1]))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("token span must lie in the sentence: " + span[0] + ".." + span[1]);
    }
  }

  @Test
  void tokensWithKnownOffsetsAreKeptAsGiven() {
    SentenceTokens tokens =
        SentenceTokens.of(
            "Arnor  left", List.of("Arnor", "left"), new int[] {0, 7}, new int[] {5, 11});

    assertThat(tokens.mention(0, 2)).isEqualTo(new Mention("Arnor  left", 0, 11));
    assertThat(tokens.words()).containsExactly("Arnor", "left");
    assertThatThrownBy(
            () -> SentenceTokens.of("Arnor", List.of("Arnor"), new int[] {0}, new int[] {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token offsets must have one entry per token: 1 tokens");
  }
}
