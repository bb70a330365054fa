package org.faultline.core.dict;

import java.util.Objects;

/**
 * One agent phrase of an agent dictionary.
 *
 * @param phrase the phrase as written (after substitution markers are expanded)
 * @param code its code
 * @param source file it came from
 * @param line its line
 */
public record AgentEntry(String phrase, AgentCode code, String source, int line) {
  public AgentEntry {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(source, "source");
  }
}
