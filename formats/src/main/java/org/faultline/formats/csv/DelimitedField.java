package org.faultline.formats.csv;

/**
 * One field of a delimited text file, quoted the RFC 4180 way: in double quotes, with inner quotes
 * doubled, when it holds the delimiter, a quote or a line break, or when it is exactly a value the
 * reader would take for something else (DuckDB's {@code \N} null marker); as it is otherwise.
 * Stateless.
 */
public final class DelimitedField {
  private DelimitedField() {}

  /**
   * Appends {@code s} to {@code r} as one field.
   *
   * @param reserved a value to quote although it holds no special character, or null
   */
  public static void append(StringBuilder r, String s, char delimiter, String reserved) {
    boolean quote = s.equals(reserved);
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == delimiter || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
      r.append(s);
      return;
    }
    r.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        r.append('"');
      }
      r.append(c);
    }
    r.append('"');
  }
}
