package org.faultline.core.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores coded events against gold records at three levels, each comparing the set of events
 * produced for a record with the set expected (a record expecting none matches when none is
 * produced):
 *
 * <ul>
 *   <li><b>exact</b>: (source, target, code) as given;
 *   <li><b>root</b>: (source, target, CAMEO root), so 0874 and 087 count the same;
 *   <li><b>dyad + root</b>: (source country, target country, CAMEO root), where the country is the
 *       first three characters of the actor code (PRKMIL counts as PRK).
 * </ul>
 */
public final class Evaluation {
  /** One scored record. */
  public record Scored(
      GoldRecord record,
      List<ExpectedEvent> produced,
      boolean exact,
      boolean root,
      boolean dyadRoot) {}

  /** Counts for one category (or all). */
  public record Counts(String category, int records, int exact, int root, int dyadRoot) {
    public double exactRate() {
      return records == 0 ? 0 : (double) exact / records;
    }

    public double rootRate() {
      return records == 0 ? 0 : (double) root / records;
    }

    public double dyadRootRate() {
      return records == 0 ? 0 : (double) dyadRoot / records;
    }
  }

  private final List<Scored> scored = new ArrayList<>();

  /** Scores one record given the events produced for it. */
  public Scored add(GoldRecord record, List<ExpectedEvent> produced) {
    Scored s =
        new Scored(
            record,
            List.copyOf(produced),
            same(record.expected(), produced, e -> e.source() + "|" + e.target() + "|" + e.code()),
            same(
                record.expected(),
                produced,
                e -> e.source() + "|" + e.target() + "|" + root(e.code())),
            same(
                record.expected(),
                produced,
                e -> country(e.source()) + "|" + country(e.target()) + "|" + root(e.code())));
    scored.add(s);
    return s;
  }

  public List<Scored> scored() {
    return List.copyOf(scored);
  }

  /** Totals over all records. */
  public Counts total() {
    return count("all", scored);
  }

  /** Totals per category, in order of first appearance. */
  public List<Counts> byCategory() {
    Map<String, List<Scored>> groups = new LinkedHashMap<>();
    for (Scored s : scored) {
      groups.computeIfAbsent(s.record().category(), k -> new ArrayList<>()).add(s);
    }
    List<Counts> out = new ArrayList<>();
    groups.forEach((k, v) -> out.add(count(k, v)));
    return out;
  }

  private static Counts count(String name, List<Scored> list) {
    int e = 0;
    int r = 0;
    int d = 0;
    for (Scored s : list) {
      e += s.exact() ? 1 : 0;
      r += s.root() ? 1 : 0;
      d += s.dyadRoot() ? 1 : 0;
    }
    return new Counts(name, list.size(), e, r, d);
  }

  private static boolean same(
      List<ExpectedEvent> expected,
      List<ExpectedEvent> produced,
      Function<ExpectedEvent, String> key) {
    Set<String> a = new LinkedHashSet<>();
    expected.forEach(e -> a.add(key.apply(e)));
    Set<String> b = new LinkedHashSet<>();
    produced.forEach(e -> b.add(key.apply(e)));
    return a.equals(b);
  }

  /** CAMEO root of a code: its first two characters. */
  static String root(String code) {
    return code.length() >= 2 ? code.substring(0, 2) : code;
  }

  /** Country part of an actor code: its first three characters. */
  static String country(String actor) {
    return actor.length() >= 3 ? actor.substring(0, 3) : actor;
  }
}
