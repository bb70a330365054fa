package org.faultline.core.dict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Actor phrases (countries, organisations, people) and their possibly date-restricted codes.
 * Immutable and thread-safe; build one with {@link ActorDictionaryReader} or {@link #builder()}.
 */
public final class ActorDictionary {
  /** A matched actor: its entry, the code on the sentence date, and the words it covered. */
  public record Hit(ActorEntry entry, String code, int start, int length) {}

  private final PhraseIndex<ActorEntry> index;
  private final int actors;

  private ActorDictionary(PhraseIndex<ActorEntry> index, int actors) {
    this.index = index;
    this.actors = actors;
  }

  /** An empty dictionary. */
  public static ActorDictionary empty() {
    return new Builder().build();
  }

  /** Number of phrases (primary and synonyms). */
  public int phraseCount() {
    return index.size();
  }

  /** Number of actors (entries). */
  public int actorCount() {
    return actors;
  }

  /** The underlying phrase index. */
  public PhraseIndex<ActorEntry> phrases() {
    return index;
  }

  /**
   * The first actor in {@code words} scanning left to right; at each word the longest phrase wins.
   *
   * <p>A phrase opening with "the" yields to a longer one starting at the next word and reaching
   * past its end: "the West Darfur town" is Sudan's West Darfur, not "the West".
   *
   * @param date the sentence date for date-restricted codes (null: only unrestricted codes apply)
   * @return the hit, or null if no actor phrase occurs
   */
  public Hit firstActor(List<String> words, LocalDate date) {
    for (int k = 0; k < words.size(); k++) {
      PhraseIndex.Match<ActorEntry> m = index.matchAt(words, k);
      if (m != null) {
        int at = k;
        if (m.length() > 1 && words.get(k).equals("THE")) {
          PhraseIndex.Match<ActorEntry> next = index.matchAt(words, k + 1);
          if (next != null && next.length() >= m.length()) {
            m = next;
            at = k + 1;
          }
        }
        ActorEntry entry = m.phrase().value();
        return new Hit(entry, entry.codeOn(date), at, m.length());
      }
    }
    return null;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Mutable builder; later additions rank after earlier ones among phrases of equal length.
   *
   * <p>A phrase that opens with {@code UN} or {@code U.N.} ({@code UN_WORLD_FOOD_PROGRAMME}) is
   * also known by its long form ({@code UNITED_NATIONS_WORLD_FOOD_PROGRAMME}) unless a dictionary
   * lists that form itself: news writes both, and without it "the United Nations World Food
   * Programme" would be only the UN.
   */
  public static final class Builder {
    private static final Set<String> UN = Set.of("UN", "U.N.");

    private final PhraseIndex.Builder<ActorEntry> index = new PhraseIndex.Builder<>();
    private final Set<String> known = new HashSet<>();
    private final List<PhraseIndex.Phrase<ActorEntry>> shortForms = new ArrayList<>();
    private int actors;

    /** Adds an actor with its phrases (the first is the primary phrase). */
    public Builder add(ActorEntry entry, List<PhrasePattern> phrases) {
      Objects.requireNonNull(entry, "entry");
      if (phrases.isEmpty()) {
        throw new IllegalArgumentException("actor must have a phrase: " + entry.name());
      }
      actors++;
      phrases.forEach(p -> put(p, entry));
      return this;
    }

    /** Adds everything from another dictionary. */
    public Builder addAll(ActorDictionary other) {
      other.index.all().forEach(p -> put(p.pattern(), p.value()));
      actors += other.actors;
      return this;
    }

    private void put(PhrasePattern phrase, ActorEntry entry) {
      index.add(phrase, entry);
      known.add(phrase.toString());
      if (phrase.size() > 1 && UN.contains(phrase.firstWord())) {
        shortForms.add(new PhraseIndex.Phrase<>(phrase, entry));
      }
    }

    public ActorDictionary build() {
      for (PhraseIndex.Phrase<ActorEntry> p : shortForms) {
        PhrasePattern longForm = p.pattern().withFirstWord("UNITED", "NATIONS");
        if (known.add(longForm.toString())) {
          index.add(longForm, p.value());
        }
      }
      return new ActorDictionary(index.build(), actors);
    }
  }
}
