package org.faultline.core.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.faultline.core.dict.ActorDictionary;
import org.faultline.core.dict.AgentCode;
import org.faultline.core.dict.AgentDictionary;
import org.faultline.core.dict.Dictionaries;
import org.faultline.core.dict.DiscardList;
import org.faultline.core.dict.VerbEntry;
import org.faultline.core.dict.VerbPattern;
import org.faultline.core.tree.MalformedParseException;
import org.faultline.core.tree.ParseTree;
import org.faultline.core.tree.TreebankParser;

/**
 * Codes events from parsed sentences with TABARI/PETRARCH dictionaries.
 *
 * <p>For each verb phrase headed by a dictionary verb, the verb's block patterns are tried in
 * dictionary order against the words before and after the verb; the first that matches gives the
 * event code, else the verb's own code applies. The source is a noun phrase the pattern names or
 * else the first coded noun phrase before the verb; the target one the pattern names or else the
 * first coded noun phrase after the verb (then uncoded ones, then ones before the verb). Compound
 * actors give one event per pair, paired codes ({@code 032:033}) give events both ways, passive
 * verbs with a "by" agent swap source and target.
 *
 * <p>Immutable and thread-safe: one instance can code sentences on many threads at once.
 */
public final class PatternCoder {
  private static final int PARSE_START = 2;

  /** Auxiliaries that make a following past participle passive ("was", "got" attacked). */
  private static final Set<String> BE =
      Set.of(
          "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "'S", "'RE", "AM", "'M", "GET", "GETS",
          "GOT", "GOTTEN", "GETTING");

  /** Other auxiliaries a passive chain may pass through ("has been attacked"). */
  private static final Set<String> AUXILIARY = Set.of("HAS", "HAVE", "HAD", "'VE", "HAVING");

  private final Dictionaries dictionaries;
  private final CoderOptions options;

  public PatternCoder(Dictionaries dictionaries, CoderOptions options) {
    this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
    this.options = Objects.requireNonNull(options, "options");
  }

  public CoderOptions options() {
    return options;
  }

  public Dictionaries dictionaries() {
    return dictionaries;
  }

  /** The same coder with other options. */
  public PatternCoder withOptions(CoderOptions o) {
    return new PatternCoder(dictionaries, o);
  }

  /**
   * Codes one sentence given its text (for discards; may be null) and its bracketed parse.
   *
   * @param date the sentence date, for date-restricted actor codes (null: unrestricted codes only)
   */
  public CodingResult code(String text, String parse, LocalDate date) {
    CodingResult discarded = checkDiscards(text);
    if (discarded != null) {
      return discarded;
    }
    ParseTree tree;
    try {
      tree = TreebankParser.parse(parse);
    } catch (MalformedParseException e) {
      return CodingResult.skipped(CodingResult.Outcome.BAD_PARSE, e.getMessage());
    }
    return codeTree(tree, date);
  }

  /** Codes one sentence given its text (for discards; may be null) and its parse tree. */
  public CodingResult code(String text, ParseTree tree, LocalDate date) {
    CodingResult discarded = checkDiscards(text);
    return discarded != null ? discarded : codeTree(tree, date);
  }

  /**
   * Codes one sentence and describes how: the linearized parse with noun-phrase codes, each verb
   * considered, the pattern that matched, and the events. For dictionary authors and for tracing a
   * coded event back to the words behind it.
   */
  public String explain(String text, String parse, LocalDate date) {
    StringBuilder trace = new StringBuilder();
    CodingResult discarded = checkDiscards(text);
    if (discarded != null) {
      return discarded.outcome().label() + ": " + discarded.detail() + "\n";
    }
    ParseTree tree;
    try {
      tree = TreebankParser.parse(parse);
    } catch (MalformedParseException e) {
      return "bad_input_parse: " + e.getMessage() + "\n";
    }
    List<Item> items = Linearizer.linearize(tree);
    if (isDateline(items)) {
      return "dateline\n";
    }
    Run run = new Run(items, date);
    run.trace = trace;
    CodingResult result = run.code();
    trace.append("events:");
    if (result.events().isEmpty()) {
      trace.append(" none");
    }
    for (CodedEvent e : result.events()) {
      trace.append("\n  ").append(e).append("  (verb ").append(e.verbSpan());
      trace.append(e.pattern() == null ? ", verb code" : ", pattern " + e.pattern()).append(')');
    }
    return trace.append('\n').toString();
  }

