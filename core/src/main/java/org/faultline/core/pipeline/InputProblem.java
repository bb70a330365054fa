package org.faultline.core.pipeline;

import java.util.Objects;

/**
 * An input that could not be used (a malformed JSONL line, an empty, binary or non-English
 * document), reported on one line as {@code source[:line]: message}.
 *
 * @param source the file or input name
 * @param line 1-based line, or 0 when not line-based
 * @param message what is wrong
 */
public record InputProblem(String source, int line, String message) {
  public InputProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return line > 0 ? source + ":" + line + ": " + message : source + ": " + message;
  }
}
