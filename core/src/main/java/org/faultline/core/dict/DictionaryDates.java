package org.faultline.core.dict;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Dates as TABARI/PETRARCH dictionaries write them: YYYYMMDD or YYMMDD (00-30 is 20YY). */
final class DictionaryDates {
  private DictionaryDates() {}

  /**
   * Parses a dictionary date.
   *
   * @throws IllegalArgumentException with a message {@code date must be YYMMDD or YYYYMMDD: x}
   */
  static LocalDate parse(String s) {
    String d = s.strip();
    if (!(d.length() == 6 || d.length() == 8) || !d.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("date must be YYMMDD or YYYYMMDD: " + s.strip());
    }
    int year;
    int rest;
    if (d.length() == 6) {
      int yy = Integer.parseInt(d.substring(0, 2));
      year = yy <= 30 ? 2000 + yy : 1900 + yy;
      rest = 2;
    } else {
      year = Integer.parseInt(d.substring(0, 4));
      rest = 4;
    }
    int month = Integer.parseInt(d.substring(rest, rest + 2));
    int day = Integer.parseInt(d.substring(rest + 2, rest + 4));
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("date must be a real calendar day: " + s.strip(), e);
    }
  }
}
