package org.faultline.core.dict;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The English word lists the coder's rules read beside the dictionaries: nouns that name places,
 * people, crowds, meetings or plans, and verbs and adjectives that make a clause an intention, a
 * threat or an aspect; and the codes-by-actor rules that refine an event code by who acts and on
 * whom. Shipped as {@code faultline.lexicon.txt} and extended by user files, so that a user can
 * teach the rules a word or a rule without touching code. Immutable and thread-safe.
 */
public final class Lexicon {
  /** The lists, each with the name its section has in a lexicon file. */
  public enum WordList {
    /** Nouns an agent word before them describes, not names people by ("military aid"). */
    NOT_ROLES("not-roles", false),
    /** Nouns of meetings, whose place is a venue ("talks in Caracas"). */
    MEETINGS("meetings", false),
    /** Nouns of intention whose negation negates the infinitive after them ("no plans to"). */
    PLAN_NOUNS("plan-nouns", false),
    /** Nouns of plots, whose infinitive did not happen ("a plot to blow up airliners"). */
    PLOT_NOUNS("plot-nouns", false),
    /** Nouns of reports and claims: declining to comment on one is aimed at no one. */
    REPORT_NOUNS("report-nouns", false),
    /** Words that may come before a place name in a phrase naming a place ("northern"). */
    PLACE_LEADS("place-leads", false),
    /** Words that may follow a place name in a phrase naming a place ("region"). */
    PLACE_PARTS("place-parts", false),
    /** Sites named after their place ("a Baghdad market"): where something happened. */
    SITES("sites", false),
    /** Verbs whose infinitive complement is intended ("plans to"). */
    INTENT_VERBS("intent-verbs", true),
    /** Adjectives whose infinitive complement is intended ("ready to"). */
    INTENT_ADJECTIVES("intent-adjectives", false),
    /** Verbs whose infinitive complement is a threat ("threatened to"). */
    THREAT_VERBS("threat-verbs", true),
    /** Aspectual verbs, whose clause complement says what was done ("began sending"). */
    ASPECT_VERBS("aspect-verbs", true),
    /** Verb blocks whose passive subject moves for its own side ("troops were deployed"). */
    MOVEMENT_VERBS("movement-verbs", true),
    /** Nouns for people that name no role ("men", "victims"). */
    PEOPLE("people", false),
    /** Words that make a phrase a crowd rather than a state ("thousands"). */
    CROWDS("crowds", false),
    /** Nouns that after "the" refer back to an actor named before ("the alliance"). */
    ANAPHORS("anaphors", false),
    /** Anaphors that stand for no state ("the group said"). */
    GROUP_ANAPHORS("group-anaphors", false),
    /** Anaphors that stand for a state or a part of it, never an armed group ("the country"). */
    STATE_ANAPHORS("state-anaphors", false),
    /** Place names ending like a plural demonym that name a capital ("Paris"). */
    PLACES_LIKE_DEMONYMS("places-like-demonyms", false),
    /** Texts whose author does what a participle after them says ("a resolution demanding"). */
    DOCUMENTS("documents", false),
    /** Verbs whose infinitive complement did not happen ("failed to agree"). */
    NEGATING_VERBS("negating-verbs", true),
    /** Nouns of mishaps: a subject opening with one is no actor ("a fire at a hospital"). */
    MISHAPS("mishaps", false),
    /**
     * Nouns of deeds whose victims follow "of" ("the killing of Palestinians by Israeli forces").
     */
    DEED_NOUNS("deed-nouns", false),
    /** Verb blocks whose act goes to someone else, never among a compound subject ("offered"). */
    ONE_WAY_VERBS("one-way-verbs", true),
    /** Verb entries read for whom an order is given to, coded or not ("ordered residents to"). */
    ORDER_VERBS("order-verbs", true),
    /** Verbs of a closing clause that denies what the sentence says ("a charge Moscow denies"). */
    DENIAL_VERBS("denial-verbs", true),
    /**
     * Verbs whose participle after a noun says what it carries ("ships carrying relief supplies"):
     * the cargo is what a verb before the noun acts on.
     */
    CARGO_VERBS("cargo-verbs", true);

    private final String section;
    private final boolean verbs;

    WordList(String section, boolean verbs) {
      this.section = section;
      this.verbs = verbs;
    }