  private CodingResult checkDiscards(String text) {
    DiscardList.Hit hit = dictionaries.discards().find(text);
    if (hit == null) {
      return null;
    }
    return CodingResult.skipped(
        hit.entry().story()
            ? CodingResult.Outcome.STORY_DISCARD
            : CodingResult.Outcome.SENTENCE_DISCARD,
        hit.entry().phrase());
  }

  private CodingResult codeTree(ParseTree tree, LocalDate date) {
    List<Item> items = Linearizer.linearize(tree);
    if (isDateline(items)) {
      return CodingResult.skipped(CodingResult.Outcome.DATELINE, "sentence starts with a dateline");
    }
    return new Run(items, date).code();
  }

  private static boolean isDateline(List<Item> items) {
    return items.size() > 1
        && items.get(0).kind == Item.OPEN
        && items.get(1).isOpen(Item.NEC)
        && items.get(1).fromPhrase;
  }

  /** One coded location: a code and the tokens it came from. */
  private record Located(String code, TokenSpan span) {}

  /** The state of coding one sentence. */
  private final class Run {
    final List<Item> items;
    final LocalDate date;
    final Set<String> words = new HashSet<>();
    final Map<String, CodedEvent> events = new LinkedHashMap<>();
    final PatternMatcher matcher = new PatternMatcher(dictionaries.verbs());
    final PatternMatcher.Bindings bindings = new PatternMatcher.Bindings();
    StringBuilder trace;

    Run(List<Item> items, LocalDate date) {
      this.items = items;
      this.date = date;
    }

    CodingResult code() {
      CommaClauses.remove(items, options, PARSE_START);
      for (Item it : items) {
        if (it.kind == Item.WORD) {
          words.add(it.word);
        }
      }
      assignCodes();
      if (trace != null) {
        trace.append("parse:");
        int depth = 0;
        for (Item it : items) {
          if (it.kind == Item.CLOSE) {
            depth--;
          }
          if (it.kind != Item.WORD
              && (it.tag.equals("VP") || it.tag.startsWith("S") || it.isNecBracket())) {
            trace.append('\n').append("  ".repeat(Math.max(depth, 0)));
          } else {
            trace.append(' ');
          }
          trace.append(it);
          if (it.kind == Item.OPEN) {
            depth++;
          }
        }
        trace.append('\n');
      }
      checkVerbs();
      List<CodedEvent> out = new ArrayList<>();
      for (CodedEvent e : events.values()) {
        if (options.requireDyad() && (e.source().equals(NULL) || e.target().equals(NULL))) {
          continue;
        }
        out.add(e);
      }
      return new CodingResult(CodingResult.Outcome.CODED, out, "");
    }

    // ------------------------------------------------------------ actors

    void assignCodes() {
      for (int k = 0; k < items.size(); k++) {
        Item open = items.get(k);
        if (!open.isOpen(Item.NE)) {
          continue;
        }
        List<String> phrase = new ArrayList<>();
        for (int j = k + 1; j < items.size() && items.get(j) != open.partner; j++) {
          if (items.get(j).kind == Item.WORD) {
            phrase.add(items.get(j).word);
          }
        }
        open.code = codePhrase(phrase);
      }
    }

