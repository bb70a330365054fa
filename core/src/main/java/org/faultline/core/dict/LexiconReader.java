package org.faultline.core.dict;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a lexicon file: {@code [section]} lines open a list (see {@link Lexicon.WordList} for the
 * names), and the words after it, one or more per line, belong to it; {@code -WORD} takes a word
 * out. The section {@code [codes-by-actor]} holds one {@link Lexicon.Refinement} per line instead.
 * A word before any section, a section name not known, or a rule not written as one is a rejected
 * line.
 */
public final class LexiconReader {
  /** The section of codes-by-actor rules. */
  public static final String RULES_SECTION = "codes-by-actor";

  private static final Pattern RULE =
      Pattern.compile(
          "(-)?(\\d{2,4}|---)(\\*)?(?:\\s+verb\\s+(\\S+))?(?:\\s+by\\s+(\\S+))?"
              + "(?:\\s+on\\s+(\\S+))?\\s+->\\s+(\\d{3,4})");
  private static final Pattern AGENT = Pattern.compile("[A-Z]{3}");

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
    boolean rules = false;
    int n = 0;
    for (SourceLine line : lines) {
      String t = line.trimmed();
      if (t.startsWith("[")) {
        String name = t.endsWith("]") ? t.substring(1, t.length() - 1).strip() : "";
        String section = name.toLowerCase(Locale.ROOT);
        rules = section.equals(RULES_SECTION);
        list = Lexicon.WordList.ofSection(section);
        if (list == null && !rules) {
          problems.reject(line.number(), "lexicon section must be one of " + sections() + ": " + t);
        }
        continue;
      }
      if (rules) {
        Lexicon.Refinement rule = rule(t, source, line.number());
        if (rule == null) {
          problems.reject(
              line.number(),
              "codes-by-actor rule must read CODE[*] [verb VERB] [by KIND] [on KIND] -> CODE,"
                  + " KIND being STATE, IGO, PLACE or an agent code (--- for an uncoded verb,"
                  + " which names its verb): "
                  + t);
        } else {
          into.apply(rule);
          n++;
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

  /** The rule a line writes, or null if it is not written as one. */
  private static Lexicon.Refinement rule(String text, String source, int line) {
    Matcher m = RULE.matcher(text);
    if (!m.matches()) {
      return null;
    }
    String verb = m.group(4);
    String by = m.group(5);
    String on = m.group(6);
    if ((m.group(2).equals(Lexicon.Refinement.UNCODED) && (m.group(3) != null || verb == null))
        || (by != null && !kind(by))
        || (on != null && !kind(on))
        || (verb != null && !verb.matches("[A-Z][A-Z_-]*"))) {
      return null;
    }
    return new Lexicon.Refinement(
        m.group(2), m.group(3) != null, verb, by, on, m.group(7), m.group(1) != null, source, line);
  }

  /**
   * True if the word names a kind of actor: one of {@link Lexicon#ACTOR_KINDS} or an agent code.
   */
  private static boolean kind(String word) {
    return Lexicon.ACTOR_KINDS.contains(word) || AGENT.matcher(word).matches();
  }

  private static String sections() {
    StringBuilder sb = new StringBuilder();
    for (Lexicon.WordList l : Lexicon.WordList.values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(l.section());
    }
    sb.append(", ").append(RULES_SECTION);
    return sb.toString();
  }
}
