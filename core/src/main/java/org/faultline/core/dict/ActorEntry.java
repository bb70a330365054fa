package org.faultline.core.dict;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One actor of an actor dictionary: its primary phrase, and its codes with their date restrictions,
 * in file order. Synonym phrases point to the same entry.
 *
 * @param name the primary phrase as written
 * @param codes the codes in file order
 * @param source file the entry came from
 * @param line line of the primary phrase
 */
public record ActorEntry(String name, List<DatedCode> codes, String source, int line) {
  /** The null code: no actor. */
  public static final String NULL_CODE = "---";

  public ActorEntry {
    Objects.requireNonNull(name, "name");
    codes = List.copyOf(codes);
    Objects.requireNonNull(source, "source");
  }

  /**
   * The code that applies on {@code date}: the first date restriction that covers it, else the last
   * unrestricted code, else {@link #NULL_CODE}.
   */
  public String codeOn(LocalDate date) {
    for (DatedCode c : codes) {
      if (c.covers(date)) {
        return c.code();
      }
    }
    String fallback = NULL_CODE;
    for (DatedCode c : codes) {
      if (c.unrestricted()) {
        fallback = c.code();
      }
    }
    return fallback;
  }
}
