package org.faultline.core.text;

import java.text.Normalizer;

/**
 * Normalizes news text before parsing: Unicode NFC, curly quotes to straight ones, dashes to {@code
 * -} or {@code --}, non-breaking and other odd spaces to blanks, control characters removed.
 * Offsets of the result are what events refer to. Stateless and thread-safe.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  public static String normalize(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032' -> sb.append('\'');
        case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb' -> sb.append('"');
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212' -> sb.append('-');
        case '\u2014', '\u2015' -> sb.append("--");
        case '\u2026' -> sb.append("...");
        case '\u00a0',
            '\u2002',
            '\u2003',
            '\u2004',
            '\u2005',
            '\u2006',
            '\u2007',
            '\u2008',
            '\u2009',
            '\u200a',
            '\u202f',
            '\u205f',
            '\u3000' ->
            sb.append(' ');
        case '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad' -> {
          // zero-width characters and soft hyphens carry no text
        }
        default -> {
          if (c == '\n' || c == '\t' || c == '\r' || !Character.isISOControl(c)) {
            sb.append(c == '\r' ? '\n' : c);
          }
        }
      }
    }
    return sb.toString();
  }
}
