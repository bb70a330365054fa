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
