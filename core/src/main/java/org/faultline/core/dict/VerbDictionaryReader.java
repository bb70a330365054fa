package org.faultline.core.dict;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads TABARI/PETRARCH verb dictionaries.
 *
 * <ul>
 *   <li>{@code &NAME} starts a synset whose members follow on {@code +} lines; a member may name
 *       another synset. Plurals of members are generated unless the name or the member ends with
 *       {@code _}.
 *   <li>{@code --- NAME [CODE] ---} starts a verb block; {@code [---]} or no code means the bare
 *       verb codes nothing.
 *   <li>A verb line: {@code BREAK { BROKE BROKEN } [code]}. Regular forms are generated; irregular
 *       ones go in braces. Multi-word verbs join words with {@code _} or blanks and mark the word
 *       the parser sees as the verb with {@code +} ({@code WIRE_+TAP}, {@code +CORDON_OFF});
 *       without a mark the first word is the verb.
 *   <li>A pattern: {@code - UPPER * LOWER [CODE]} where {@code *} stands for the verb, {@code _}
 *       joins words that must be adjacent, and {@code $ + % ^ &SYNSET} are source, target,
 *       compound, skipped noun phrase and synset.
 * </ul>
 */
public final class VerbDictionaryReader {
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9?+#\\-]+(:[A-Za-z0-9?+#\\-]+)?");

  private final LoadMode mode;

  public VerbDictionaryReader(LoadMode mode) {
    this.mode = mode;
  }

  public LoadReport read(Path file, VerbDictionary.Builder into) throws IOException {
    DictionaryText.Loaded loaded = DictionaryText.load(file);
    return read(loaded.lines(), loaded.source(), loaded.sha256(), into);
  }

  public LoadReport read(Reader reader, String source, VerbDictionary.Builder into)
      throws IOException {
    DictionaryText.Loaded loaded = DictionaryText.load(reader, source);
    return read(loaded.lines(), loaded.source(), loaded.sha256(), into);
  }

  private record PendingPattern(VerbDictionary.Builder.BlockBuilder block, VerbPattern pattern) {}

  private LoadReport read(
      List<SourceLine> lines, String source, String sha, VerbDictionary.Builder into)
      throws IOException {
    Problems problems = new Problems(source, mode);
    VerbDictionary.Builder.BlockBuilder block = null;
    String synsetName = null;
    boolean synsetNoPlural = false;
    List<Object> synsetMembers = null;
    int synsetLine = 0;
    List<PendingPattern> patterns = new ArrayList<>();
    List<Integer> nestedLines = new ArrayList<>();
    List<String> nestedNames = new ArrayList<>();
    int verbs = 0;
    int synsets = 0;
    for (SourceLine line : lines) {
      String t = line.trimmed();
      if (synsetName != null && !t.startsWith("+")) {
        synsets += finishSynset(into, synsetName, synsetMembers, synsetLine, problems);
        synsetName = null;
      }
      if (t.startsWith("---")) {
        block = readBlockHeader(t, source, line.number(), into, problems);
      } else if (t.startsWith("&")) {
        String name = t.split("\\s+")[0].toUpperCase(Locale.ROOT);
        synsetNoPlural = name.endsWith("_");
        if (synsetNoPlural) {
          name = name.substring(0, name.length() - 1);
        }
        if (name.length() < 2) {
          problems.reject(line.number(), "synset must have a name after &: " + t);
          continue;
        }
        synsetName = name;
        synsetMembers = new ArrayList<>();
        synsetLine = line.number();
      } else if (t.startsWith("+") && synsetName != null) {
        String member = t.substring(1).strip().toUpperCase(Locale.ROOT);
        if (member.isEmpty()) {
          problems.reject(line.number(), "synset member must not be empty");
        } else if (member.startsWith("&")) {
          String ref = member.split("\\s+")[0];
          if (ref.endsWith("_")) {
            ref = ref.substring(0, ref.length() - 1);
          }
          synsetMembers.add(ref);
          nestedLines.add(line.number());
          nestedNames.add(ref);
        } else {
          boolean noPlural = synsetNoPlural || member.endsWith("_");
          List<String> words = words(member);
          if (words.isEmpty()) {
            problems.reject(line.number(), "synset member must contain a word: " + t);
            continue;
          }
          synsetMembers.add(words);
          if (!noPlural) {
            List<String> plural = new ArrayList<>(words);
            plural.set(plural.size() - 1, English.plural(plural.get(plural.size() - 1)));
            synsetMembers.add(plural);
          }
        }
      } else if (t.startsWith("-")) {
        if (block == null) {
          problems.reject(line.number(), "pattern must follow a --- VERB [code] --- header: " + t);
          continue;
        }
        try {
          patterns.add(new PendingPattern(block, parsePattern(t, source, line.number())));
        } catch (IllegalArgumentException e) {
          problems.reject(line.number(), e.getMessage());
        }
      } else {
        if (block == null) {
          problems.reject(line.number(), "verb must follow a --- VERB [code] --- header: " + t);
          continue;
        }
        try {
          verbs += readVerb(t, block, line.number(), problems);
        } catch (IllegalArgumentException e) {
          problems.reject(line.number(), e.getMessage());
        }
      }
    }
    if (synsetName != null) {
      synsets += finishSynset(into, synsetName, synsetMembers, synsetLine, problems);
    }
    for (int i = 0; i < nestedNames.size(); i++) {
      if (!into.hasSynset(nestedNames.get(i))) {
        problems.reject(
            nestedLines.get(i), "synset member names an undefined synset: " + nestedNames.get(i));
      }
    }
    int accepted = 0;
    for (PendingPattern p : patterns) {
      String missing = null;
      for (String name : p.pattern().synsets()) {
        if (!into.hasSynset(name)) {
          missing = name;
          break;
        }
      }
      if (missing != null) {
        problems.reject(p.pattern().line(), "synset must be defined: " + missing);
        continue;
      }
      p.block().pattern(p.pattern());
      accepted++;
    }
    return new LoadReport(
        source,
        "verbs",
        lines.size(),
        verbs + accepted + synsets,
        problems.rejected,
        problems.warnings,
        sha);
  }

