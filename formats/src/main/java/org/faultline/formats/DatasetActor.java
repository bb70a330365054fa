package org.faultline.formats;

import java.util.Objects;
import org.faultline.core.cameo.ActorCode;

/**
 * One actor of a {@link DatasetEvent}: its code, the name the data gives it and its country.
 *
 * <p>Blank conventions: {@code ""} for an unknown or absent code, name or country; {@code -1} for
 * offsets that are unknown (every imported dataset) or absent. Faultline's null actor code {@code
 * ---} becomes {@code ""} here (see {@link DatasetEvent#of}).
 *
 * @param code CAMEO actor code as the dataset gives it ({@code USAGOV}), or ""
 * @param name the actor's name or the words that named it ({@code UNITED STATES}, {@code "the North
 *     Korean army"}), or ""
 * @param country the country block: a three-letter code ({@code USA}), or "" when not known
 * @param start character offset of the name in the sentence text, or -1
 * @param end end offset (exclusive) of the name in the sentence text, or -1
 */
public record DatasetActor(String code, String name, String country, int start, int end) {
  /** No actor. */
  public static final DatasetActor NONE = new DatasetActor("", "", "", -1, -1);

  /** Validates the components; see the record description for the rules. */
  public DatasetActor {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    if (start < -1 || end < -1 || (start >= 0 && end < start)) {
      throw new IllegalArgumentException(
          "actor offsets must satisfy 0 <= start <= end or be -1: " + start + ".." + end);
    }
  }

  /** An actor with a code, a name and a country and no offsets. */
  public static DatasetActor of(String code, String name, String country) {
    return new DatasetActor(code, name, country, -1, -1);
  }

  /**
   * The country of a code when its first block is a country known to CAMEO ({@code PRK} for {@code
   * PRKMIL}), else "".
   */
  public static String countryOf(String code) {
    if (code == null || code.length() < 3) {
      return "";
    }
    String first = code.substring(0, 3);
    return ActorCode.isKnownCountry(first) ? first : "";
  }

  /** True when there is no code and no name. */
  public boolean isNone() {
    return code.isEmpty() && name.isEmpty();
  }
}
