package org.faultline.core.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Tells binary or garbled content from text before it reaches the text pipeline: a NUL byte, bytes
 * that are not UTF-8, or more than {@link #MAX_BAD_RATIO} of characters that are control characters
 * (other than tab, line feed, carriage return and form feed) or U+FFFD replacement characters,
 * which a failed decoding upstream leaves behind.
 *
 * <p>Stateless and thread-safe.
 */
public final class BinaryCheck {
  /** The largest share of control and replacement characters text may have: 2%. */
  public static final double MAX_BAD_RATIO = 0.02;

  /**
   * The outcome of a check.
   *
   * @param binary true if the content should not be treated as text
   * @param reason why, in words, e.g. {@code "contains a NUL byte at offset 12"}
   */
  public record Verdict(boolean binary, String reason) {
    public Verdict {
      Objects.requireNonNull(reason, "reason");
    }
  }

  private BinaryCheck() {}

  /** Checks raw content that should be UTF-8 text. */
  public static Verdict check(byte[] content) {
    Objects.requireNonNull(content, "content");
    for (int i = 0; i < content.length; i++) {
      if (content[i] == 0) {
        return new Verdict(true, "contains a NUL byte at offset " + i);
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(Math.max(16, content.length));
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      int at = in.position();
      return new Verdict(
          true,
          String.format(
              Locale.ROOT, "is not valid UTF-8: byte 0x%02X at offset %d", content[at] & 0xff, at));
    }
    try {
      r = decoder.flush(out);
      if (r.isError()) {
        r.throwException();
      }
    } catch (CharacterCodingException e) {
      return new Verdict(true, "is not valid UTF-8: truncated at the end");
    }
    out.flip();
    return check(out.toString());
  }

  /** Checks decoded text. */
  public static Verdict check(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return new Verdict(false, "empty");
    }
    int bad = 0;
    int replacement = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return new Verdict(true, "contains a NUL character at offset " + i);
      }
      if (c == '\ufffd') {
        replacement++;
        bad++;
      } else if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        bad++;
      }
    }
    double ratio = (double) bad / text.length();
    String counts =
        String.format(
            Locale.ROOT,
            "%d of %d characters (%.1f%%) are control or replacement characters",
            bad,
            text.length(),
            100 * ratio);
    if (ratio > MAX_BAD_RATIO) {
      return new Verdict(
          true, counts + (replacement > 0 ? ", " + replacement + " of them U+FFFD" : ""));
    }
    return new Verdict(false, "text: " + counts);
  }
}
