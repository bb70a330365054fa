package org.faultline.core.validate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One {@code <Sentence>} of a PETRARCH validation file.
 *
 * @param id the record id
 * @param date the sentence date
 * @param category the test category (DEMO, AGENT, ...)
 * @param sentence false for records marked {@code sentence="false"}, which are not evaluated
 * @param text the sentence text (whitespace normalized)
 * @param parse the bracketed parse
 * @param expected the events it must produce (empty for noevents and error records)
 * @param expectedError the {@code error="..."} label, or null
 * @param line line of the record in the file
 */
public record ValidationRecord(
    String id,
    LocalDate date,
    String category,
    boolean sentence,
    String text,
    String parse,
    List<ExpectedEvent> expected,
    String expectedError,
    int line) {
  public ValidationRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(parse, "parse");
    expected = List.copyOf(expected);
  }
}