    /** The actor code of a noun phrase: its first actor plus every agent, or {@code ---}. */
    String codePhrase(List<String> phrase) {
      if (phrase.isEmpty()) {
        return NULL;
      }
      ActorDictionary.Hit actor = dictionaries.actors().firstActor(phrase, date);
      List<AgentDictionary.Hit> agents =
          dictionaries
              .agents()
              .findAll(
                  phrase,
                  actor == null ? 0 : actor.start(),
                  actor == null ? 0 : actor.start() + actor.length());
      if (agents.isEmpty()) {
        return actor == null ? NULL : actor.code();
      }
      String code = actor == null ? NULL : actor.code();
      for (AgentDictionary.Hit hit : agents) {
        AgentCode agent = hit.entry().code();
        String agc = agent.code();
        boolean duplicate = false;
        for (int at = 0; at + agc.length() <= code.length(); at += 3) {
          if (code.startsWith(agc, at)) {
            duplicate = true;
            break;
          }
        }
        if (duplicate) {
          break;
        }
        code = agent.prefix() ? agc + code : code + agc;
      }
      return code;
    }

    // ------------------------------------------------------------ verbs

    void checkVerbs() {
      int k = PARSE_START;
      while (k < items.size()) {
        Item it = items.get(k);
        if (it.isOpen("VP")
            && k + 2 < items.size()
            && items.get(k + 1).kind == Item.OPEN
            && items.get(k + 1).tag.startsWith("VB")
            && items.get(k + 2).kind == Item.WORD) {
          int vpEnd = indexOf(it.partner, k);
          int verb = k + 2;
          int passiveVerb = passiveVerb(k, vpEnd);
          if (passiveVerb > 0) {
            verb = passiveVerb;
          }
          if (codeVerb(verb, vpEnd, passiveVerb > 0)) {
            k = vpEnd;
          }
        }
        k++;
      }
    }

    int indexOf(Item target, int from) {
      for (int i = from; i < items.size(); i++) {
        if (items.get(i) == target) {
          return i;
        }
      }
      return items.size();
    }

    /**
     * If the verb phrase at {@code vp} is passive, the index of its participle; else 0. Passive
     * means a chain of auxiliaries containing a form of "be" ("was", "has been", "is being") whose
     * last verb phrase is headed by a past participle and contains "by" ("was opposed by
     * Osgiliath").
     */
    int passiveVerb(int vp, int vpEnd) {
      boolean sawBe = false;
      int at = vp;
      int end = vpEnd;
      while (true) {
        Item tag = items.get(at + 1);
        String word = items.get(at + 2).word;
        if (tag.tag.equals("VBN") && sawBe) {
          for (int i = at + 3; i < end; i++) {
            if (items.get(i).kind == Item.WORD && items.get(i).word.equals("BY")) {
              return at + 2;
            }
          }
          return 0;
        }
        boolean be = BE.contains(word);
        sawBe |= be;
        if (!be && !AUXILIARY.contains(word)) {
          return 0;
        }
        int child = childVerbPhrase(at, end);
        if (child < 0) {
          return 0;
        }
        at = child;
        end = indexOf(items.get(child).partner, child);
      }
    }

    /** The first verb phrase directly inside the one at {@code vp} that starts with a verb. */
    int childVerbPhrase(int vp, int vpEnd) {
      int depth = 0;
      for (int i = vp + 1; i < vpEnd; i++) {
        Item it = items.get(i);
        if (it.kind == Item.OPEN) {
          if (depth == 0
              && it.tag.equals("VP")
              && i + 2 < vpEnd
              && items.get(i + 1).kind == Item.OPEN
              && items.get(i + 1).tag.startsWith("VB")
              && items.get(i + 2).kind == Item.WORD) {
            return i;
          }
          depth++;
        } else if (it.kind == Item.CLOSE) {
          depth--;
        }
      }
      return -1;
    }

