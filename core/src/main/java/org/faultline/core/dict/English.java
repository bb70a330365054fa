package org.faultline.core.dict;

import java.util.LinkedHashSet;
import java.util.Set;

/** Regular English inflection for dictionary entries (upper case in, upper case out). */
final class English {
  private English() {}

  private static boolean vowel(char c) {
    return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
  }

  /** Regular plural of a noun: CITY to CITIES, BUS to BUSES, DAY to DAYS, GROUP to GROUPS. */
  static String plural(String noun) {
    int n = noun.length();
    if (n == 0) {
      return noun;
    }
    char last = noun.charAt(n - 1);
    if (last == 'Y' && n > 1 && !vowel(noun.charAt(n - 2))) {
      return noun.substring(0, n - 1) + "IES";
    }
    if (last == 'S' || last == 'X' || last == 'Z' || noun.endsWith("CH") || noun.endsWith("SH")) {
      return noun + "ES";
    }
    return noun + "S";
  }

  /**
   * Regular forms of a verb: third person singular, past (also used as the participle) and present
   * participle, with doubled final consonants offered as alternatives (BAN: BANNED, BANED).
   */
  static Set<String> verbForms(String verb) {
    Set<String> forms = new LinkedHashSet<>();
    int n = verb.length();
    if (n == 0) {
      return forms;
    }
    char last = verb.charAt(n - 1);
    boolean consonantY = last == 'Y' && n > 1 && !vowel(verb.charAt(n - 2));
    // third person
    if (consonantY) {
      forms.add(verb.substring(0, n - 1) + "IES");
    } else if (last == 'S'
        || last == 'X'
        || last == 'Z'
        || verb.endsWith("CH")
        || verb.endsWith("SH")
        || last == 'O') {
      forms.add(verb + "ES");
    } else {
      forms.add(verb + "S");
    }
    // past
    if (last == 'E') {
      forms.add(verb + "D");
    } else if (consonantY) {
      forms.add(verb.substring(0, n - 1) + "IED");
    } else {
      forms.add(verb + "ED");
    }
    // present participle
    if (verb.endsWith("IE")) {
      forms.add(verb.substring(0, n - 2) + "YING");
    } else if (last == 'E'
        && n > 2
        && !verb.endsWith("EE")
        && !verb.endsWith("YE")
        && !verb.endsWith("OE")) {
      forms.add(verb.substring(0, n - 1) + "ING");
    } else {
      forms.add(verb + "ING");
    }
    // consonant doubling for short consonant-vowel-consonant endings (STOP: STOPPED, STOPPING)
    if (n >= 3
        && !vowel(last)
        && last != 'W'
        && last != 'X'
        && last != 'Y'
        && vowel(verb.charAt(n - 2))
        && !vowel(verb.charAt(n - 3))) {
      forms.add(verb + last + "ED");
      forms.add(verb + last + "ING");
    }
    return forms;
  }
}
