package org.faultline.core.dict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrase patterns indexed by their first word, longest first, as used for actors and agents.
 * Immutable once built; safe to share between threads.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {
  /** A phrase and its value. */
  public record Phrase<T>(PhrasePattern pattern, T value) {}

  /** A successful match: the phrase, where it started and how many words it covered. */
  public record Match<T>(Phrase<T> phrase, int start, int length) {}

  private final Map<String, List<Phrase<T>>> byFirstWord;
  private final int size;

  private PhraseIndex(Map<String, List<Phrase<T>>> byFirstWord, int size) {
    this.byFirstWord = byFirstWord;
    this.size = size;
  }

  /** Number of phrases. */
  public int size() {
    return size;
  }

  /** All phrases starting with {@code word} (upper case), longest first. */
  public List<Phrase<T>> startingWith(String word) {
    return byFirstWord.getOrDefault(word, List.of());
  }

  /**
   * The longest phrase matching at {@code start} in {@code words} (earlier-loaded phrase first
   * among equals), or null.
   */
  public Match<T> matchAt(List<String> words, int start) {
    List<Phrase<T>> candidates = byFirstWord.get(words.get(start));
    if (candidates == null) {
      return null;
    }
    for (Phrase<T> p : candidates) {
      int n = p.pattern().matchAt(words, start);
      if (n > 0) {
        return new Match<>(p, start, n);
      }
    }
    return null;
  }

  /** All phrases, in no particular order. */
  public List<Phrase<T>> all() {
    List<Phrase<T>> out = new ArrayList<>(size);
    byFirstWord.values().forEach(out::addAll);
    return out;
  }

  /** Mutable builder. Not thread-safe. */
  public static final class Builder<T> {
    private final Map<String, List<Phrase<T>>> map = new HashMap<>();
    private int size;

    /** Adds a phrase; later phrases of equal length rank after earlier ones. */
    public Builder<T> add(PhrasePattern pattern, T value) {
      map.computeIfAbsent(pattern.firstWord(), k -> new ArrayList<>())
          .add(new Phrase<>(pattern, value));
      size++;
      return this;
    }

    /** Adds every phrase of another index (used to layer dictionaries). */
    public Builder<T> addAll(PhraseIndex<T> other) {
      other.byFirstWord.values().forEach(list -> list.forEach(p -> add(p.pattern(), p.value())));
      return this;
    }

    /** Freezes the index. The builder may be reused afterwards. */
    public PhraseIndex<T> build() {
      Map<String, List<Phrase<T>>> frozen = new HashMap<>(map.size() * 2);
      Comparator<Phrase<T>> longestFirst =
          Comparator.comparingInt((Phrase<T> p) -> p.pattern().size()).reversed();
      for (Map.Entry<String, List<Phrase<T>>> e : map.entrySet()) {
        List<Phrase<T>> sorted = new ArrayList<>(e.getValue());
        sorted.sort(longestFirst); // stable: file order among equals
        frozen.put(e.getKey(), List.copyOf(sorted));
      }
      return new PhraseIndex<>(Map.copyOf(frozen), size);
    }
  }
}
