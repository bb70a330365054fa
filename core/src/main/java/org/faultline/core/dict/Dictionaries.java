package org.faultline.core.dict;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the coder reads: verbs, actors, agents, discards, issues and the English lexicon, with
 * the report of every file loaded. Immutable and thread-safe.
 */
public record Dictionaries(
    VerbDictionary verbs,
    ActorDictionary actors,
    AgentDictionary agents,
    DiscardList discards,
    IssueList issues,
    Lexicon lexicon,
    List<LoadReport> reports) {

  public Dictionaries {
    Objects.requireNonNull(verbs, "verbs");
    Objects.requireNonNull(actors, "actors");
    Objects.requireNonNull(agents, "agents");
    Objects.requireNonNull(discards, "discards");
    Objects.requireNonNull(issues, "issues");
    Objects.requireNonNull(lexicon, "lexicon");
    reports = List.copyOf(reports);
  }

  /** A combined SHA-256 over the checksums of all files, in load order. */
  public String checksum() {
    StringBuilder sb = new StringBuilder();
    for (LoadReport r : reports) {
      sb.append(r.kind())
          .append(':')
          .append(r.source())
          .append(':')
          .append(r.sha256())
          .append('\n');
    }
    return Checksums.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** All rejected lines of all files. */
  public List<LoadReport.Problem> rejected() {
    List<LoadReport.Problem> out = new ArrayList<>();
    reports.forEach(r -> out.addAll(r.rejected()));
    return out;
  }

  public static Loader loader(LoadMode mode) {
    return new Loader(mode);
  }

  /**
   * Loads dictionary files of each kind; files of one kind are layered in the order given, and
   * among equally long actor or agent phrases an earlier file wins. The shipped English lexicon is
   * always read, before any lexicon file given, so that every coder knows its words and a user's
   * file can add to or take from them. Not thread-safe.
   */
  public static final class Loader {
    private final LoadMode mode;
    private final VerbDictionary.Builder verbs = VerbDictionary.builder();
    private final ActorDictionary.Builder actors = ActorDictionary.builder();
    private final AgentDictionary.Builder agents = AgentDictionary.builder();
    private final DiscardList.Builder discards = DiscardList.builder();
    private final IssueList.Builder issues = IssueList.builder();
    private final Lexicon.Builder lexicon = Lexicon.builder();
    private boolean englishLexicon;
    private final List<LoadReport> reports = new ArrayList<>();

    Loader(LoadMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
    }

    public Loader verbs(Path file) throws IOException {
      reports.add(new VerbDictionaryReader(mode).read(file, verbs));
      return this;
    }

    public Loader actors(Path file) throws IOException {
      reports.add(new ActorDictionaryReader(mode).read(file, actors));
      return this;
    }

    public Loader agents(Path file) throws IOException {
      reports.add(new AgentDictionaryReader(mode).read(file, agents));
      return this;
    }

    public Loader discards(Path file) throws IOException {
      reports.add(new DiscardListReader(mode).read(file, discards));
      return this;
    }

    public Loader issues(Path file) throws IOException {
      reports.add(new IssueListReader(mode).read(file, issues));
      return this;
    }

    /** Reads a lexicon file on top of the shipped English lexicon. */
    public Loader lexicon(Path file) throws IOException {
      englishLexicon();
      reports.add(new LexiconReader(mode).read(file, lexicon));
      return this;
    }

    private void englishLexicon() throws IOException {
      if (englishLexicon) {
        return;
      }
      englishLexicon = true;
      String file = ShippedDictionaries.LEXICON;
      try (InputStream in = ShippedDictionaries.open(file)) {
        if (in == null) {
          throw new IOException("shipped lexicon must be on the class path: " + file);
        }
        reports.add(
            new LexiconReader(mode)
                .read(new InputStreamReader(in, StandardCharsets.UTF_8), file, lexicon));
      }
    }

    /**
     * Reads one file of the given kind ({@code verbs}, {@code actors}, {@code agents}, {@code
     * discards}, {@code issues}, {@code lexicon}) from a reader.
     */
    public Loader read(String kind, java.io.Reader reader, String source) throws IOException {
      switch (kind) {
        case "verbs":
          reports.add(new VerbDictionaryReader(mode).read(reader, source, verbs));
          break;
        case "actors":
          reports.add(new ActorDictionaryReader(mode).read(reader, source, actors));
          break;
        case "agents":
          reports.add(new AgentDictionaryReader(mode).read(reader, source, agents));
          break;
        case "discards":
          reports.add(new DiscardListReader(mode).read(reader, source, discards));
          break;
        case "issues":
          reports.add(new IssueListReader(mode).read(reader, source, issues));
          break;
        case "lexicon":
          englishLexicon();
          reports.add(new LexiconReader(mode).read(reader, source, lexicon));
          break;
        default:
          throw new IllegalArgumentException(
              "dictionary kind must be verbs, actors, agents, discards, issues or lexicon: "
                  + kind);
      }
      return this;
    }

    /** Reports so far. */
    public List<LoadReport> reports() {
      return List.copyOf(reports);
    }

    /**
     * The dictionaries loaded.
     *
     * @throws IOException if the shipped lexicon, not read yet, cannot be read
     */
    public Dictionaries build() throws IOException {
      englishLexicon();
      return new Dictionaries(
          verbs.build(),
          actors.build(),
          agents.build(),
          discards.build(),
          issues.build(),
          lexicon.build(),
          reports);
    }
  }
}
