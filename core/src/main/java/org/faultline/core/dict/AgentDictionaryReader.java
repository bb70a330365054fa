package org.faultline.core.dict;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads TABARI/PETRARCH agent dictionaries.
 *
 * <p>Lines are {@code PHRASE [~CODE]} or {@code PHRASE [CODE~]}. A regular plural is generated
 * (POLICEMAN, then POLICEMANS unless told otherwise: write the plural in braces, {@code MAN {MEN}},
 * or {@code {}} for none). Substitution sets are defined with {@code !PERSON! = MAN, MEN, WOMAN}
 * and used inside phrases, {@code CONGRESS!PERSON!}; each member is substituted without further
 * plurals.
 */
public final class AgentDictionaryReader {
  private final LoadMode mode;

  public AgentDictionaryReader(LoadMode mode) {
    this.mode = mode;
  }

  public LoadReport read(Path file, AgentDictionary.Builder into) throws IOException {
    DictionaryText.Loaded loaded = DictionaryText.load(file);
    return read(loaded.lines(), loaded.source(), loaded.sha256(), into);
  }

  public LoadReport read(Reader reader, String source, AgentDictionary.Builder into)
      throws IOException {
    DictionaryText.Loaded loaded = DictionaryText.load(reader, source);
    return read(loaded.lines(), loaded.source(), loaded.sha256(), into);
  }

  private LoadReport read(
      List<SourceLine> lines, String source, String sha, AgentDictionary.Builder into)
      throws IOException {
    Problems problems = new Problems(source, mode);
    Map<String, List<String>> markers = new HashMap<>();
    int phrases = 0;
    for (SourceLine line : lines) {
      String t = line.trimmed();
      if (t.startsWith("!") && t.indexOf('=') > 0 && t.indexOf('[') < 0) {
        int close = t.indexOf('!', 1);
        int eq = t.indexOf('=');
        if (close < 0 || close > eq) {
          problems.reject(line.number(), "substitution marker must be !NAME! = A, B: " + t);
          continue;
        }
        String name = t.substring(1, close).strip().toUpperCase(Locale.ROOT);
        List<String> members = new ArrayList<>();
        for (String m : t.substring(eq + 1).split(",")) {
          if (!m.isBlank()) {
            members.add(m.strip().toUpperCase(Locale.ROOT));
          }
        }
        if (name.isEmpty() || members.isEmpty()) {
          problems.reject(line.number(), "substitution marker must have a name and members: " + t);
          continue;
        }
        if (markers.put(name, members) != null) {
          problems.warn(line.number(), "substitution marker redefined: !" + name + "!");
        }
        continue;
      }
      int bracket = t.indexOf('[');
      int close = t.lastIndexOf(']');
      if (bracket < 0 || close < bracket) {
        problems.reject(line.number(), "agent must have a code in [brackets]: " + t);
        continue;
      }
      AgentCode code;
      try {
        code = AgentCode.parse(t.substring(bracket + 1, close));
      } catch (IllegalArgumentException e) {
        problems.reject(line.number(), e.getMessage());
        continue;
      }
      String head = t.substring(0, bracket).strip();
      String plural = null;
      boolean explicitPlural = false;
      int brace = head.indexOf('{');
      if (brace >= 0) {
        int braceEnd = head.indexOf('}', brace);
        if (braceEnd < 0) {
          problems.reject(line.number(), "plural must be closed with }: " + t);
          continue;
        }
        plural = head.substring(brace + 1, braceEnd).strip();
        explicitPlural = true;
        head = head.substring(0, brace).strip();
      }
      if (head.isEmpty()) {
        problems.reject(line.number(), "agent must have a phrase before its code: " + t);
        continue;
      }
      List<String> forms = new ArrayList<>();
      if (head.indexOf('!') >= 0) {
        int a = head.indexOf('!');
        int b = head.indexOf('!', a + 1);
        if (b < 0) {
          problems.reject(line.number(), "substitution marker must be closed with !: " + head);
          continue;
        }
        String name = head.substring(a + 1, b).toUpperCase(Locale.ROOT);
        List<String> members = markers.get(name);
        if (members == null) {
          problems.reject(
              line.number(), "substitution marker must be defined first: !" + name + "!");
          continue;
        }
        for (String m : members) {
          forms.add(head.substring(0, a) + m + head.substring(b + 1));
        }
      } else {
        forms.add(head);
        if (!explicitPlural) {
          forms.add(pluralOfPhrase(head));
        } else if (!plural.isEmpty()) {
          forms.add(plural);
        }
      }
      for (String form : forms) {
        try {
          PhrasePattern pattern = PhrasePattern.parse(form);
          into.add(
              pattern, new AgentEntry(form.toUpperCase(Locale.ROOT), code, source, line.number()));
          phrases++;
        } catch (IllegalArgumentException e) {
          problems.reject(line.number(), e.getMessage());
        }
      }
    }
    return new LoadReport(
        source, "agents", lines.size(), phrases, problems.rejected, problems.warnings, sha);
  }

  /** The plural of a phrase: its last word made plural, connectors kept. */
  static String pluralOfPhrase(String phrase) {
    String p = phrase.toUpperCase(Locale.ROOT);
    int end = p.length();
    while (end > 0 && (p.charAt(end - 1) == '_' || p.charAt(end - 1) == ' ')) {
      end--;
    }
    int start = end;
    while (start > 0 && p.charAt(start - 1) != '_' && p.charAt(start - 1) != ' ') {
      start--;
    }
    return p.substring(0, start) + English.plural(p.substring(start, end)) + p.substring(end);
  }
}
