package org.faultline.core.dict;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH issue lists: {@code phrase [CODE]} lines, optionally inside {@code <ISSUE
 * CATEGORY="...">} sections; {@code ~phrase} and {@code ~~phrase} are ignore phrases. Within a
 * phrase, {@code n:word} adds the plural, {@code v:word} the regular verb forms and {@code a+b}
 * both {@code a b} and {@code a-b}.
 */
public final class IssueListReader {
  private static final Pattern CATEGORY =
      Pattern.compile("<ISSUE\\s+CATEGORY\\s*=\\s*\"([^\"]*)\"\\s*>", Pattern.CASE_INSENSITIVE);

  private final LoadMode mode;

  public IssueListReader(LoadMode mode) {
    this.mode = mode;
  }

  public LoadReport read(Path file, IssueList.Builder into) throws IOException {
    DictionaryText.Loaded loaded = DictionaryText.load(file);
    return read(loaded.lines(), loaded.source(), loaded.sha256(), into);
  }

  public LoadReport read(Reader reader, String source, IssueList.Builder into) throws IOException {
    DictionaryText.Loaded loaded = DictionaryText.load(reader, source);
    return read(loaded.lines(), loaded.source(), loaded.sha256(), into);
  }

  private LoadReport read(List<SourceLine> lines, String source, String sha, IssueList.Builder into)
      throws IOException {
    Problems problems = new Problems(source, mode);
    String category = "";
    int n = 0;
    for (SourceLine line : lines) {
      String t = line.trimmed();
      Matcher m = CATEGORY.matcher(t);
      if (m.matches()) {
        category = m.group(1).strip();
        continue;
      }
      if (t.equalsIgnoreCase("</ISSUE>")) {
        category = "";
        continue;
      }
      if (t.startsWith("<")) {
        problems.reject(line.number(), "issue section tag must be <ISSUE CATEGORY=\"...\">: " + t);
        continue;
      }
      String code = null;
      String phrase = t;
      if (t.startsWith("~")) {
        phrase = t.replaceFirst("^~~?", "");
      } else {
        int open = t.indexOf('[');
        int close = t.indexOf(']', Math.max(open, 0));
        if (open < 0 || close < 0) {
          problems.reject(line.number(), "issue must have a [CODE]: " + t);
          continue;
        }
        code = t.substring(open + 1, close).strip();
        phrase = t.substring(0, open);
        if (code.isEmpty()) {
          problems.reject(line.number(), "issue code must not be empty: " + t);
          continue;
        }
      }
      List<String> forms = expand(phrase.replace('_', ' ').strip().toUpperCase(Locale.ROOT));
      if (forms.isEmpty() || forms.get(0).isBlank()) {
        problems.reject(line.number(), "issue must contain a phrase: " + t);
        continue;
      }
      for (String f : forms) {
        into.add(new IssueList.Entry(f, code, category, source, line.number()));
        n++;
      }
    }
    return new LoadReport(
        source, "issues", lines.size(), n, problems.rejected, problems.warnings, sha);
  }

  /** Expands n:, v: and + markers into every form. */
  static List<String> expand(String phrase) {
    List<List<String>> options = new ArrayList<>();
    for (String word : phrase.split("\\s+")) {
      List<String> alts = new ArrayList<>();
      if (word.startsWith("N:")) {
        String w = word.substring(2);
        alts.add(w);
        alts.add(English.plural(w));
      } else if (word.startsWith("V:")) {
        String w = word.substring(2);
        alts.add(w);
        alts.addAll(English.verbForms(w));
      } else if (word.indexOf('+') > 0) {
        alts.add(word.replace('+', ' '));
        alts.add(word.replace('+', '-'));
      } else {
        alts.add(word);
      }
      options.add(alts);
    }
    List<String> out = new ArrayList<>();
    out.add("");
    for (List<String> alts : options) {
      List<String> next = new ArrayList<>();
      for (String prefix : out) {
        for (String a : alts) {
          next.add(prefix.isEmpty() ? a : prefix + " " + a);
        }
      }
      out = next;
    }
    return out;
  }
}
