package org.faultline.core.dict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.faultline.core.cameo.ActorCode;
import org.faultline.core.cameo.CameoOntology;

/**
 * Finds mistakes in loaded dictionaries: duplicate entries, codes that are not CAMEO codes,
 * overlapping date restrictions, synsets no pattern uses, and patterns that can never match because
 * an earlier, more general pattern of the same block always matches first.
 */
public final class DictionaryLint {
  /** One finding, located in its file. */
  public record Finding(String source, int line, String kind, String message) {
    public Finding {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return source + ":" + line + ": " + kind + ": " + message;
    }
  }

  private final CameoOntology ontology;

  public DictionaryLint(CameoOntology ontology) {
    this.ontology = Objects.requireNonNull(ontology, "ontology");
  }

  /** All findings, sorted by file and line. */
  public List<Finding> check(Dictionaries d) {
    List<Finding> out = new ArrayList<>();
    verbs(d.verbs(), out);
    actors(d.actors(), out);
    agents(d.agents(), out);
    for (Lexicon.Redundant r : d.lexicon().redundant()) {
      Lexicon.Change c = r.change();
      out.add(
          new Finding(
              c.source(),
              c.line(),
              "duplicate",
              "["
                  + c.list().section()
                  + "] "
                  + (c.removed() ? "-" : "")
                  + c.word()
                  + " "
                  + r.reason()));
    }
    refinements(d.lexicon(), out);
    out.sort(
        Comparator.comparing(Finding::source)
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::message));
    return out;
  }

  // ------------------------------------------------------------------ verbs

  private void verbs(VerbDictionary v, List<Finding> out) {
    Set<String> usedSynsets = new HashSet<>();
    for (VerbBlock b : v.blocks()) {
      checkCode(b.code(), b.source(), b.line(), "block " + b.name(), out);
      Map<String, VerbPattern> seen = new HashMap<>();
      List<VerbPattern> earlier = new ArrayList<>();
      for (VerbPattern p : b.patterns()) {
        checkCode(p.code(), p.source(), p.line(), "pattern", out);
        usedSynsets.addAll(p.synsets());
        String key = p.upper() + "*" + p.lower();
        VerbPattern dup = seen.putIfAbsent(key, p);
        if (dup != null) {
          out.add(
              new Finding(
                  p.source(),
                  p.line(),
                  "duplicate",
                  "pattern repeats line " + dup.line() + ": " + p.text().strip()));
        } else {
          for (VerbPattern q : earlier) {
            if (shadows(q, p)) {
              out.add(
                  new Finding(
                      p.source(),
                      p.line(),
                      "unreachable",
                      "pattern can never match: line "
                          + q.line()
                          + " ("
                          + q.text().strip()
                          + ") always matches first"));
              break;
            }
          }
        }
        earlier.add(p);
      }
    }
    Set<String> nested = nestedSynsetNames(v);
    for (Synset s : v.synsets().values()) {
      if (!usedSynsets.contains(s.name()) && !nested.contains(s.name())) {
        out.add(
            new Finding("verbs", 0, "unused", "synset is not used by any pattern: " + s.name()));
      }
    }
  }

  /** Synsets referenced only as members of other synsets are counted as used by the builder. */
  private static Set<String> nestedSynsetNames(VerbDictionary v) {
    return v.nestedSynsetReferences();
  }

  /**
   * True if {@code q} matches wherever {@code p} does: every element of q is loose and q's upper
   * and lower elements occur, in order, among p's.
   */
  static boolean shadows(VerbPattern q, VerbPattern p) {
    for (PatternElement e : q.upper()) {
      if (e.tight()) {
        return false;
      }
    }
    for (PatternElement e : q.lower()) {
      if (e.tight()) {
        return false;
      }
    }
    return subsequence(q.upper(), p.upper()) && subsequence(q.lower(), p.lower());
  }

  private static boolean subsequence(List<PatternElement> small, List<PatternElement> big) {
    int i = 0;
    for (PatternElement e : big) {
      if (i < small.size()
          && small.get(i).kind() == e.kind()
          && small.get(i).value().equals(e.value())) {
        i++;
      }
    }
    return i == small.size();
  }

  private void checkCode(String code, String source, int line, String what, List<Finding> out) {
    if (code.equals("---")) {
      return;
    }
    for (String part : code.split(":")) {
      if (ontology.find(part).isEmpty()) {
        out.add(
            new Finding(source, line, "unknown-code", what + " code is not a CAMEO code: " + code));
        return;
      }
    }
  }

  // ------------------------------------------------------------------ codes by actor

  private void refinements(Lexicon lexicon, List<Finding> out) {
    for (Lexicon.Refinement r : lexicon.redundantRefinements()) {
      out.add(
          new Finding(
              r.source(),
              r.line(),
              "duplicate",
              "[codes-by-actor] "
                  + (r.removed()
                      ? "-" + r.text() + " takes out no rule"
                      : r.text() + " repeats a rule")));
    }
    List<Lexicon.Refinement> earlier = new ArrayList<>();
    for (Lexicon.Refinement r : lexicon.refinements()) {
      checkCode(r.code(), r.source(), r.line(), "codes-by-actor rule", out);
      checkCode(r.to(), r.source(), r.line(), "codes-by-actor rule", out);
      for (Lexicon.Refinement q : earlier) {
        if (covers(q, r)) {
          out.add(
              new Finding(
                  r.source(),
                  r.line(),
                  "unreachable",
                  "codes-by-actor rule can never apply: "
                      + q.source()
                      + ":"
                      + q.line()
                      + " ("
                      + q.text()
                      + ") is tried first"));
          break;
        }
      }
      earlier.add(r);
    }
  }

  /** True if every event and actors {@code later} applies to, {@code first} applies to too. */
  private static boolean covers(Lexicon.Refinement first, Lexicon.Refinement later) {
    boolean codes =
        first.prefix()
            ? later.code().startsWith(first.code())
            : !later.prefix() && later.code().equals(first.code());
    return codes
        && (first.verb() == null || first.verb().equals(later.verb()))
        && (first.by() == null || first.by().equals(later.by()))
        && (first.on() == null || first.on().equals(later.on()));
  }

  // ------------------------------------------------------------------ actors

  private static void actors(ActorDictionary a, List<Finding> out) {
    Map<String, ActorEntry> byPhrase = new LinkedHashMap<>();
    Set<ActorEntry> checked = new HashSet<>();
    for (PhraseIndex.Phrase<ActorEntry> p : a.phrases().all()) {
      ActorEntry e = p.value();
      String phrase = p.pattern().toString();
      ActorEntry other = byPhrase.putIfAbsent(phrase, e);
      if (other != null && other != e && !other.codes().equals(e.codes())) {
        ActorEntry later = other.line() > e.line() && other.source().equals(e.source()) ? other : e;
        ActorEntry first = later == e ? other : e;
        out.add(
            new Finding(
                later.source(),
                later.line(),
                "duplicate",
                "actor phrase "
                    + phrase
                    + " also at "
                    + first.source()
                    + ":"
                    + first.line()
                    + " with other codes"));
      }
      if (checked.add(e)) {
        checkActor(e, out);
      }
    }
  }

  private static void checkActor(ActorEntry e, List<Finding> out) {
    for (DatedCode c : e.codes()) {
      for (String code : c.code().split("/")) {
        if (code.equals("---") || code.startsWith("\"")) {
          continue;
        }
        if (code.length() % 3 != 0 || !code.matches("[A-Z0-9-]+")) {
          out.add(
              new Finding(
                  e.source(),
                  e.line(),
                  "unknown-code",
                  "actor code must be upper-case 3-letter blocks: "
                      + code
                      + " ("
                      + e.name()
                      + ")"));
        } else if (!code.startsWith("---") && ActorCode.describe(code.substring(0, 3)).isEmpty()) {
          out.add(
              new Finding(
                  e.source(),
                  e.line(),
                  "unknown-code",
                  "actor code starts with an unknown block "
                      + code.substring(0, 3)
                      + ": "
                      + code
                      + " ("
                      + e.name()
                      + ")"));
        }
      }
    }
    List<DatedCode> ranges = e.codes().stream().filter(c -> !c.unrestricted()).toList();
    for (int i = 0; i < ranges.size(); i++) {
      for (int j = i + 1; j < ranges.size(); j++) {
        DatedCode x = ranges.get(i);
        DatedCode y = ranges.get(j);
        if (!x.code().equals(y.code()) && overlap(x, y)) {
          out.add(
              new Finding(
                  e.source(),
                  e.line(),
                  "overlap",
                  "date restrictions overlap for "
                      + e.name()
                      + ": ["
                      + x.code()
                      + " "
                      + range(x)
                      + "] and ["
                      + y.code()
                      + " "
                      + range(y)
                      + "]"));
        }
      }
    }
  }

  private static boolean overlap(DatedCode x, DatedCode y) {
    LocalDate xs = x.from() == null ? LocalDate.MIN : x.from();
    LocalDate xe = x.to() == null ? LocalDate.MAX : x.to();
    LocalDate ys = y.from() == null ? LocalDate.MIN : y.from();
    LocalDate ye = y.to() == null ? LocalDate.MAX : y.to();
    return !xe.isBefore(ys) && !ye.isBefore(xs) && !(xe.equals(ys) || ye.equals(xs));
  }

  private static String range(DatedCode c) {
    return (c.from() == null ? "" : c.from().toString()) + "-" + (c.to() == null ? "" : c.to());
  }

  // ------------------------------------------------------------------ agents

  private static void agents(AgentDictionary a, List<Finding> out) {
    Map<String, AgentEntry> byPhrase = new LinkedHashMap<>();
    for (PhraseIndex.Phrase<AgentEntry> p : a.phrases().all()) {
      AgentEntry e = p.value();
      String phrase = p.pattern().toString();
      AgentEntry other = byPhrase.putIfAbsent(phrase, e);
      if (other != null && !other.code().equals(e.code())) {
        AgentEntry later = other.line() > e.line() ? other : e;
        AgentEntry first = later == e ? other : e;
        out.add(
            new Finding(
                later.source(),
                later.line(),
                "duplicate",
                "agent phrase "
                    + phrase
                    + " also at line "
                    + first.line()
                    + " with code "
                    + first.code()));
      }
      String code = e.code().code();
      if (code.length() % 3 != 0) {
        out.add(
            new Finding(
                e.source(),
                e.line(),
                "unknown-code",
                "agent code must be 3-letter blocks: " + e.code()));
        continue;
      }
      for (int i = 0; i < code.length(); i += 3) {
        String block = code.substring(i, i + 3);
        if (!ActorCode.isKnownAgent(block)) {
          out.add(
              new Finding(
                  e.source(),
                  e.line(),
                  "unknown-code",
                  "agent code block is not a CAMEO agent code: " + block + " in " + e.code()));
        }
      }
    }
  }
}
