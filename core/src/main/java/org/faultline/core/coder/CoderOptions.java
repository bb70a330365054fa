package org.faultline.core.coder;

import java.util.List;
import java.util.Locale;

/**
 * Options of the pattern coder, with TABARI/PETRARCH defaults.
 *
 * @param newActorLength when a noun phrase has no actor or agent code, use the phrase itself in
 *     quotes as the code if it has at most this many words; 0 turns this off
 * @param requireDyad drop events whose source or target is the null code {@code ---}
 * @param commaMin internal comma clauses of at least this many words are removed...
 * @param commaMax ...if they have at most this many (0 turns internal removal off)
 * @param commaBMin initial clause minimum length
 * @param commaBMax initial clause maximum length (0: off, the default)
 * @param commaEMin terminal clause minimum length
 * @param commaEMax terminal clause maximum length (0: off)
 */
public record CoderOptions(
    int newActorLength,
    boolean requireDyad,
    int commaMin,
    int commaMax,
    int commaBMin,
    int commaBMax,
    int commaEMin,
    int commaEMax) {

  /** The option names {@link #with(String, String)} accepts. */
  public static final List<String> NAMES =
      List.of(
          "new_actor_length",
          "require_dyad",
          "comma_min",
          "comma_max",
          "comma_bmin",
          "comma_bmax",
          "comma_emin",
          "comma_emax");

  public CoderOptions {
    if (newActorLength < 0) {
      throw new IllegalArgumentException("new_actor_length must be >= 0: " + newActorLength);
    }
    for (int v : new int[] {commaMin, commaMax, commaBMin, commaBMax, commaEMin, commaEMax}) {
      if (v < 0) {
        throw new IllegalArgumentException("comma clause lengths must be >= 0: " + v);
      }
    }
  }

  /** PETRARCH's defaults: no new actors, dyads required, internal and terminal clauses 2-8. */
  public static CoderOptions defaults() {
    return new CoderOptions(0, true, 2, 8, 0, 0, 2, 8);
  }

  /**
   * A copy with one option changed, by its PETRARCH name.
   *
   * @throws IllegalArgumentException for an unknown name (the message lists the known ones) or a
   *     value of the wrong type
   */
  public CoderOptions with(String name, String value) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("require_dyad")) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      if (!v.equals("true") && !v.equals("false")) {
        throw new IllegalArgumentException("require_dyad must be true or false: " + value);
      }
      return new CoderOptions(
          newActorLength,
          v.equals("true"),
          commaMin,
          commaMax,
          commaBMin,
          commaBMax,
          commaEMin,
          commaEMax);
    }
    if (!NAMES.contains(n)) {
      throw new IllegalArgumentException("Unknown option: " + name + " (known: " + NAMES + ")");
    }
    int v;
    try {
      v = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(n + " must be an integer: " + value, e);
    }
    switch (n) {
      case "new_actor_length":
        return new CoderOptions(
            v, requireDyad, commaMin, commaMax, commaBMin, commaBMax, commaEMin, commaEMax);
      case "comma_min":
        return new CoderOptions(
            newActorLength, requireDyad, v, commaMax, commaBMin, commaBMax, commaEMin, commaEMax);
      case "comma_max":
        return new CoderOptions(
            newActorLength, requireDyad, commaMin, v, commaBMin, commaBMax, commaEMin, commaEMax);
      case "comma_bmin":
        return new CoderOptions(
            newActorLength, requireDyad, commaMin, commaMax, v, commaBMax, commaEMin, commaEMax);
      case "comma_bmax":
        return new CoderOptions(
            newActorLength, requireDyad, commaMin, commaMax, commaBMin, v, commaEMin, commaEMax);
      case "comma_emin":
        return new CoderOptions(
            newActorLength, requireDyad, commaMin, commaMax, commaBMin, commaBMax, v, commaEMax);
      default:
        return new CoderOptions(
            newActorLength, requireDyad, commaMin, commaMax, commaBMin, commaBMax, commaEMin, v);
    }
  }
}
