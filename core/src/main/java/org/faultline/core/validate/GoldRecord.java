package org.faultline.core.validate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A human-coded sentence (or short text) with the events it should yield, for evaluation.
 *
 * @param id record id
 * @param category a grouping for the report ("" if none)
 * @param date the date, or null
 * @param text the text to code
 * @param expected expected events; empty means the text should yield none
 * @param line where the record starts in its file
 */
public record GoldRecord(
    String id,
    String category,
    LocalDate date,
    String text,
    List<ExpectedEvent> expected,
    int line) {
  public GoldRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(text, "text");
    expected = List.copyOf(expected);
  }
}
