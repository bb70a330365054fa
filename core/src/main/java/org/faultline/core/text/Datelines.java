package org.faultline.core.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens many wire stories ("SEOUL, Oct. 25 (Yonhap) --", "LYON:", "GAZA
 * CITY, Palestinian Territories:", "WASHINGTON (AP) —") so that it is not read as part of the first
 * sentence. The place must be written in capitals, as wire services write it.
 */
public final class Datelines {
  private static final Pattern LEADING =
      Pattern.compile(
          "^\\s*([A-Z][A-Z.'-]+(?:\\s+[A-Z][A-Z.'-]+){0,3})"
              + "(?:,\\s*[A-Za-z0-9][\\w .'-]{0,40})?"
              + "(?:\\s*\\([^()\\n]{1,30}\\))?"
              + "\\s*(?::\\s*(?:--?\\s*)?|--\\s*|[\u2013\u2014]\\s*)");

  private Datelines() {}

  /** Length of the dateline at the start of {@code text}, or 0 if there is none. */
  public static int leadingLength(String text) {
    String head = text.length() > 160 ? text.substring(0, 160) : text;
    Matcher m = LEADING.matcher(head);
    if (!m.find()) {
      return 0;
    }
    // A place of at least three letters ("UN:" and "US --" open headlines, not datelines), and
    // a text that goes on after it.
    return m.group(1).length() >= 3 && m.end() < text.length() ? m.end() : 0;
  }

  /** The text with its leading dateline replaced by blanks, so offsets stay the same. */
  public static String blankLeading(String text) {
    int n = leadingLength(text);
    return n == 0 ? text : " ".repeat(n) + text.substring(n);
  }
}
