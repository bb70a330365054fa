package org.faultline.core.dict;

import java.util.Objects;

/**
 * An agent (sector) code as agent dictionaries write it: {@code ~GOV} is added after the actor code
 * ({@code USA} + {@code ~GOV} = {@code USAGOV}); {@code NGO~} is put before it ({@code NGO} +
 * {@code ARN} = {@code NGOARN}).
 *
 * @param code the code without the tilde, e.g. {@code GOV} or {@code GOVFRM}
 * @param prefix true for {@code XXX~} codes that go before the actor code
 */
public record AgentCode(String code, boolean prefix) {
  public AgentCode {
    Objects.requireNonNull(code, "code");
    if (code.isEmpty() || code.chars().anyMatch(c -> Character.isWhitespace(c) || c == '~')) {
      throw new IllegalArgumentException("agent code must be one word without ~: '" + code + "'");
    }
  }

  /**
   * Parses {@code ~XXX} or {@code XXX~}.
   *
   * @throws IllegalArgumentException if there is no tilde at either end
   */
  public static AgentCode parse(String text) {
    String t = text.strip();
    if (t.length() > 1 && t.startsWith("~")) {
      return new AgentCode(t.substring(1), false);
    }
    if (t.length() > 1 && t.endsWith("~")) {
      return new AgentCode(t.substring(0, t.length() - 1), true);
    }
    throw new IllegalArgumentException("agent code must start or end with ~: " + t);
  }

  @Override
  public String toString() {
    return prefix ? code + "~" : "~" + code;
  }
}