  private static int finishSynset(
      VerbDictionary.Builder into, String name, List<Object> members, int line, Problems problems)
      throws IOException {
    if (members.isEmpty()) {
      problems.reject(line, "synset must have at least one + member: " + name);
      return 0;
    }
    if (into.synset(name, members)) {
      problems.warn(line, "synset redefined: " + name);
    }
    List<String> cycle = into.cycleFrom(name);
    if (!cycle.isEmpty()) {
      problems.reject(line, "synset must not contain itself: " + String.join(" > ", cycle));
    }
    return 1;
  }

  private static VerbDictionary.Builder.BlockBuilder readBlockHeader(
      String t, String source, int line, VerbDictionary.Builder into, Problems problems) {
    String body = t.substring(3);
    if (body.endsWith("---")) {
      body = body.substring(0, body.length() - 3);
    }
    int bracket = body.indexOf('[');
    String name = (bracket >= 0 ? body.substring(0, bracket) : body).strip();
    String code = "---";
    if (bracket >= 0) {
      int end = body.indexOf(']', bracket);
      if (end < 0) {
        problems.warn(line, "block code must end with ]; using ---: " + t);
      } else {
        code = body.substring(bracket + 1, end).strip();
        if (!CODE.matcher(code).matches()) {
          problems.warn(line, "block code must be a code; using ---: [" + code + "]");
          code = "---";
        }
        if (body.indexOf('[', end) >= 0) {
          problems.warn(line, "block header has more than one code; using the first: " + t);
        }
      }
    }
    if (name.isEmpty()) {
      problems.warn(line, "block header has no name: " + t);
    }
    return into.block(name.toUpperCase(Locale.ROOT), code, source, line);
  }

  /** Reads a verb line; returns the number of forms added. */
  private static int readVerb(
      String t, VerbDictionary.Builder.BlockBuilder block, int line, Problems problems) {
    String code = null;
    String body = t;
    int bracket = body.indexOf('[');
    if (bracket >= 0) {
      int end = body.indexOf(']', bracket);
      if (end < 0) {
        throw new IllegalArgumentException("verb code must end with ]: " + t);
      }
      code = body.substring(bracket + 1, end).strip();
      if (!CODE.matcher(code).matches()) {
        throw new IllegalArgumentException("verb code must be a code: [" + code + "]");
      }
      body = body.substring(0, bracket) + body.substring(end + 1);
    }
    List<String> irregular = new ArrayList<>();
    int brace = body.indexOf('{');
    if (brace >= 0) {
      int end = body.indexOf('}', brace);
      if (end < 0) {
        throw new IllegalArgumentException("irregular forms must be closed with }: " + t);
      }
      for (String f : body.substring(brace + 1, end).strip().split("\\s+")) {
        if (!f.isEmpty()) {
          irregular.add(f);
        }
      }
      body = body.substring(0, brace) + body.substring(end + 1);
    }
    String verb = body.strip().toUpperCase(Locale.ROOT);
    if (verb.isEmpty()) {
      throw new IllegalArgumentException("verb line must name a verb: " + t);
    }
    VerbShape shape = VerbShape.parse(verb);
    List<VerbShape> forms = new ArrayList<>();
    forms.add(shape);
    for (String f : English.verbForms(shape.head)) {
      forms.add(shape.withHead(f));
    }
    for (String f : irregular) {
      VerbShape s = VerbShape.parse(f.toUpperCase(Locale.ROOT));
      forms.add(s.before.isEmpty() && s.after.isEmpty() ? shape.withHead(s.head) : s);
    }
    int added = 0;
    for (VerbShape s : forms) {
      VerbDictionary.Builder.RawEntry old = block.verb(s.head, s.before, s.after, code, verb, line);
      if (old != null && old.block() != block) {
        problems.warn(line, "verb form " + s.text() + " redefined (was at " + old.where() + ")");
      }
      added++;
    }
    return added == 0 ? 0 : 1;
  }

