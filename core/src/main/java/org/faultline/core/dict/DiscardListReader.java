package org.faultline.core.dict;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads discard lists: one phrase per line; {@code +PHRASE} discards the whole story, a bare phrase
 * only the sentence; a final {@code _} requires the phrase to end at a word boundary.
 */
public final class DiscardListReader {
  private final LoadMode mode;

  public DiscardListReader(LoadMode mode) {
    this.mode = mode;
  }

  public LoadReport read(Path file, DiscardList.Builder into) throws IOException {
    DictionaryText.Loaded loaded = DictionaryText.load(file);
    return read(loaded.lines(), loaded.source(), loaded.sha256(), into);
  }

  public LoadReport read(Reader reader, String source, DiscardList.Builder into)
      throws IOException {
    DictionaryText.Loaded loaded = DictionaryText.load(reader, source);
    return read(loaded.lines(), loaded.source(), loaded.sha256(), into);
  }

  private LoadReport read(
      List<SourceLine> lines, String source, String sha, DiscardList.Builder into)
      throws IOException {
    Problems problems = new Problems(source, mode);
    int n = 0;
    for (SourceLine line : lines) {
      String t = line.trimmed();
      boolean story = t.startsWith("+");
      if (story) {
        t = t.substring(1).strip();
      }
      boolean whole = t.endsWith("_");
      if (whole) {
        t = t.substring(0, t.length() - 1);
      }
      String phrase = t.replace('_', ' ').replaceAll("\\s+", " ").strip().toUpperCase(Locale.ROOT);
      if (phrase.isEmpty()) {
        problems.reject(line.number(), "discard must contain a phrase: " + line.raw().strip());
        continue;
      }
      if (phrase.indexOf('[') >= 0) {
        problems.warn(line.number(), "discard phrase contains a bracket: " + phrase);
      }
      into.add(new DiscardList.Entry(phrase, story, whole, source, line.number()));
      n++;
    }
    return new LoadReport(
        source, "discards", lines.size(), n, problems.rejected, problems.warnings, sha);
  }
}
