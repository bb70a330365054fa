package org.faultline.store;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.faultline.core.event.Actor;
import org.faultline.core.event.Document;
import org.faultline.core.event.Event;
import org.faultline.core.event.Mention;
import org.faultline.core.event.Provenance;

/** Coded documents and fixture files shared by the store tests. */
final class Fixtures {
  private Fixtures() {}

  static final Provenance PROVENANCE = new Provenance("faultline test", "sha256:0", "given parse");

  static Path resource(String name) {
    try {
      return Paths.get(Fixtures.class.getResource(name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test resource must exist: " + name, e);
    }
  }

  /**
   * Document number {@code n}: two sentences, the first with a statement of source on target and a
   * second event with the same id (coded twice), the second with a one-actor protest.
   */
  static CodedDocument document(
      int n, LocalDate date, String publisher, String source, String target) {
    String s0 = "Sentence " + n + ": " + source + " praised " + target + ".";
    String s1 = "Sentence " + n + ": crowds protested.";
    Document d =
        Document.of(
            "doc-" + n,
            date,
            "Title " + n,
            s0 + " " + s1,
            "https://news.example.org/doc-" + n,
            publisher);
    List<Event> events = new ArrayList<>();
    Event praise =
        new Event(
            d.id(),
            0,
            s0,
            date,
            new Actor(source, new Mention(source, 12, 15)),
            new Actor(target, new Mention(target, 24, 27)),
            new Mention("praised", 16, 23),
            "051",
            "Praise or endorse",
            3.4,
            1,
            "",
            "",
            "",
            null,
            "- * [051] PRAISE",
            PROVENANCE);
    events.add(praise);
    events.add(praise);
    events.add(
        new Event(
            d.id(),
            1,
            s1,
            date,
            new Actor("---OPP", new Mention("crowds", 12, 18)),
            Actor.NONE,
            new Mention("protested", 19, 28),
            "141",
            "Demonstrate or rally",
            -6.5,
            4,
            "PROTEST",
            "demonstrate",
            "",
            null,
            null,
            PROVENANCE));
    return new CodedDocument(d, List.of(s0, s1), events);
  }
}