  /** The words of a verb or form: the head (marked with + or first) and its neighbours. */
  private record VerbShape(List<String> before, String head, List<String> after) {
    static VerbShape parse(String verb) {
      List<String> ws = words(verb);
      if (ws.isEmpty()) {
        throw new IllegalArgumentException("verb must contain a word: " + verb);
      }
      int head = -1;
      for (int i = 0; i < ws.size(); i++) {
        if (ws.get(i).startsWith("+") && ws.get(i).length() > 1) {
          if (head >= 0) {
            throw new IllegalArgumentException("verb must mark at most one word with +: " + verb);
          }
          head = i;
          ws.set(i, ws.get(i).substring(1));
        }
      }
      if (head < 0) {
        head = 0;
      }
      return new VerbShape(
          List.copyOf(ws.subList(0, head)),
          ws.get(head),
          List.copyOf(ws.subList(head + 1, ws.size())));
    }

    VerbShape withHead(String h) {
      return new VerbShape(before, h, after);
    }

    String text() {
      StringBuilder sb = new StringBuilder();
      before.forEach(w -> sb.append(w).append('_'));
      sb.append('+').append(head);
      after.forEach(w -> sb.append('_').append(w));
      return sb.toString();
    }
  }

  /** Splits on blanks and underscores. */
  static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.split("[_\\s]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Parses a pattern line starting with {@code -}. */
  static VerbPattern parsePattern(String t, String source, int line) {
    int open = t.lastIndexOf('[');
    int close = t.lastIndexOf(']');
    if (open < 0 || close < open) {
      throw new IllegalArgumentException("pattern must end with a [code]: " + t);
    }
    String code = t.substring(open + 1, close).strip();
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("pattern code must be a code: [" + code + "]");
    }
    String body = t.substring(1, open).replace("_ ", " ");
    if (body.indexOf('{') >= 0 || body.indexOf('|') >= 0) {
      throw new IllegalArgumentException(
          "pattern must not use TABARI {a|b} alternatives (use a synset): " + t);
    }
    int star = body.indexOf('*');
    if (star < 0 || body.indexOf('*', star + 1) >= 0) {
      throw new IllegalArgumentException("pattern must contain exactly one * for the verb: " + t);
    }
    List<PatternElement> upper = new ArrayList<>();
    StringBuilder tok = new StringBuilder();
    String up = body.substring(0, star).stripLeading();
    for (int i = 0; i < up.length(); i++) {
      char c = up.charAt(i);
      if (c == '_' || Character.isWhitespace(c)) {
        if (tok.length() > 0) {
          upper.add(PatternElement.of(tok.toString(), c == '_'));
          tok.setLength(0);
        } else if (c == '_' && !upper.isEmpty()) {
          PatternElement last = upper.remove(upper.size() - 1);
          upper.add(new PatternElement(last.kind(), last.value(), true));
        }
      } else {
        tok.append(c);
      }
    }
    if (tok.length() > 0) {
      upper.add(PatternElement.of(tok.toString(), true));
      tok.setLength(0);
    }
    List<PatternElement> lower = new ArrayList<>();
    String low = body.substring(star + 1);
    boolean nextTight = false;
    for (int i = 0; i <= low.length(); i++) {
      char c = i < low.length() ? low.charAt(i) : ' ';
      if (c == '_' || Character.isWhitespace(c)) {
        if (tok.length() > 0) {
          lower.add(PatternElement.of(tok.toString(), nextTight));
          tok.setLength(0);
          nextTight = c == '_';
        } else if (c == '_') {
          nextTight = true;
        }
      } else {
        tok.append(c);
      }
    }
    return new VerbPattern(upper, lower, code, t, source, line);
  }
}
