package org.faultline.core.event;

import java.util.Objects;

/**
 * An actor as coded in an event: its code and where it was named.
 *
 * @param code CAMEO actor code ({@code PRKMIL}), {@code ---} when unknown or absent
 * @param mention the noun phrase that named it, or null (absent target, or no words)
 */
public record Actor(String code, Mention mention) {
  /** The null actor: no actor. */
  public static final Actor NONE = new Actor("---", null);

  public Actor {
    Objects.requireNonNull(code, "code");
  }

  /** True for the null code. */
  public boolean isNone() {
    return code.equals("---");
  }
}
