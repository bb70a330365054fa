package org.faultline.core.dict;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads TABARI/PETRARCH actor dictionaries.
 *
 * <p>A record is a primary phrase with an optional code ({@code NORTH_KOREA [PRK]}), synonym lines
 * starting with {@code +} ({@code +PYONGYANG}), and indented code lines with optional date
 * restrictions ({@code \t[HOBGOV 19950601-19990815]}, {@code \t[RHO <790606]}, {@code \t[HOBREB
 * >990816]}). A line {@code ---STOP---} ends the file. Codes may be compounds ({@code
 * FRO/BIL/SAM}).
 */
public final class ActorDictionaryReader {
  private final LoadMode mode;

  public ActorDictionaryReader(LoadMode mode) {
    this.mode = mode;
  }

  /** Reads a file into {@code into}; returns what was loaded and rejected. */
  public LoadReport read(Path file, ActorDictionary.Builder into) throws IOException {
    DictionaryText.Loaded loaded = DictionaryText.load(file);
    return read(loaded.lines(), loaded.source(), loaded.sha256(), into);
  }

  /** Reads from a reader (the whole text); {@code source} names it in messages. */
  public LoadReport read(Reader reader, String source, ActorDictionary.Builder into)
      throws IOException {
    DictionaryText.Loaded loaded = DictionaryText.load(reader, source);
    return read(loaded.lines(), loaded.source(), loaded.sha256(), into);
  }

  private LoadReport read(
      List<SourceLine> lines, String source, String sha, ActorDictionary.Builder into)
      throws IOException {
    Problems problems = new Problems(source, mode);
    Pending pending = null;
    int phrases = 0;
    int used = 0;
    for (SourceLine line : lines) {
      used++;
      String t = line.trimmed();
      if (t.startsWith("---STOP---")) {
        break;
      }
      if (line.indented() && t.startsWith("[")) {
        if (pending == null) {
          problems.reject(line.number(), "code line must follow an actor phrase: " + t);
          continue;
        }
        try {
          pending.codes.addAll(parseCodes(t));
        } catch (IllegalArgumentException e) {
          problems.reject(line.number(), e.getMessage());
        }
        continue;
      }
      if (t.startsWith("+")) {
        if (pending == null) {
          problems.reject(line.number(), "synonym must follow an actor phrase: " + t);
          continue;
        }
        String phrase = t.substring(1);
        int bracket = phrase.indexOf('[');
        if (bracket >= 0) {
          problems.warn(line.number(), "code on a synonym line applies to the whole actor: " + t);
          try {
            pending.codes.addAll(parseCodes(phrase.substring(bracket)));
          } catch (IllegalArgumentException e) {
            problems.reject(line.number(), e.getMessage());
            continue;
          }
          phrase = phrase.substring(0, bracket);
        }
        try {
          pending.phrases.add(PhrasePattern.parse(phrase));
        } catch (IllegalArgumentException e) {
          problems.reject(line.number(), e.getMessage());
        }
        continue;
      }
      // A new primary phrase: finish the previous actor.
      phrases += flush(pending, into, problems);
      int bracket = t.indexOf('[');
      String phrase = bracket >= 0 ? t.substring(0, bracket) : t;
      PhrasePattern pattern;
      try {
        pattern = PhrasePattern.parse(phrase);
      } catch (IllegalArgumentException e) {
        problems.reject(line.number(), "actor line must start with a phrase: " + t);
        pending = null;
        continue;
      }
      pending = new Pending(phrase.strip(), line.number());
      pending.phrases.add(pattern);
      if (bracket >= 0) {
        try {
          pending.codes.addAll(parseCodes(t.substring(bracket)));
        } catch (IllegalArgumentException e) {
          problems.reject(line.number(), e.getMessage());
        }
      }
    }
    phrases += flush(pending, into, problems);
    return new LoadReport(
        source, "actors", used, phrases, problems.rejected, problems.warnings, sha);
  }

  private static int flush(Pending p, ActorDictionary.Builder into, Problems problems) {
    if (p == null) {
      return 0;
    }
    if (p.codes.isEmpty()) {
      problems.warn(p.line, "actor has no code and will code as ---: " + p.name);
    }
    into.add(new ActorEntry(p.name, p.codes, problems.source(), p.line), p.phrases);
    return p.phrases.size();
  }

  /** Parses one or more bracketed codes: {@code [USA]}, {@code [HOB <950601]}, ... */
  static List<DatedCode> parseCodes(String text) {
    List<DatedCode> out = new ArrayList<>();
    int i = 0;
    String s = text.strip();
    while (i < s.length()) {
      if (Character.isWhitespace(s.charAt(i))) {
        i++;
        continue;
      }
      if (s.charAt(i) != '[') {
        throw new IllegalArgumentException("actor code must be in [brackets]: " + s.substring(i));
      }
      int end = s.indexOf(']', i);
      if (end < 0) {
        throw new IllegalArgumentException("actor code must end with ]: " + s.substring(i));
      }
      out.add(parseCode(s.substring(i + 1, end)));
      i = end + 1;
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("actor code line must contain a [code]: " + text);
    }
    return out;
  }

  private static DatedCode parseCode(String inside) {
    String body = inside.strip();
    if (body.isEmpty()) {
      throw new IllegalArgumentException("actor code must not be empty: []");
    }
    String[] parts = body.split("\\s+", 2);
    String code = parts[0];
    if (parts.length == 1) {
      return new DatedCode(code, null, null);
    }
    String rest = parts[1].replace(" ", "");
    if (rest.startsWith("<")) {
      return new DatedCode(code, null, DictionaryDates.parse(rest.substring(1)));
    }
    if (rest.startsWith(">")) {
      return new DatedCode(code, DictionaryDates.parse(rest.substring(1)), null);
    }
    int dash = rest.indexOf('-');
    if (dash > 0) {
      LocalDate from = DictionaryDates.parse(rest.substring(0, dash));
      LocalDate to = DictionaryDates.parse(rest.substring(dash + 1));
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("date range must not end before it starts: " + rest);
      }
      return new DatedCode(code, from, to);
    }
    throw new IllegalArgumentException(
        "date restriction must be <date, >date or date-date: [" + body + "]");
  }

  private static final class Pending {
    final String name;
    final int line;
    final List<PhrasePattern> phrases = new ArrayList<>();
    final List<DatedCode> codes = new ArrayList<>();

    Pending(String name, int line) {
      this.name = name;
      this.line = line;
    }
  }
}