    /** Tries to code the verb at {@code verb}; true if the verb phrase yielded a code. */
    boolean codeVerb(int verb, int vpEnd, boolean passive) {
      List<VerbEntry> entries = dictionaries.verbs().entries(items.get(verb).word);
      if (entries.isEmpty()) {
        return false;
      }
      VerbEntry entry = null;
      int start = verb;
      int end = verb;
      for (VerbEntry e : entries) {
        int s = matchBefore(verb, e.before());
        int f = matchAfter(verb, e.after(), vpEnd);
        if (s >= 0 && f >= 0) {
          entry = e;
          start = s;
          end = f;
          break;
        }
      }
      if (entry == null) {
        return false;
      }
      Seq upper = Seq.upper(items, start - 1, PARSE_START);
      Seq lower = Seq.lower(items, end + 1, vpEnd);
      VerbPattern matched = null;
      for (VerbPattern p : entry.block().patterns()) {
        if (!words.containsAll(p.literalWords())) {
          continue;
        }
        bindings.clear();
        if (matcher.match(p.upper(), upper, true, bindings)
            && matcher.match(p.lower(), lower, false, bindings)) {
          matched = p;
          break;
        }
      }
      if (matched == null) {
        bindings.clear();
      }
      String code = matched != null ? matched.code() : entry.effectiveCode();
      if (trace != null) {
        trace
            .append("verb ")
            .append(entry.entry())
            .append(" (")
            .append(items.get(verb).word)
            .append(passive ? ", passive" : "")
            .append(") block ")
            .append(entry.block().name())
            .append(": ")
            .append(matched != null ? "pattern " + matched.text() : "no pattern")
            .append(" -> ")
            .append(code)
            .append('\n');
      }
      if (code.equals(NULL)) {
        return false;
      }
      Item source = bindings.source != null ? bindings.source : findSource(upper);
      if (source == null) {
        return true;
      }
      Item target = bindings.target != null ? bindings.target : findTarget(source, upper, lower);
      if (target == null) {
        return true;
      }
      TokenSpan verbSpan = new TokenSpan(items.get(start).token, items.get(end).token + 1);
      makeEvents(source, target, code, passive, verbSpan, matched == null ? null : matched.text());
      return true;
    }

    /** Index of the first of {@code before} words right before the verb, or -1. */
    int matchBefore(int verb, List<String> before) {
      int at = verb;
      for (int i = before.size() - 1; i >= 0; i--) {
        int k = at - 1;
        while (k >= 0 && items.get(k).kind != Item.WORD) {
          k--;
        }
        if (k < 0 || !items.get(k).word.equals(before.get(i))) {
          return -1;
        }
        at = k;
      }
      return at;
    }

    /** Index of the last of {@code after} words right after the verb, or -1. */
    int matchAfter(int verb, List<String> after, int vpEnd) {
      int at = verb;
      for (String w : after) {
        int k = at + 1;
        while (k < vpEnd && items.get(k).kind != Item.WORD) {
          k++;
        }
        if (k >= vpEnd || !items.get(k).word.equals(w)) {
          return -1;
        }
        at = k;
      }
      return at;
    }

    /** The first compound or coded noun phrase before the verb, else the first noun phrase. */
    Item findSource(Seq upper) {
      List<Item> phrases = upper.phrases();
      for (int i = phrases.size() - 1; i >= 0; i--) {
        Item p = phrases.get(i);
        if (p.tag.equals(Item.NEC) || (p.nec == null && coded(p))) {
          return p;
        }
      }
      for (int i = phrases.size() - 1; i >= 0; i--) {
        Item p = phrases.get(i);
        return p.nec != null ? p.nec : p;
      }
      return null;
    }

    Item findTarget(Item source, Seq upper, Seq lower) {
      List<Located> sourceCodes = codes(source);
      String sourceCode = sourceCodes.size() == 1 ? sourceCodes.get(0).code() : null;
      List<Item> after = lower.phrases();
      for (Item p : after) {
        if (p.tag.equals(Item.NEC)) {
          return p;
        }
        if (p.nec == null && coded(p) && !startsWith(p.code, sourceCode)) {
          return p;
        }
      }
      for (Item p : after) {
        if (p.tag.equals(Item.NE) && !coded(p)) {
          return p.nec != null ? p.nec : p;
        }
      }
      List<Item> before = upper.phrases();
      for (Item p : before) {
        Item unit = p.nec != null ? p.nec : p;
        if (unit == source) {
          continue;
        }
        if (unit.tag.equals(Item.NEC) || (coded(unit) && !startsWith(unit.code, sourceCode))) {
          return unit;
        }
      }
      for (Item p : before) {
        Item unit = p.nec != null ? p.nec : p;
        if (unit != source && unit.tag.equals(Item.NE) && !coded(unit)) {
          return unit;
        }
      }
      return null;
    }

