package org.faultline.core.dict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Issue phrases (simple string matches) that tag a sentence with issue codes, such as {@code
 * NUCLEAR_WEAPONS} or {@code ID_ATROCITY}. Ignore phrases cancel the issues of their category for
 * the sentence. Immutable and thread-safe.
 */
public final class IssueList {
  /**
   * One phrase.
   *
   * @param phrase upper-case phrase, matched between word boundaries
   * @param code the issue code, or null for an ignore phrase
   * @param category the {@code <ISSUE CATEGORY="...">} section, or "" outside any section
   */
  public record Entry(String phrase, String code, String category, String source, int line) {
    public Entry {
      Objects.requireNonNull(phrase, "phrase");
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(source, "source");
    }

    /** True for an ignore phrase. */
    public boolean ignore() {
      return code == null;
    }
  }

  private final List<Entry> entries;

  private IssueList(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static IssueList empty() {
    return new IssueList(List.of());
  }

  public List<Entry> entries() {
    return entries;
  }

  /** Issue codes found in {@code text} with the number of matching phrases, in first-seen order. */
  public Map<String, Integer> find(String text) {
    if (entries.isEmpty() || text == null) {
      return Map.of();
    }
    String padded = " " + text.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'-]+", " ") + " ";
    Set<String> ignored = new HashSet<>();
    for (Entry e : entries) {
      if (e.ignore() && padded.contains(" " + e.phrase() + " ")) {
        ignored.add(e.category());
      }
    }
    Map<String, Integer> found = new LinkedHashMap<>();
    for (Entry e : entries) {
      if (!e.ignore()
          && !ignored.contains(e.category())
          && padded.contains(" " + e.phrase() + " ")) {
        found.merge(e.code(), 1, Integer::sum);
      }
    }
    return found;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Mutable builder. */
  public static final class Builder {
    private final List<Entry> entries = new ArrayList<>();

    public Builder add(Entry e) {
      entries.add(e);
      return this;
    }

    public Builder addAll(IssueList other) {
      entries.addAll(other.entries);
      return this;
    }

    public IssueList build() {
      return new IssueList(entries);
    }
  }
}
