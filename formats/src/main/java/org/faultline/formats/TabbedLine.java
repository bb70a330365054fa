package org.faultline.formats;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * One line of a tab-separated file split into fields without copying the fields that are never
 * read: {@link #reset} finds the tabs, {@link #get} cuts a field out on demand. The parse methods
 * throw {@link RowProblem} with a message naming the column. Reusable for the next line; not
 * thread-safe.
 */
public final class TabbedLine {
  private final char separator;
  private String line = "";
  private int[] starts = new int[64];
  private int count;

  /** A splitter for tab-separated lines. */
  public TabbedLine() {
    this('\t');
  }

  /** A splitter for lines separated by {@code separator} (no quoting). */
  public TabbedLine(char separator) {
    this.separator = separator;
  }

  /** Splits a line; a trailing carriage return is dropped. Returns this. */
  public TabbedLine reset(String text) {
    int length = text.length();
    if (length > 0 && text.charAt(length - 1) == '\r') {
      text = text.substring(0, length - 1);
      length--;
    }
    line = text;
    int n = 0;
    starts[n++] = 0;
    int from = 0;
    int at;
    while ((at = text.indexOf(separator, from)) >= 0) {
      if (n + 1 >= starts.length) {
        int[] grown = new int[starts.length * 2];
        System.arraycopy(starts, 0, grown, 0, starts.length);
        starts = grown;
      }
      starts[n++] = at + 1;
      from = at + 1;
    }
    starts[n] = length + 1;
    count = n;
    return this;
  }

  /** The number of fields (one more than the number of separators). */
  public int count() {
    return count;
  }

  /** The line as given to {@link #reset}, without a trailing carriage return. */
  public String line() {
    return line;
  }

  /** Field {@code i} (0-based), stripped of surrounding blanks. */
  public String get(int i) {
    int s = starts[i];
    int e = starts[i + 1] - 1;
    while (s < e && line.charAt(s) <= ' ') {
      s++;
    }
    while (e > s && line.charAt(e - 1) <= ' ') {
      e--;
    }
    return s == e ? "" : line.substring(s, e);
  }

  /** True when field {@code i} is empty or blank. */
  public boolean isBlank(int i) {
    for (int p = starts[i], e = starts[i + 1] - 1; p < e; p++) {
      if (line.charAt(p) > ' ') {
        return false;
      }
    }
    return true;
  }

  /** Field {@code i} as a non-negative integer, or null when blank. */
  public Integer countOrNull(int i, String column) {
    return isBlank(i) ? null : count(get(i), column);
  }

  /** Parses a non-negative decimal integer of at most 9 digits. */
  public static int count(String text, String column) {
    if (text.isEmpty() || text.length() > 9) {
      throw new RowProblem(column + " must be a whole number >= 0: " + text);
    }
    int value = 0;
    for (int p = 0; p < text.length(); p++) {
      char c = text.charAt(p);
      if (c < '0' || c > '9') {
        throw new RowProblem(column + " must be a whole number >= 0: " + text);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Field {@code i} as a number, or null when blank. */
  public Double numberOrNull(int i, String column) {
    if (isBlank(i)) {
      return null;
    }
    String text = get(i);
    try {
      double d = Double.parseDouble(text);
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new RowProblem(column + " must be a finite number: " + text);
      }
      return d;
    } catch (NumberFormatException e) {
      throw new RowProblem(column + " must be a number: " + text);
    }
  }

  /** Field {@code i}, which must be a date written {@code YYYYMMDD}. */
  public LocalDate compactDate(int i, String column) {
    return compactDate(get(i), column);
  }

  /** Parses a date written {@code YYYYMMDD}. */
  public static LocalDate compactDate(String text, String column) {
    if (text.length() != 8) {
      throw new RowProblem(column + " must be a date YYYYMMDD: " + text);
    }
    for (int p = 0; p < 8; p++) {
      char c = text.charAt(p);
      if (c < '0' || c > '9') {
        throw new RowProblem(column + " must be a date YYYYMMDD: " + text);
      }
    }
    int y = Integer.parseInt(text, 0, 4, 10);
    int m = Integer.parseInt(text, 4, 6, 10);
    int d = Integer.parseInt(text, 6, 8, 10);
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      throw new RowProblem(column + " must be a valid date YYYYMMDD: " + text);
    }
  }

  /** Parses a date written {@code YYYY-MM-DD}. */
  public static LocalDate isoDate(String text, String column) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      throw new RowProblem(column + " must be a date YYYY-MM-DD: " + text);
    }
    try {
      return compactDate(text.substring(0, 4) + text.substring(5, 7) + text.substring(8), column);
    } catch (RowProblem e) {
      throw new RowProblem(column + " must be a valid date YYYY-MM-DD: " + text);
    }
  }

  /**
   * Text made safe for one field of a tab-separated line: tabs, carriage returns and line feeds
   * become spaces; null becomes "".
   */
  public static String flatten(String text) {
    if (text == null) {
      return "";
    }
    for (int p = 0; p < text.length(); p++) {
      char c = text.charAt(p);
      if (c == '\t' || c == '\n' || c == '\r') {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
      }
    }
    return text;
  }

  /**
   * Checks that a CAMEO event code is 2-4 ASCII digits and returns it.
   *
   * @throws RowProblem otherwise
   */
  public static String eventCode(String text, String column) {
    if (text.length() < 2 || text.length() > 4) {
      throw new RowProblem(column + " must be 2-4 digits: " + text);
    }
    for (int p = 0; p < text.length(); p++) {
      char c = text.charAt(p);
      if (c < '0' || c > '9') {
        throw new RowProblem(column + " must be 2-4 digits: " + text);
      }
    }
    return text;
  }
}
