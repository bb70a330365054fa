package org.faultline.core.text;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Tells English news text from news in other languages, cheaply and without models, so that the
 * text pipeline does not spend parser time on text its English dictionaries cannot code.
 *
 * <p>Two signals: the writing system (text whose letters are mostly not Latin, such as Russian,
 * Chinese or Arabic, is not English) and the share of words that are common function words ("the",
 * "of", "said") of English versus French, Spanish, German, Italian, Portuguese and Dutch. On the
 * 362 English texts of the PETRARCH unit tests and dev gold, English function words are 10% to 56%
 * of the words (median 33%); on French, Spanish, German and Italian news sentences they are 0-5%
 * while that language's own list covers 40-55%. Text of at least {@link #MIN_WORDS} words is
 * English when no other language's list covers more and, from {@link #MIN_RATIO_WORDS} words on, at
 * least {@link #MIN_ENGLISH_RATIO} of its words are English function words; a word on the English
 * list ("in", "is") counts for English only, so that "Kim met Putin in Vladivostok" is not Dutch.
 * Shorter text (headlines) is accepted unless another language's function words clearly outnumber
 * English ones.
 *
 * <p>Stateless and thread-safe.
 */
public final class LanguageCheck {
  /** Texts with fewer words than this are too short to judge by the function-word ratio. */
  public static final int MIN_WORDS = 8;

  /**
   * The least share of English function words for English text of {@link #MIN_RATIO_WORDS} or more.
   */
  public static final double MIN_ENGLISH_RATIO = 0.05;

  /**
   * Texts with fewer words than this are not rejected for too few English function words alone: a
   * headline such as "Serbia raises army combat readiness amid Kosovo tensions" has none.
   */
  public static final int MIN_RATIO_WORDS = 16;

  /**
   * The outcome of a check.
   *
   * @param english true if the text is (or may be, when too short to tell) English
   * @param reason why, in words, e.g. {@code "Cyrillic script: 96% of letters"}
   */
  public record Verdict(boolean english, String reason) {
    public Verdict {
      Objects.requireNonNull(reason, "reason");
    }
  }

  private enum Language {
    ENGLISH(
        "the of and to in that is was for on with as by it at from be has have had are were will"
            + " would an he she they his her their its this not but which who after said been also"
            + " than or more about over into there we our could should can when what while during"
            + " against between under since before because these those them him where then"),
    FRENCH(
        "le la les des du de et est une un en dans pour que qui sur au aux par pas ne se il elle"
            + " ils sont avec ce cette mais ou son sa ses leur plus nous vous selon après été"),
    SPANISH(
        "el la los las del de en que es un una por con para se su sus al lo como más pero fue ha"
            + " han según este esta sobre entre también tras"),
    GERMAN(
        "der die das und ist nicht ein eine den dem des zu mit von auf für sich im auch es wurde"
            + " werden hat sind nach bei aus wie sie er am zum zur dass einer einem"),
    ITALIAN(
        "il di che la le del della per con un una sono non nel alla ha dei gli anche più questo"
            + " come degli delle"),
    PORTUGUESE(
        "os as da do das dos de em um uma que para com não por na no se foi mais ao sua seu"
            + " pelo pela"),
    DUTCH(
        "de het een en van in is dat op te voor met zijn niet aan ook door als bij er maar om werd"
            + " naar");

    final Set<String> words;

    Language(String words) {
      this.words = Set.of(words.split(" "));
    }

    String label() {
      String n = name().toLowerCase(Locale.ROOT);
      return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
  }

  private LanguageCheck() {}

  /** Checks a text (normalized or not). */
  public static Verdict check(String text) {
    Objects.requireNonNull(text, "text");
    Verdict byScript = checkScript(text);
    if (byScript != null) {
      return byScript;
    }
    List<String> words = words(text);
    if (words.isEmpty()) {
      return new Verdict(true, "no words to judge; accepted");
    }
    Map<Language, Integer> counts = new EnumMap<>(Language.class);
    for (String w : words) {
      if (Language.ENGLISH.words.contains(w)) {
        // A word English shares ("in", "is", "was") is no evidence for the other language.
        counts.merge(Language.ENGLISH, 1, Integer::sum);
        continue;
      }
      for (Language l : Language.values()) {
        if (l.words.contains(w)) {
          counts.merge(l, 1, Integer::sum);
        }
      }
    }
    int english = counts.getOrDefault(Language.ENGLISH, 0);
    Language other = null;
    int otherCount = 0;
    for (Language l : Language.values()) {
      int c = counts.getOrDefault(l, 0);
      if (l != Language.ENGLISH && c > otherCount) {
        other = l;
        otherCount = c;
      }
    }
    int n = words.size();
    if (n < MIN_WORDS) {
      if (other != null && otherCount >= 2 && otherCount > english) {
        return new Verdict(
            false,
            String.format(
                Locale.ROOT,
                "%s function words: %d of %d words, English %d",
                other.label(),
                otherCount,
                n,
                english));
      }
      return new Verdict(true, "too short to judge (" + n + " words); accepted");
    }
    double ratio = (double) english / n;
    if (other != null && otherCount > english) {
      return new Verdict(
          false,
          String.format(
              Locale.ROOT,
              "%s function words: %.0f%% of %d words, English %.0f%%",
              other.label(),
              100.0 * otherCount / n,
              n,
              100 * ratio));
    }
    if (ratio < MIN_ENGLISH_RATIO && n >= MIN_RATIO_WORDS) {
      return new Verdict(
          false,
          String.format(
              Locale.ROOT,
              "too few English function words: %d of %d words (%.0f%%)",
              english,
              n,
              100 * ratio));
    }
    return new Verdict(
        true,
        String.format(
            Locale.ROOT,
            "English function words: %d of %d words (%.0f%%)",
            english,
            n,
            100 * ratio));
  }

  /** A verdict when most letters are not Latin, else null. */
  private static Verdict checkScript(String text) {
    Map<UnicodeScript, Integer> scripts = new EnumMap<>(UnicodeScript.class);
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        scripts.merge(UnicodeScript.of(cp), 1, Integer::sum);
      }
    }
    int latin = scripts.getOrDefault(UnicodeScript.LATIN, 0);
    if (letters == 0 || latin * 2 >= letters) {
      return null;
    }
    UnicodeScript top = UnicodeScript.LATIN;
    int topCount = 0;
    for (Map.Entry<UnicodeScript, Integer> e : scripts.entrySet()) {
      if (e.getKey() != UnicodeScript.LATIN && e.getValue() > topCount) {
        top = e.getKey();
        topCount = e.getValue();
      }
    }
    String name = top.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    return new Verdict(
        false,
        String.format(
            Locale.ROOT,
            "%s script: %.0f%% of %d letters",
            name,
            100.0 * topCount / letters,
            letters));
  }

  /** Lower-cased words of two or more letters; apostrophes and other non-letters separate words. */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        if (i - start >= 2) {
          out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        }
        start = -1;
      }
    }
    return out;
  }
}
