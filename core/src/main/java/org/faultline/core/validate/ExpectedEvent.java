package org.faultline.core.validate;

import java.util.Objects;

/**
 * An event a validation record expects: source, target and event code.
 *
 * @param source source actor code
 * @param target target actor code
 * @param code event code
 */
public record ExpectedEvent(String source, String target, String code) {
  public ExpectedEvent {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(code, "code");
  }

  /** Tab-joined triple, comparable with {@link org.faultline.core.coder.CodedEvent#triple()}. */
  public String triple() {
    return source + "\t" + target + "\t" + code;
  }

  @Override
  public String toString() {
    return source + " " + target + " " + code;
  }
}
