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
 * threat or an aspect. Shipped as {@code faultline.lexicon.txt} and extended by user files, so that
 * a user can teach the rules a word without touching code. Immutable and thread-safe.
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
    /** Words that may come before a place name in a phrase naming a place ("northern"). */
    PLACE_LEADS("place-leads", false),
    /** Words that may follow a place name in a phrase naming a place ("region"). */
    PLACE_PARTS("place-parts", false),
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
    /** Place names ending like a plural demonym that name a capital ("Paris"). */
    PLACES_LIKE_DEMONYMS("places-like-demonyms", false),
    /** Texts whose author does what a participle after them says ("a resolution demanding"). */
    DOCUMENTS("documents", false),
    /** Verbs whose infinitive complement did not happen ("failed to agree"). */
    NEGATING_VERBS("negating-verbs", true);

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

  private final Map<WordList, Set<String>> words;
  private final Map<WordList, Set<String>> forms;
  private final List<Redundant> redundant;

  private Lexicon(
      Map<WordList, Set<String>> words,
      Map<WordList, Set<String>> forms,
      List<Redundant> redundant) {
    this.words = words;
    this.forms = forms;
    this.redundant = List.copyOf(redundant);
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

  public static Builder builder() {
    return new Builder();
  }

  /** Applies changes in order; not thread-safe. */
  public static final class Builder {
    private final Map<WordList, Map<String, Change>> lists = new EnumMap<>(WordList.class);
    private final List<Redundant> redundant = new ArrayList<>();

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
      return new Lexicon(words, forms, redundant);
    }
  }
}
