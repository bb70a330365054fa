package org.faultline.core.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PhraseCoderTest {
  private static PhraseCoder news;
  private static PhraseCoder petrarch;

  @BeforeAll
  static void load() throws IOException {
    var d = CoderFixtures.dictionaries("news-verbs.txt", "news-actors.txt");
    news = new PhraseCoder(d, CoderOptions.news(), null);
    petrarch = new PhraseCoder(d, CoderOptions.defaults(), null);
  }

  private static List<String> words(String phrase) {
    return Arrays.asList(phrase.split(" "));
  }

  @Test
  void aPhraseIsItsFirstActorWithItsAgents() {
    assertThat(news.code(words("THE KENYAN SOLDIERS"))).isEqualTo("KENMIL");
    assertThat(news.code(words("THE TALKS"))).isEqualTo("---");
    assertThat(news.code(List.of())).isEqualTo("---");
  }

  @Test
  void aDeedDoneToSomeoneStandsForItsDoerWithClauseStructureOnly() {
    List<String> killing = words("THE KILLING OF KENYANS BY ISRAELI SOLDIERS");

    assertThat(news.code(killing)).isEqualTo("ISRMIL");
    assertThat(petrarch.code(killing)).isEqualTo("KENMIL");
    assertThat(news.deedOf(killing)).isEqualTo(3);
    assertThat(news.deedOf(words("THE KENYAN SOLDIERS"))).isEqualTo(-1);
  }

  @Test
  void anArmedRoleAddsNothingToAnArmedGroup() {
    assertThat(news.code(words("CORSAIR SOLDIERS"))).isEqualTo("GONREBCOR");
    assertThat(news.armedGroup("GONREBCOR")).isTrue();
    assertThat(news.armedGroup("IMGMOSISG")).isTrue();
    assertThat(news.armedGroup("KENGOV")).isFalse();
  }

  @Test
  void aPhraseOpeningWithAMishapIsOne() {
    assertThat(news.mishap(words("A FIRE"))).isTrue();
    assertThat(news.mishap(words("THE DEADLY EXPLOSION"))).isTrue();
    assertThat(news.mishap(words("THE KENYAN SOLDIERS"))).isFalse();
  }
}
