package org.faultline.core.coder;

/**
 * A run of tokens in a sentence, {@code [start, end)}, counted from 0.
 *
 * @param start first token
 * @param end one past the last token
 */
public record TokenSpan(int start, int end) {
  public TokenSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "token span must satisfy 0 <= start <= end: " + start + ".." + end);
    }
  }

  /** Number of tokens. */
  public int length() {
    return end - start;
  }

  /** The smallest span covering both. */
  public TokenSpan union(TokenSpan other) {
    return new TokenSpan(Math.min(start, other.start), Math.max(end, other.end));
  }

  @Override
  public String toString() {
    return start + ".." + end;
  }
}
