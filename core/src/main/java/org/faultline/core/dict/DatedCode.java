package org.faultline.core.dict;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An actor code, optionally restricted to a period: {@code [HOBGOV 19950601-19990815]}, {@code [RHO
 * <790606]} (on or before), {@code [HOBREB >990816]} (on or after) or unrestricted {@code [ZBW]}.
 * Bounds are inclusive.
 *
 * @param code the actor code, e.g. {@code USAGOV}; may be a compound such as {@code FRO/BIL/SAM}
 * @param from first day the code applies, or null for no lower bound
 * @param to last day the code applies, or null for no upper bound
 */
public record DatedCode(String code, LocalDate from, LocalDate to) {
  public DatedCode {
    Objects.requireNonNull(code, "code");
    if (code.isBlank() || code.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("actor code must be one word: '" + code + "'");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException(
          "date range must not end before it starts: " + from + "-" + to);
    }
  }

  /** True if the code has no date restriction. */
  public boolean unrestricted() {
    return from == null && to == null;
  }

  /** True if the restriction covers {@code date} (always false for unrestricted codes). */
  public boolean covers(LocalDate date) {
    if (unrestricted() || date == null) {
      return false;
    }
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
