package org.faultline.formats.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a date at the start of a news article: a dateline ("SEOUL, Oct. 25 (Yonhap) --"), a date
 * line ("October 25, 2024", "25 October 2024", "2024-10-25") or a by-line with a date. Only the
 * first 300 characters are looked at. A dateline without a year takes {@code defaultYear}.
 */
final class Datelines {
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("JAN", 1),
          Map.entry("FEB", 2),
          Map.entry("MAR", 3),
          Map.entry("APR", 4),
          Map.entry("MAY", 5),
          Map.entry("JUN", 6),
          Map.entry("JUL", 7),
          Map.entry("AUG", 8),
          Map.entry("SEP", 9),
          Map.entry("SEPT", 9),
          Map.entry("OCT", 10),
          Map.entry("NOV", 11),
          Map.entry("DEC", 12));

  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MDY =
      Pattern.compile(
          "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DMY =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?\\b",
          Pattern.CASE_INSENSITIVE);

  private Datelines() {}

  /** The date at the start of {@code text}, or null. */
  static LocalDate find(String text, int defaultYear) {
    String head = text.length() > 300 ? text.substring(0, 300) : text;
    LocalDate best = null;
    int bestAt = Integer.MAX_VALUE;
    Matcher m = ISO.matcher(head);
    if (m.find()) {
      best = date(m.group(1), m.group(2), m.group(3));
      bestAt = best == null ? Integer.MAX_VALUE : m.start();
    }
    m = MDY.matcher(head);
    if (m.find() && m.start() < bestAt) {
      LocalDate d = date(m.group(3), month(m.group(1)), m.group(2), defaultYear);
      if (d != null) {
        best = d;
        bestAt = m.start();
      }
    }
    m = DMY.matcher(head);
    if (m.find() && m.start() < bestAt) {
      LocalDate d = date(m.group(3), month(m.group(2)), m.group(1), defaultYear);
      if (d != null) {
        best = d;
      }
    }
    return best;
  }

  private static String month(String name) {
    String key = name.replace(".", "").toUpperCase(Locale.ROOT);
    Integer n = MONTHS.get(key.length() > 4 ? key.substring(0, 3) : key);
    if (n == null && key.length() >= 3) {
      n = MONTHS.get(key.substring(0, 3));
    }
    return n == null ? null : String.valueOf(n);
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate date(String year, String month, String day, int defaultYear) {
    if (month == null) {
      return null;
    }
    return date(year == null ? String.valueOf(defaultYear) : year, month, day);
  }
}