    /** The section name in a lexicon file, e.g. {@code place-parts}. */
    public String section() {
      return section;
    }

    /** Whether the list holds verbs, whose regular inflections count as members. */
    public boolean verbs() {
      return verbs;
    }

    /** The list whose section is named {@code name}, or null. */
    public static WordList ofSection(String name) {
      for (WordList l : values()) {
        if (l.section.equals(name)) {
          return l;
        }
      }
      return null;
    }
  }

  /** One line's change to a list: a word added, or taken out ({@code removed}). */
  public record Change(WordList list, String word, boolean removed, String source, int line) {
    public Change {
      Objects.requireNonNull(list, "list");
      Objects.requireNonNull(word, "word");
      Objects.requireNonNull(source, "source");
    }
  }

  /** A change that did nothing: a word added twice, or taken out of a list not holding it. */
  public record Redundant(Change change, String reason) {}

  /**
   * The kinds of actor a {@link Refinement} asks for: {@code STATE} (states or their governments,
   * legislatures or courts), {@code IGO} (intergovernmental organisations), {@code PLACE} (a
   * country code named by a place, not by its people), or a three-letter agent code that every
   * member's code has as one of its three-letter parts ({@code MIL}, {@code COP}, {@code REB} in
   * PSEREBHMS...).
   */
  public static final Set<String> ACTOR_KINDS = Set.of("STATE", "IGO", "PLACE");

  /**
   * One line of the {@code [codes-by-actor]} section: an event code refined by who acts and on
   * whom, e.g. {@code 145* by MIL -> 190} (armed men storming a building use force; a riot is what
   * crowds do). Written {@code CODE [verb VERB] [by KIND] [on KIND] -> CODE}.
   *
   * @param code the code refined, exactly, or every code it begins when {@code prefix}; or {@link
   *     #UNCODED} for a verb no pattern of its block matched (such a rule names its verb)
   * @param prefix whether {@code code} was written with a trailing {@code *}
   * @param verb the dictionary verb entry the rule is limited to (e.g. {@code CAPTURE}), or null
   * @param by the kind of actor that acts (see {@link #ACTOR_KINDS}), or null for anyone
   * @param on the kind of actor acted on, or null for anyone (a rule with one needs a target)
   * @param to the code given instead
   * @param removed whether the line takes the rule out ({@code -145* by MIL -> 190})
   */
  public record Refinement(
      String code,
      boolean prefix,
      String verb,
      String by,
      String on,
      String to,
      boolean removed,
      String source,
      int line) {
    /** The code of a verb no pattern matched. */
    public static final String UNCODED = "---";

    public Refinement {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(source, "source");
      if (code.equals(UNCODED) && (prefix || verb == null)) {
        throw new IllegalArgumentException("a rule for an uncoded verb names the verb: " + code);
      }
    }

    /**
     * Whether the rule is for events of {@code eventCode} given by the verb entry {@code entry}.
     */
    public boolean appliesTo(String eventCode, String entry) {
      return (prefix ? eventCode.startsWith(code) : eventCode.equals(code))
          && (verb == null || verb.equals(entry));
    }

    /** The rule as written, without its removal mark. */
    public String text() {
      return code
          + (prefix ? "*" : "")
          + (verb != null ? " verb " + verb : "")
          + (by != null ? " by " + by : "")
          + (on != null ? " on " + on : "")
          + " -> "
          + to;
    }
  }

  private final Map<WordList, Set<String>> words;
  private final Map<WordList, Set<String>> forms;
  private final List<Redundant> redundant;
  private final List<Refinement> refinements;
  private final List<Refinement> redundantRefinements;
  private final Set<String> codedByActorOnly;

  private Lexicon(
      Map<WordList, Set<String>> words,
      Map<WordList, Set<String>> forms,
      List<Redundant> redundant,
      List<Refinement> refinements,
      List<Refinement> redundantRefinements) {
    this.words = words;
    this.forms = forms;
    this.redundant = List.copyOf(redundant);
    this.refinements = List.copyOf(refinements);
    this.redundantRefinements = List.copyOf(redundantRefinements);
    Set<String> uncoded = new HashSet<>();
    for (Refinement r : this.refinements) {
      if (r.code().equals(Refinement.UNCODED)) {
        uncoded.add(r.verb());
      }
    }
    this.codedByActorOnly = Set.copyOf(uncoded);
  }

