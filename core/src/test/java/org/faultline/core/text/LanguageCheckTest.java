package org.faultline.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LanguageCheckTest {
  static Stream<Arguments> foreignNews() {
    return Stream.of(
        Arguments.of(
            "Le président français a annoncé lundi que les négociations avec l'Algérie"
                + " reprendront la semaine prochaine à Paris, selon un communiqué de l'Élysée.",
            "French"),
        Arguments.of(
            "El gobierno de Colombia anunció el martes que las conversaciones de paz con la"
                + " guerrilla se reanudarán en La Habana, según un comunicado oficial.",
            "Spanish"),
        Arguments.of(
            "Die Bundesregierung hat am Montag erklärt, dass die Gespräche mit der Türkei über"
                + " die Flüchtlingsfrage in der nächsten Woche fortgesetzt werden.",
            "German"),
        Arguments.of(
            "Il ministro degli Esteri ha detto che il governo non accetterà le condizioni"
                + " poste dalla Libia per la liberazione dei pescatori.",
            "Italian"),
        Arguments.of(
            "Президент России заявил в понедельник, что переговоры с Украиной продолжатся"
                + " на следующей неделе в Стамбуле.",
            "Cyrillic script"),
        Arguments.of("中国外交部发言人周一表示，中方坚决反对美国向台湾出售武器，并将采取必要措施。", "Han script"),
        Arguments.of(
            "قال رئيس الوزراء يوم الاثنين إن المفاوضات مع الجانب الفلسطيني ستستأنف الأسبوع المقبل"
                + " في القاهرة.",
            "Arabic script"));
  }

  @ParameterizedTest
  @MethodSource("foreignNews")
  void rejectsNewsInOtherLanguagesNamingWhy(String text, String why) {
    LanguageCheck.Verdict v = LanguageCheck.check(text);

    assertThat(v.english()).as(v.reason()).isFalse();
    assertThat(v.reason()).startsWith(why);
  }

  static Stream<String> englishNews() {
    return Stream.of(
        "Israel said on Monday it would reopen the Rafah crossing after talks with Egyptian"
            + " officials, a spokesman for the defence ministry said.",
        "Arnor is about to restore full diplomatic ties with Gondor almost five years after"
            + " crowds trashed its embassy.",
        "The African Union suspended Niger's membership and called for the release of the"
            + " president, who has been held by the army since July.",
        "Les Misérables opened in London in 1985 and has been seen by more than 70 million"
            + " people in 53 countries, its producers said.",
        // "met" is Dutch for "with", and "in" is on both lists.
        "Kim Jong Un met Vladimir Putin in Vladivostok.");
  }

  @ParameterizedTest
  @MethodSource("englishNews")
  void acceptsEnglishNews(String text) {
    LanguageCheck.Verdict v = LanguageCheck.check(text);

    assertThat(v.english()).as(v.reason()).isTrue();
    assertThat(v.reason()).startsWith("English function words");
  }

  @Test
  void acceptsAShortHeadlineItCannotJudge() {
    LanguageCheck.Verdict v = LanguageCheck.check("Israel strikes Gaza");

    assertThat(v.english()).isTrue();
    assertThat(v.reason()).isEqualTo("too short to judge (3 words); accepted");
  }

  @Test
  void rejectsAShortHeadlineFullOfAnotherLanguagesFunctionWords() {
    LanguageCheck.Verdict v = LanguageCheck.check("La guerre et la paix en Syrie");

    assertThat(v.english()).isFalse();
    assertThat(v.reason()).startsWith("French function words");
  }

  @Test
  void rejectsLatinTextWithoutEnglishFunctionWords() {
    LanguageCheck.Verdict v =
        LanguageCheck.check(
            "Arsenal 2 Chelsea 1; Liverpool 3 Everton 0; Leeds 1 Fulham 1; Spurs 2 Wolves 2;"
                + " Brentford 0 Burnley 0; Watford 1 Norwich 2; Villa 3 Leicester 1;"
                + " Bournemouth 2 Brighton 2");

    assertThat(v.english()).isFalse();
    assertThat(v.reason()).startsWith("too few English function words");
  }

  @Test
  void acceptsAHeadlineWithoutFunctionWords() {
    LanguageCheck.Verdict v =
        LanguageCheck.check("Serbia raises army combat readiness amid Kosovo tensions");

    assertThat(v.english()).isTrue();
  }

  @Test
  void acceptsTheEmptyTextAsNothingToJudge() {
    assertThat(LanguageCheck.check("").english()).isTrue();
    assertThat(LanguageCheck.check(" 42 ... ").reason()).isEqualTo("no words to judge; accepted");
  }

  @Test
  void acceptsEveryTextOfTheSharedEnglishCorpora() throws IOException {
    Path shared = Path.of(System.getProperty("faultline.shared", "../../shared"));
    List<Path> files =
        List.of(
            shared.resolve("petrarch-unit-tests/PETR.UnitTest.records.xml"),
            shared.resolve("dev-gold/PETR2_GSR_validation.xml"));
    assumeTrue(files.stream().allMatch(Files::isRegularFile), "shared corpora not found");
    Pattern textElement = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    int texts = 0;
    for (Path f : files) {
      Matcher m = textElement.matcher(Files.readString(f, StandardCharsets.UTF_8));
      while (m.find()) {
        String text = m.group(1).strip().replaceAll("\\s+", " ");
        LanguageCheck.Verdict v = LanguageCheck.check(text);
        assertThat(v.english()).as("%s: %s", v.reason(), text).isTrue();
        texts++;
      }
    }
    assertThat(texts).isGreaterThan(300);
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> LanguageCheck.check(null)).isInstanceOf(NullPointerException.class);
  }
}
