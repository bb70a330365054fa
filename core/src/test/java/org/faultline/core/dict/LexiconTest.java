package org.faultline.core.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.faultline.core.cameo.CameoOntology;
import org.faultline.core.dict.Lexicon.WordList;
import org.faultline.core.io.InvalidFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

  private static Dictionaries withLexicon(String text) throws IOException {
    return Dictionaries.loader(LoadMode.LENIENT)
        .read("lexicon", new StringReader(text), "my.lexicon.txt")
        .build();
  }

  @Test
  void everyLoadKnowsTheShippedEnglishWords() throws IOException {
    Lexicon lexicon = Dictionaries.loader(LoadMode.STRICT).build().lexicon();

    assertThat(lexicon.contains(WordList.PEOPLE, "HOSTAGES")).isTrue();
    assertThat(lexicon.contains(WordList.PLACE_PARTS, "REGION")).isTrue();
    assertThat(lexicon.contains(WordList.MEETINGS, "SUMMIT")).isTrue();
    assertThat(lexicon.redundant()).isEmpty();
  }

  @Test
  void everyListHasWordsInTheShippedLexicon() throws IOException {
    Lexicon lexicon = Dictionaries.loader(LoadMode.STRICT).build().lexicon();

    for (WordList list : WordList.values()) {
      assertThat(lexicon.words(list)).as(list.section()).isNotEmpty();
    }
  }

  @Test
  void verbListsCountRegularInflectionsAndListedIrregularForms() throws IOException {
    Lexicon lexicon = Dictionaries.loader(LoadMode.STRICT).build().lexicon();

    assertThat(lexicon.containsForm(WordList.INTENT_VERBS, "PLANNED")).isTrue();
    assertThat(lexicon.containsForm(WordList.INTENT_VERBS, "PLEDGING")).isTrue();
    assertThat(lexicon.containsForm(WordList.INTENT_VERBS, "SOUGHT")).isTrue();
    assertThat(lexicon.contains(WordList.INTENT_VERBS, "PLANNED")).isFalse();
    assertThat(lexicon.containsForm(WordList.PEOPLE, "MANS")).isFalse();
  }

  @Test
  void aUserFileAddsAndTakesOutWordsAfterTheShippedOnes() throws IOException {
    Lexicon lexicon = withLexicon("[crowds]\nmobs  throngs\n-SCORES\n").lexicon();

    assertThat(lexicon.contains(WordList.CROWDS, "MOBS")).isTrue();
    assertThat(lexicon.contains(WordList.CROWDS, "THRONGS")).isTrue();
    assertThat(lexicon.contains(WordList.CROWDS, "SCORES")).isFalse();
    assertThat(lexicon.contains(WordList.CROWDS, "THOUSANDS")).isTrue();
  }

  @Test
  void aLexiconFileInTheUserDirectoryIsReadAfterTheShippedOne(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("local.lexicon.txt"), "[people]\nPILGRIMS\n", StandardCharsets.UTF_8);

    Dictionaries d = ShippedDictionaries.load(LoadMode.STRICT, dir);

    assertThat(d.lexicon().contains(WordList.PEOPLE, "PILGRIMS")).isTrue();
    assertThat(d.reports())
        .filteredOn(r -> r.kind().equals("lexicon"))
        .extracting(LoadReport::source)
        .containsExactly(ShippedDictionaries.LEXICON, "local.lexicon.txt");
  }

  @Test
  void anUnknownSectionIsRejectedWithItsLineAndTheKnownNames() {
    assertThatThrownBy(
            () ->
                Dictionaries.loader(LoadMode.STRICT)
                    .read(
                        "lexicon", new StringReader("[crowds]\nMOBS\n[nouns]\n"), "my.lexicon.txt"))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("my.lexicon.txt:3: lexicon section must be one of not-roles, ")
        .hasMessageEndingWith(": [nouns]");
  }

  @Test
  void wordsBeforeAnySectionAreRejectedAndTheRestKept() throws IOException {
    Dictionaries d = withLexicon("MOBS\n[crowds]\nTHRONGS\n");

    assertThat(d.rejected())
        .singleElement()
        .hasToString("my.lexicon.txt:1: lexicon words must follow a known [section] line: MOBS");
    assertThat(d.lexicon().contains(WordList.CROWDS, "THRONGS")).isTrue();
  }

  @Test
  void aWordThatIsNoWordIsRejected() throws IOException {
    Dictionaries d = withLexicon("[crowds]\nMOBS [CVL]\n");

    assertThat(d.rejected())
        .singleElement()
        .hasToString("my.lexicon.txt:2: lexicon word must be letters, digits, ' _ . or -: [CVL]");
    assertThat(d.lexicon().contains(WordList.CROWDS, "MOBS")).isTrue();
  }

  @Test
  void lintReportsRepeatedWordsAndRemovalsOfWordsNotListed() throws IOException {
    Dictionaries d = withLexicon("[crowds]\nTHOUSANDS\n-HORDES\n");

    assertThat(new DictionaryLint(CameoOntology.standard()).check(d))
        .extracting(DictionaryLint.Finding::toString)
        .containsExactly(
            "my.lexicon.txt:2: duplicate: [crowds] THOUSANDS repeats a word listed at "
                + "faultline.lexicon.txt:"
                + lineOf("THOUSANDS HUNDREDS")
                + "",
            "my.lexicon.txt:3: duplicate: [crowds] -HORDES takes out a word the list does not"
                + " hold");
  }

  @Test
  void theShippedCodesByActorRulesAreReadInOrder() throws IOException {
    Lexicon lexicon = Dictionaries.loader(LoadMode.STRICT).build().lexicon();

    assertThat(lexicon.refinements())
        .extracting(Lexicon.Refinement::text)
        .startsWith(
            "14* verb PROTEST by STATE -> 114",
            "173 verb CAPTURE on PLACE -> 192",
            "1711 verb SEIZE by STATE on PLACE -> 192")
        .containsSubsequence(
            "0874 by STATE on IGO -> 160", "0356 by STATE on IGO -> 131", "145* by MIL -> 190");
    assertThat(lexicon.redundantRefinements()).isEmpty();
  }

  @Test
  void aRuleAppliesToItsCodeOrEveryCodeItsPrefixBeginsAndToItsVerbOnly() throws IOException {
    Lexicon lexicon = Dictionaries.loader(LoadMode.STRICT).build().lexicon();
    Lexicon.Refinement riot = rule(lexicon, "145* by MIL -> 190");
    Lexicon.Refinement capture = rule(lexicon, "173 verb CAPTURE on PLACE -> 192");

    assertThat(riot.appliesTo("145", "STORM")).isTrue();
    assertThat(riot.appliesTo("1451", "RIOT")).isTrue();
    assertThat(riot.appliesTo("14", "RIOT")).isFalse();
    assertThat(capture.appliesTo("173", "CAPTURE")).isTrue();
    assertThat(capture.appliesTo("173", "ARREST")).isFalse();
    assertThat(capture.appliesTo("1731", "CAPTURE")).isFalse();
    assertThat(riot.by()).isEqualTo("MIL");
    assertThat(riot.on()).isNull();
  }

  @Test
  void aUserRuleIsTriedBeforeTheShippedOnesAndCanTakeOneOut() throws IOException {
    Lexicon lexicon =
        withLexicon(
                "[codes-by-actor]\n"
                    + "145* by SPY -> 180\n"
                    + "-145* by COP -> 175\n"
                    + "1823 by MIL -> 195\n")
            .lexicon();

    assertThat(lexicon.refinements())
        .extracting(Lexicon.Refinement::text)
        .startsWith("145* by SPY -> 180", "1823 by MIL -> 195", "14* verb PROTEST by STATE -> 114")
        .doesNotContain("145* by COP -> 175");
    assertThat(lexicon.refinements().get(0).source()).isEqualTo("my.lexicon.txt");
    assertThat(lexicon.refinements().get(0).line()).isEqualTo(2);
  }

  @Test
  void aRuleNotWrittenAsOneIsRejectedWithItsLine() throws IOException {
    Dictionaries d =
        withLexicon(
            "[codes-by-actor]\n145* by soldiers -> 190\n145 => 190\n0874 by STATE on IGO -> 160\n"
                + "--- by IGO on STATE -> 161\n");

    String form =
        "codes-by-actor rule must read CODE[*] [verb VERB] [by KIND] [on KIND] -> CODE, KIND being"
            + " STATE, IGO, PLACE or an agent code (--- for an uncoded verb, which names its verb): ";
    assertThat(d.rejected())
        .extracting(LoadReport.Problem::toString)
        .containsExactly(
            "my.lexicon.txt:2: " + form + "145* by soldiers -> 190",
            "my.lexicon.txt:3: " + form + "145 => 190",
            "my.lexicon.txt:5: " + form + "--- by IGO on STATE -> 161");
  }

  @Test
  void aRuleForAnUncodedVerbIsKnownByItsVerb() throws IOException {
    Lexicon lexicon =
        withLexicon("[codes-by-actor]\n--- verb EXPEL by IGO on STATE -> 161\n").lexicon();

    assertThat(lexicon.codedByActorOnly("EXPEL")).isTrue();
    assertThat(lexicon.codedByActorOnly("SUSPEND")).isTrue(); // the shipped rule
    assertThat(lexicon.codedByActorOnly("HALT")).isFalse();
  }

  @Test
  void lintReportsRulesThatRepeatTakeOutNothingNameNoCodeOrCanNeverApply() throws IOException {
    Dictionaries d =
        withLexicon(
            "[codes-by-actor]\n"
                + "145* by MIL -> 190\n"
                + "-1823 by MIL -> 195\n"
                + "19* by MIL -> 999\n"
                + "195 by MIL on STATE -> 1951\n");

    assertThat(new DictionaryLint(CameoOntology.standard()).check(d))
        .extracting(DictionaryLint.Finding::toString)
        .containsExactly(
            "my.lexicon.txt:2: duplicate: [codes-by-actor] 145* by MIL -> 190 repeats a rule",
            "my.lexicon.txt:3: duplicate: [codes-by-actor] -1823 by MIL -> 195 takes out no rule",
            "my.lexicon.txt:4: unknown-code: codes-by-actor rule code is not a CAMEO code: 999",
            "my.lexicon.txt:5: unreachable: codes-by-actor rule can never apply: my.lexicon.txt:4"
                + " (19* by MIL -> 999) is tried first");
  }

  private static Lexicon.Refinement rule(Lexicon lexicon, String text) {
    return lexicon.refinements().stream()
        .filter(r -> r.text().equals(text))
        .findFirst()
        .orElseThrow();
  }

  private static int lineOf(String start) throws IOException {
    try (var in =
        ShippedDictionaries.class.getResourceAsStream(
            "/org/faultline/core/dictionaries/" + ShippedDictionaries.LEXICON)) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].startsWith(start)) {
          return i + 1;
        }
      }
    }
    throw new IllegalStateException("shipped lexicon must hold a line starting: " + start);
  }
}