  /** Whether {@code word} (upper case) is in the list as written. */
  public boolean contains(WordList list, String word) {
    return words.get(list).contains(word);
  }

  /**
   * Whether {@code word} (upper case) is a member of a verb list or one of its regular inflections
   * (PLANNED for PLAN); for other lists the same as {@link #contains}.
   */
  public boolean containsForm(WordList list, String word) {
    return forms.get(list).contains(word);
  }

  /** The words of one list, as written, in load order. */
  public Set<String> words(WordList list) {
    return words.get(list);
  }

  /** Changes that did nothing, for {@code dicts lint}. */
  public List<Redundant> redundant() {
    return redundant;
  }

  /**
   * The codes-by-actor rules in the order they are tried: a file read later before one read earlier
   * (a user's rule before the shipped ones), each file's rules in its own order. The first rule
   * that applies to an event and whose actors fit gives its code.
   */
  public List<Refinement> refinements() {
    return refinements;
  }

  /**
   * Whether a codes-by-actor rule of code {@code ---} names the verb entry: the verb is coded, when
   * no pattern of its block matches, only if its actors fit such a rule ("The African Union
   * suspended Niger").
   */
  public boolean codedByActorOnly(String entry) {
    return codedByActorOnly.contains(entry);
  }

  /** Codes-by-actor lines that did nothing (a rule written twice, a removal of no rule). */
  public List<Refinement> redundantRefinements() {
    return redundantRefinements;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Applies changes in order; not thread-safe. */
  public static final class Builder {
    private final Map<WordList, Map<String, Change>> lists = new EnumMap<>(WordList.class);
    private final List<Redundant> redundant = new ArrayList<>();
    private final List<Refinement> refinements = new ArrayList<>();
    private final List<Refinement> redundantRefinements = new ArrayList<>();
    private String refinementSource;
    private int insertAt;

    Builder() {
      for (WordList l : WordList.values()) {
        lists.put(l, new LinkedHashMap<>());
      }
    }

    /** Adds or removes one word; the word is upper-cased. */
    public Builder apply(Change change) {
      String word = change.word().toUpperCase(Locale.ROOT);
      Map<String, Change> list = lists.get(change.list());
      if (change.removed()) {
        if (list.remove(word) == null) {
          redundant.add(new Redundant(change, "takes out a word the list does not hold"));
        }
      } else if (list.containsKey(word)) {
        Change first = list.get(word);
        redundant.add(
            new Redundant(
                change, "repeats a word listed at " + first.source() + ":" + first.line()));
      } else {
        list.put(word, change);
      }
      return this;
    }

    /**
     * Adds or takes out one codes-by-actor rule. Rules of a file read later go before those of
     * files read earlier, so that a user's rule is tried first.
     */
    public Builder apply(Refinement rule) {
      if (!rule.source().equals(refinementSource)) {
        refinementSource = rule.source();
        insertAt = 0;
      }
      int found = -1;
      for (int i = 0; i < refinements.size(); i++) {
        if (refinements.get(i).text().equals(rule.text())) {
          found = i;
          break;
        }
      }
      if (rule.removed()) {
        if (found < 0) {
          redundantRefinements.add(rule);
        } else {
          refinements.remove(found);
          if (found < insertAt) {
            insertAt--;
          }
        }
      } else if (found >= 0) {
        redundantRefinements.add(rule);
      } else {
        refinements.add(insertAt++, rule);
      }
      return this;
    }

    public Lexicon build() {
      Map<WordList, Set<String>> words = new EnumMap<>(WordList.class);
      Map<WordList, Set<String>> forms = new EnumMap<>(WordList.class);
      for (Map.Entry<WordList, Map<String, Change>> e : lists.entrySet()) {
        Set<String> listed = e.getValue().keySet();
        words.put(e.getKey(), Set.copyOf(listed));
        if (e.getKey().verbs()) {
          Set<String> all = new HashSet<>(listed);
          listed.forEach(w -> all.addAll(English.verbForms(w)));
          forms.put(e.getKey(), Set.copyOf(all));
        } else {
          forms.put(e.getKey(), Set.copyOf(listed));
        }
      }
      return new Lexicon(words, forms, redundant, refinements, redundantRefinements);
    }
  }
}