    boolean startsWith(String code, String prefix) {
      return prefix != null && code.startsWith(prefix);
    }

    /** An NE whose code names an actor (agent-only codes such as ---GOV do not count). */
    boolean coded(Item ne) {
      return ne.tag.equals(Item.NE) && !ne.code.startsWith(NULL);
    }

    /** The codes a noun phrase or compound stands for, with their token spans. */
    List<Located> codes(Item unit) {
      List<Located> out = new ArrayList<>();
      if (unit.tag.equals(Item.NE)) {
        out.add(new Located(codeOrText(unit), span(unit)));
      } else {
        int k = indexOf(unit, 0);
        for (int j = k + 1; j < items.size() && items.get(j) != unit.partner; j++) {
          Item ne = items.get(j);
          if (ne.isOpen(Item.NE)) {
            String c = codeOrText(ne);
            if (!c.equals(NULL)) {
              out.add(new Located(c, span(ne)));
            }
          }
        }
        if (out.isEmpty()) {
          out.add(new Located(NULL, span(unit)));
        }
      }
      List<Located> expanded = new ArrayList<>(out.size());
      for (Located l : out) {
        if (l.code().indexOf('/') > 0 && !l.code().startsWith("\"")) {
          for (String part : l.code().split("/")) {
            if (!part.isEmpty()) {
              expanded.add(new Located(part, l.span()));
            }
          }
        } else {
          expanded.add(l);
        }
      }
      return expanded;
    }

    String codeOrText(Item ne) {
      if (!ne.code.equals(NULL) || options.newActorLength() == 0) {
        return ne.code;
      }
      StringBuilder sb = new StringBuilder();
      int n = 0;
      int k = indexOf(ne, 0);
      for (int j = k + 1; j < items.size() && items.get(j) != ne.partner; j++) {
        if (items.get(j).kind == Item.WORD) {
          if (n > 0) {
            sb.append(' ');
          }
          sb.append(items.get(j).word);
          n++;
        }
      }
      return n > 0 && n <= options.newActorLength() ? "\"" + sb + "\"" : NULL;
    }

    TokenSpan span(Item phrase) {
      int lo = Integer.MAX_VALUE;
      int hi = -1;
      int k = indexOf(phrase, 0);
      for (int j = k + 1; j < items.size() && items.get(j) != phrase.partner; j++) {
        Item w = items.get(j);
        if (w.kind == Item.WORD && w.token >= 0) {
          lo = Math.min(lo, w.token);
          hi = Math.max(hi, w.token);
        }
      }
      return hi < 0 ? null : new TokenSpan(lo, hi + 1);
    }

    void makeEvents(
        Item source, Item target, String code, boolean passive, TokenSpan verb, String pattern) {
      List<Located> sources = codes(source);
      List<Located> targets = codes(target);
      int colon = code.indexOf(':');
      if (colon > 0) {
        if (sources.get(0).code().equals(NULL) || targets.get(0).code().equals(NULL)) {
          if (targets.get(0).code().equals(NULL)) {
            targets = sources;
          } else {
            sources = targets;
          }
        }
        add(sources, targets, code.substring(0, colon), passive, verb, pattern);
        add(targets, sources, code.substring(colon + 1), passive, verb, pattern);
      } else {
        add(sources, targets, code, passive, verb, pattern);
      }
    }

    void add(
        List<Located> sources,
        List<Located> targets,
        String code,
        boolean passive,
        TokenSpan verb,
        String pattern) {
      for (Located s : sources) {
        for (Located t : targets) {
          if (s.code().equals(t.code())) {
            continue;
          }
          Located from = passive ? t : s;
          Located to = passive ? s : t;
          CodedEvent e =
              new CodedEvent(
                  from.code(),
                  to.code(),
                  code,
                  from.span(),
                  to.span(),
                  verb,
                  pattern,
                  passive,
                  null,
                  null);
          events.putIfAbsent(e.triple(), e);
        }
      }
    }
  }

  private static final String NULL = "---";
}
