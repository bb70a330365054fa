package org.faultline.formats;

import java.time.LocalDate;
import java.util.List;
import org.faultline.core.event.Actor;
import org.faultline.core.event.Event;
import org.faultline.core.event.Mention;
import org.faultline.core.event.Provenance;

/** Coded events covering every optional field, shared by the format tests. */
public final class SampleEvents {
  private SampleEvents() {}

  public static final Provenance PROVENANCE =
      new Provenance("faultline 0.1.0", "sha256:abc123", "corenlp 4.5.10 englishSR");

  /** A two-actor event with a reporter and quoted words. */
  public static Event attack() {
    String s = "North Korean troops shelled a South Korean island, according to Seoul officials.";
    return new Event(
        "doc-1",
        0,
        s,
        LocalDate.of(2010, 11, 23),
        new Actor("PRKMIL", new Mention("North Korean troops", 0, 19)),
        new Actor("KOR", new Mention("a South Korean island", 28, 49)),
        new Mention("shelled", 20, 27),
        "195",
        "Employ aerial weapons",
        -9.5,
        4,
        "ASSAULT",
        "aerial",
        "military",
        new Actor("KORGOV", new Mention("Seoul officials", 64, 79)),
        "- * [195] SHELL",
        PROVENANCE);
  }

  /** A one-actor event without a date, offsets or reporter, with non-ASCII text. */
  public static Event protest() {
    return new Event(
        "doc-2",
        3,
        "Demonstrators in Zürich protested, saying \"enough\"\tagain.",
        null,
        new Actor("CHEOPP", new Mention("Demonstrators in Zürich", -1, -1)),
        Actor.NONE,
        new Mention("protested", 24, 33),
        "141",
        "Demonstrate or rally",
        -6.5,
        4,
        "PROTEST",
        "demonstrate",
        "",
        null,
        null,
        PROVENANCE);
  }

  /** An event with an unknown-country actor and no words for the target. */
  public static Event statement() {
    return new Event(
        "doc-2",
        4,
        "Officials said so.",
        LocalDate.of(2024, 2, 29),
        new Actor("---GOV", new Mention("Officials", 0, 9)),
        new Actor("USA", null),
        new Mention("said", 10, 14),
        "010",
        "Make statement",
        0.0,
        1,
        "",
        "",
        "",
        null,
        null,
        PROVENANCE);
  }

  public static List<Event> all() {
    return List.of(attack(), protest(), statement());
  }
}
