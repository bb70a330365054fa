package org.faultline.core.dict;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads a lexicon file: {@code [section]} lines open a list (see {@link Lexicon.WordList} for the
 * names), and the words after it, one or more per line, belong to it; {@code -WORD} takes a word
 * out. A word before any section, or a section name not known, is a rejected line.
 */
public final class LexiconReader {
  private final LoadMode mode;

  public LexiconReader(LoadMode mode) {
    this.mode = mode;
  }

  public LoadReport read(Path file, Lexicon.Builder into) throws IOException {
    DictionaryText.Loaded loaded = DictionaryText.load(file);
    return read(loaded.lines(), loaded.source(), loaded.sha256(), into);
  }

  public LoadReport read(Reader reader, String source, Lexicon.Builder into) throws IOException {
    DictionaryText.Loaded loaded = DictionaryText.load(reader, source);
    return read(loaded.lines(), loaded.source(), loaded.sha256(), into);
  }

  private LoadReport read(List<SourceLine> lines, String source, String sha, Lexicon.Builder into)
      throws IOException {
    Problems problems = new Problems(source, mode);
    Lexicon.WordList list = null;
    int n = 0;
    for (SourceLine line : lines) {
      String t = line.trimmed();
      if (t.startsWith("[")) {
        String name = t.endsWith("]") ? t.substring(1, t.length() - 1).strip() : "";
        list = Lexicon.WordList.ofSection(name.toLowerCase(Locale.ROOT));
        if (list == null) {
          problems.reject(line.number(), "lexicon section must be one of " + sections() + ": " + t);
        }
        continue;
      }
      if (list == null) {
        problems.reject(line.number(), "lexicon words must follow a known [section] line: " + t);
        continue;
      }
      for (String token : t.split("\\s+")) {
        boolean removed = token.startsWith("-") && token.length() > 1;
        String word = removed ? token.substring(1) : token;
        if (!word.matches("[\\p{L}\\p{N}'_.-]+")) {
          problems.reject(
              line.number(), "lexicon word must be letters, digits, ' _ . or -: " + token);
          continue;
        }
        into.apply(new Lexicon.Change(list, word, removed, source, line.number()));
        n++;
      }
    }
    return new LoadReport(
        source, "lexicon", lines.size(), n, problems.rejected, problems.warnings, sha);
  }

  private static String sections() {
    StringBuilder sb = new StringBuilder();
    for (Lexicon.WordList l : Lexicon.WordList.values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(l.section());
    }
    return sb.toString();
  }
}
