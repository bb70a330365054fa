package org.faultline.core.dict;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verbs, their inflected forms, verb blocks with their patterns, and synsets. Immutable and
 * thread-safe; build one with {@link VerbDictionaryReader} or {@link #builder()}.
 */
public final class VerbDictionary {
  private final Map<String, List<VerbEntry>> byHead;
  private final Map<String, Synset> synsets;
  private final List<VerbBlock> blocks;
  private final Set<String> nested;

  private VerbDictionary(
      Map<String, List<VerbEntry>> byHead,
      Map<String, Synset> synsets,
      List<VerbBlock> blocks,
      Set<String> nested) {
    this.byHead = byHead;
    this.synsets = synsets;
    this.blocks = blocks;
    this.nested = nested;
  }

  /** Names of synsets that other synsets include as members. */
  public Set<String> nestedSynsetReferences() {
    return nested;
  }

  /** An empty dictionary. */
  public static VerbDictionary empty() {
    return builder().build();
  }

  /**
   * The entries whose head is {@code word} (upper case), multi-word entries first (longest first),
   * then the single-word entry if any.
   */
  public List<VerbEntry> entries(String word) {
    return byHead.getOrDefault(word, List.of());
  }

  /** A synset by name ({@code &NAME}), or null. */
  public Synset synset(String name) {
    return synsets.get(name);
  }

  /** All synsets by name. */
  public Map<String, Synset> synsets() {
    return synsets;
  }

  /** All blocks in load order. */
  public List<VerbBlock> blocks() {
    return blocks;
  }

  /** Number of distinct verb forms (head words). */
  public int formCount() {
    return byHead.size();
  }

  /** Number of patterns over all blocks. */
  public int patternCount() {
    int n = 0;
    for (VerbBlock b : blocks) {
      n += b.patterns().size();
    }
    return n;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Mutable builder. Blocks collect verbs and patterns as a file is read; synsets may be defined
   * before or after use and may nest. Not thread-safe.
   */
  public static final class Builder {
    /** A block being built. */
    public final class BlockBuilder {
      final String name;
      final String code;
      final String source;
      final int line;
      final List<VerbPattern> patterns = new ArrayList<>();

      BlockBuilder(String name, String code, String source, int line) {
        this.name = name;
        this.code = code;
        this.source = source;
        this.line = line;
      }

      /** Adds a pattern to this block. */
      public BlockBuilder pattern(VerbPattern p) {
        patterns.add(p);
        return this;
      }

      /**
       * Adds a verb form to this block.
       *
       * @return the entry this one replaces (same words in another block or line), or null
       */
      public RawEntry verb(
          String head,
          List<String> before,
          List<String> after,
          String code,
          String entry,
          int line) {
        RawEntry e = new RawEntry(head, before, after, code, this, entry, line);
        return entries.put(e.key(), e);
      }
    }

    /** A verb form before freezing. */
    public record RawEntry(
        String head,
        List<String> before,
        List<String> after,
        String code,
        BlockBuilder block,
        String entry,
        int line) {
      String key() {
        return String.join("_", before) + "|" + head + "|" + String.join("_", after);
      }

      /** Where the entry was defined, for messages. */
      public String where() {
        return block.source + ":" + line;
      }
    }

    private final List<BlockBuilder> blocks = new ArrayList<>();
    private final Map<String, RawEntry> entries = new LinkedHashMap<>();
    private final Map<String, List<Object>> rawSynsets = new LinkedHashMap<>();

    /** Starts a new block. */
    public BlockBuilder block(String name, String code, String source, int line) {
      BlockBuilder b = new BlockBuilder(name, code, source, line);
      blocks.add(b);
      return b;
    }

    /**
     * Defines (or redefines) a synset. Members are phrases ({@code List<String>}) or the names of
     * other synsets ({@code String} starting with {@code &}).
     *
     * @return true if the name was already defined
     */
    public boolean synset(String name, List<Object> members) {
      return rawSynsets.put(name, new ArrayList<>(members)) != null;
    }

    /** True if a synset of that name has been defined so far. */
    public boolean hasSynset(String name) {
      return rawSynsets.containsKey(name);
    }

    /** The synset names reachable from {@code name} that lead back to it, or empty. */
    public List<String> cycleFrom(String name) {
      Deque<String> path = new ArrayDeque<>();
      return findCycle(name, name, path, new LinkedHashSet<>()) ? new ArrayList<>(path) : List.of();
    }

    private boolean findCycle(String target, String at, Deque<String> path, Set<String> seen) {
      if (!seen.add(at)) {
        return false;
      }
      path.addLast(at);
      for (Object m : rawSynsets.getOrDefault(at, List.of())) {
        if (m instanceof String ref) {
          if (ref.equals(target) || findCycle(target, ref, path, seen)) {
            return true;
          }
        }
      }
      path.removeLast();
      return false;
    }

    /** Freezes the dictionary; undefined or cyclic synset references are dropped. */
    public VerbDictionary build() {
      Map<String, Synset> synsets = new HashMap<>();
      for (String name : rawSynsets.keySet()) {
        Set<List<String>> phrases = new LinkedHashSet<>();
        expand(name, phrases, new LinkedHashSet<>());
        synsets.put(name, new Synset(name, new ArrayList<>(phrases)));
      }
      Map<BlockBuilder, VerbBlock> frozen = new LinkedHashMap<>();
      for (BlockBuilder b : blocks) {
        frozen.put(b, new VerbBlock(b.name, b.code, b.patterns, b.source, b.line));
      }
      Map<String, List<VerbEntry>> byHead = new HashMap<>();
      for (RawEntry e : entries.values()) {
        byHead
            .computeIfAbsent(e.head(), k -> new ArrayList<>())
            .add(
                new VerbEntry(
                    e.head(),
                    e.before(),
                    e.after(),
                    e.code(),
                    frozen.get(e.block()),
                    e.entry(),
                    e.line()));
      }
      Map<String, List<VerbEntry>> sorted = new HashMap<>(byHead.size() * 2);
      for (Map.Entry<String, List<VerbEntry>> e : byHead.entrySet()) {
        List<VerbEntry> list = new ArrayList<>(e.getValue());
        list.sort((a, b) -> Integer.compare(b.length(), a.length()));
        sorted.put(e.getKey(), List.copyOf(list));
      }
      Set<String> nested = new LinkedHashSet<>();
      for (List<Object> members : rawSynsets.values()) {
        for (Object m : members) {
          if (m instanceof String ref) {
            nested.add(ref);
          }
        }
      }
      return new VerbDictionary(
          Map.copyOf(sorted),
          Map.copyOf(synsets),
          List.copyOf(frozen.values()),
          Set.copyOf(nested));
    }

    @SuppressWarnings("unchecked")
    private void expand(String name, Set<List<String>> out, Set<String> visiting) {
      if (!visiting.add(name)) {
        return;
      }
      for (Object m : rawSynsets.getOrDefault(name, List.of())) {
        if (m instanceof String ref) {
          expand(ref, out, visiting);
        } else {
          out.add((List<String>) m);
        }
      }
      visiting.remove(name);
    }
  }
}
