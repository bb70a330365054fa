package org.faultline.core.dict;

import java.util.ArrayList;
import java.util.List;

/**
 * Agent phrases (PRESIDENT, BORDER_POLICE, HUMAN_RIGHTS_ACTIVIST) and their codes. Immutable and
 * thread-safe; build one with {@link AgentDictionaryReader} or {@link #builder()}.
 */
public final class AgentDictionary {
  /** A matched agent phrase and the words it covered. */
  public record Hit(AgentEntry entry, int start, int length) {}

  private final PhraseIndex<AgentEntry> index;

  private AgentDictionary(PhraseIndex<AgentEntry> index) {
    this.index = index;
  }

  /** An empty dictionary. */
  public static AgentDictionary empty() {
    return builder().build();
  }

  /** Number of phrases, plurals and substitutions included. */
  public int phraseCount() {
    return index.size();
  }

  /** The underlying phrase index. */
  public PhraseIndex<AgentEntry> phrases() {
    return index;
  }

  /**
   * Every agent phrase in {@code words}, left to right, skipping the words of each match and the
   * words in {@code [skipFrom, skipTo)} (the actor phrase).
   */
  public List<Hit> findAll(List<String> words, int skipFrom, int skipTo) {
    List<Hit> hits = new ArrayList<>(2);
    int k = 0;
    while (k < words.size()) {
      if (k >= skipFrom && k < skipTo) {
        k++;
        continue;
      }
      PhraseIndex.Match<AgentEntry> m = index.matchAt(words, k);
      if (m != null) {
        hits.add(new Hit(m.phrase().value(), k, m.length()));
        k += m.length();
      } else {
        k++;
      }
    }
    return hits;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Mutable builder. */
  public static final class Builder {
    private final PhraseIndex.Builder<AgentEntry> index = new PhraseIndex.Builder<>();

    public Builder add(PhrasePattern phrase, AgentEntry entry) {
      index.add(phrase, entry);
      return this;
    }

    public Builder addAll(AgentDictionary other) {
      index.addAll(other.index);
      return this;
    }

    public AgentDictionary build() {
      return new AgentDictionary(index.build());
    }
  }
}
