package org.faultline.core.coder;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.faultline.core.cameo.ActorCode;
import org.faultline.core.dict.ActorDictionary;
import org.faultline.core.dict.Dictionaries;
import org.faultline.core.dict.DiscardList;
import org.faultline.core.dict.Lexicon;
import org.faultline.core.dict.Lexicon.WordList;
import org.faultline.core.dict.Synset;
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
 * verbs with a "by" agent swap source and target (with clause structure on, passive verbs without
 * one too, their doer found in the phrase the deed happened in).
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

  /**
   * Statement codes that say something only through their content: a statement, a pessimistic or
   * optimistic comment, a policy option considered.
   */
  private static final Set<String> ABOUT_CONTENT = Set.of("010", "012", "013", "014");

  /**
   * Meetings and talks, an intent to hold them, a refusal of them and their halt, whose place is a
   * venue, never a target (a visit's place is its host).
   */
  private static final Set<String> VENUE_CODES =
      Set.of("036", "040", "041", "045", "046", "125", "164");

  /**
   * Statement codes whose content is coded as the statement, aimed at whom the content concerns,
   * instead of the act itself: a pessimistic or optimistic comment, a policy option considered and
   * a denial, whose content is not asserted as done, and an admission, which is an act of its own
   * ("Iran's armed forces admitted that they had shot down the Ukrainian passenger jet": 015).
   */
  private static final Set<String> NOT_ASSERTED = Set.of("012", "013", "014", "015", "016");

  /** Prepositions of a place an act happened in, the core of the two sets below. */
  private static final Set<String> SCENE_PREPOSITIONS =
      Set.of("IN", "INSIDE", "NEAR", "AROUND", "ACROSS", "THROUGHOUT", "THROUGH");

  /** Prepositions whose place is where an event happened and never its target. */
  private static final Set<String> WHERE_PREPOSITIONS = with(SCENE_PREPOSITIONS, "OFF");

  /** Prepositions that, inside a phrase, send its noun somewhere or tie it to someone. */
  static final Set<String> PREPOSITIONS =
      Set.of("TO", "FOR", "WITH", "AGAINST", "ON", "FROM", "BY", "TOWARD", "TOWARDS", "INTO", "AT");

  /**
   * Prepositions before an institution that name it as a landmark where people are ("protesters
   * outside parliament", "crowds near the embassy") rather than a party to the act.
   */
  private static final Set<String> LANDMARK_PREPOSITIONS =
      Set.of("OUTSIDE", "NEAR", "AT", "IN", "INSIDE");

  /** Prepositions whose phrase is what an act is about ("talks on Ukraine"). */
  private static final Set<String> TOPIC_PREPOSITIONS =
      Set.of("ON", "ABOUT", "OVER", "REGARDING", "CONCERNING");

  /**
   * Prepositions of a phrase that says when, not what or to whom ("withdrew from Tigray after the
   * peace deal"): a verb's patterns and targets stop there.
   */
  private static final Set<String> TEMPORAL =
      Set.of("AFTER", "BEFORE", "FOLLOWING", "SINCE", "DURING", "AMID", "DESPITE");

  /** Nouns of a charge whose "of" phrase says what someone is charged with, not with whom. */
  private static final Set<String> CHARGES =
      Set.of("CHARGE", "CHARGES", "SUSPICION", "SUSPICIONS", "ACCUSATION", "ACCUSATIONS");

  /** The days of the week, as news dates acts ("on Friday"). */
  private static final Set<String> DAYS =
      Set.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

  /** Words that end a phrase of time after a preposition ("over the weekend"). */
  private static final Set<String> PERIODS =
      Set.of(
          "WEEKEND",
          "NIGHT",
          "MORNING",
          "AFTERNOON",
          "EVENING",
          "WEEK",
          "MONTH",
          "YEAR",
          "HOLIDAY",
          "HOLIDAYS");

  /** Words between the preposition and the word of a phrase of time ("during the past week"). */
  private static final Set<String> PERIOD_LEADS =
      Set.of("THE", "A", "LAST", "PAST", "THIS", "EARLY", "LATE", "CHRISTMAS", "EASTER", "EID");

  /** Prepositions that open a phrase of time ("over the weekend", "during the night"). */
  private static final Set<String> TIME_PREPOSITIONS =
      Set.of("OVER", "DURING", "IN", "AT", "ON", "THROUGHOUT");

  /** Words that lead a day in a phrase of time ("late on Friday", "last Monday"). */
  private static final Set<String> DAY_LEADS = Set.of("ON", "LAST", "THIS", "LATE", "EARLY");

  /** The words of {@code base} and {@code more}, unmodifiable. */
  private static Set<String> with(Set<String> base, String... more) {
    Set<String> all = new HashSet<>(base);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }

  /** Agent codes of a state's own institutions: government, legislature, judiciary. */
  private static final Set<String> STATE_ROLES = Set.of("GOV", "LEG", "JUD");

  /**
   * CAMEO roots whose events, with no actor named, are the country of the place they happen in:
   * protest (14: "Thousands rallied in Belgrade") and assault (18) with no one named as its target
   * ("A car bomb exploded in Mogadishu"), of which only bombings and acts of terror keep the place
   * when the sentence's events are gathered (see {@code bombing}).
   */
  private static final Set<String> PLACE_ROOTS = Set.of("14", "18");

  /** CAMEO roots of coercion and force: coerce, assault, fight, mass violence. */
  private static final Set<String> FORCE_ROOTS_AND_COERCION = Set.of("17", "18", "19", "20");

  /** CAMEO roots of force: assault, fight, mass violence. */
  private static final Set<String> FORCE_ROOTS = Set.of("18", "19", "20");

  /** Possessive pronouns whose phrase belongs to an actor named before ("its forces"). */
  static final Set<String> POSSESSIVES = Set.of("ITS", "THEIR", "HIS", "HER", "OUR");

  /** Prepositions that introduce the place a sentence is set in. */
  static final Set<String> PLACE_PREPOSITIONS = with(SCENE_PREPOSITIONS, "AT");

  /**
   * Words after which an actor in a noun phrase is not the phrase itself but its place, topic,
   * circumstance or clause ("talks in Geneva", "cooperation amid China's growing military
   * activity", "the view that North Korea's launches...").
   */
  private static final Set<String> NOT_THE_HEAD =
      Stream.of(
              PLACE_PREPOSITIONS,
              TOPIC_PREPOSITIONS,
              PREPOSITIONS,
              Set.of(
                  "VIA", "OFF", "THAT", "WHICH", "WHO", "WHOSE", "AMID", "DESPITE", "UNDER",
                  "AFTER", "BEFORE", "DURING", "OUTSIDE", "ALONG", "BETWEEN", "AMONG"))
          .flatMap(Set::stream)
          .collect(Collectors.toUnmodifiableSet());

  /**
   * CAMEO roots of acts done in words: statements, appeals, demands, disapproval, rejection and
   * threats.
   */
  private static final Set<String> VERBAL_ROOTS = Set.of("01", "02", "10", "11", "12", "13");

  /** Words of sums and counts besides digits (see {@link WordList#CROWDS} for people). */
  private static final Set<String> AMOUNTS =
      Set.of("HUNDRED", "THOUSAND", "MILLION", "BILLION", "TRILLION", "TONNES", "TONS");

  /** Words that negate the verb after them in the same clause. */
  private static final Set<String> NEGATION = Set.of("NOT", "N'T", "NEVER", "CANNOT");

  /** Prepositions of a plan noun's gerund: "no interest in improving ties". */
  private static final Set<String> GERUND_PREPOSITIONS = Set.of("IN", "OF", "FOR");

  /** Words that make the verb after them something its subject must do. */
  private static final Set<String> OBLIGATION = Set.of("MUST");

  /** Words that make a role-only actor one from elsewhere. */
  private static final Set<String> FOREIGN = Set.of("FOREIGN", "FOREIGNERS", "FOREIGNER");

  /** Words after "foreign" that name a state's own office for its foreign affairs. */
  private static final Set<String> FOREIGN_AFFAIRS =
      Set.of(
          "MINISTER",
          "MINISTERS",
          "MINISTRY",
          "MINISTRIES",
          "SECRETARY",
          "AFFAIRS",
          "OFFICE",
          "POLICY",
          "SERVICE",
          "INTELLIGENCE",
          "RELATIONS",
          "COMMITTEE",
          "CHIEF",
          "SPOKESMAN",
          "SPOKESWOMAN",
          "SPOKESPERSON");

  /** Prepositions of time before a participle clause of the subject's own act. */
  private static final Set<String> GERUND_TIMES = Set.of("AFTER", "BEFORE", "WHILE", "SINCE");

  /** Words that open an adverbial clause stating a fact of its own. */
  static final Set<String> SUBORDINATORS =
      Set.of(
          "AFTER",
          "BEFORE",
          "WHEN",
          "WHILE",
          "AS",
          "BECAUSE",
          "SINCE",
          "ALTHOUGH",
          "THOUGH",
          "WHEREAS");

  /**
   * Words that make the clause after them a condition, not a fact: "would not negotiate with the
   * TPLF until it laid down its arms" states no disarmament.
   */
  private static final Set<String> CONDITIONS = Set.of("IF", "UNLESS", "WHETHER", "UNTIL", "ONCE");

  /** Words that make the verb after them something its subject could do. */
  private static final Set<String> POSSIBILITY = Set.of("COULD", "MAY", "MIGHT");

  /** Words that make the verb after them something its subject should do. */
  private static final Set<String> ADVICE = Set.of("SHOULD", "OUGHT");

  /** Verbs whose infinitive complement is something their subject must do ("has to stop"). */
  private static final Set<String> OBLIGATION_HEADS =
      Set.of("HAS", "HAVE", "HAD", "NEED", "NEEDS", "NEEDED");

  /** Words that put the verb after them in the future. */
  private static final Set<String> FUTURE = Set.of("WILL", "WOULD", "'LL", "SHALL", "WO");

  /** Acts of a state's authorities: sentences, administrative sanctions, arrests, expulsions. */
  private static final List<String> AUTHORITY_CODES =
      List.of("115", "116", "172", "173", "174", "175");

  /** Prepositions whose phrase may name the doer of an agentless passive verb. */
  private static final Set<String> AGENT_PREPOSITIONS = Set.of("IN", "DURING", "AMID");

  /** Other auxiliaries a passive chain may pass through ("has been attacked"). */
  private static final Set<String> AUXILIARY = Set.of("HAS", "HAVE", "HAD", "'VE", "HAVING");

  private final Dictionaries dictionaries;
  private final Lexicon lexicon;
  private final CoderOptions options;

  public PatternCoder(Dictionaries dictionaries, CoderOptions options) {
    this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
    this.lexicon = dictionaries.lexicon();
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
    CodingResult result;
    try {
      result = run.code();
    } catch (RuntimeException e) {
      trace.append("coder_error: ").append(e).append('\n');
      StackTraceElement[] frames = e.getStackTrace();
      for (int f = 0; f < Math.min(8, frames.length); f++) {
        trace.append("  at ").append(frames[f]).append('\n');
      }
      return trace.toString();
    }
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
    try {
      return new Run(items, date).code();
    } catch (RuntimeException e) {
      // A fault of the coder on one sentence must not cost the document or the run the rest.
      return CodingResult.skipped(CodingResult.Outcome.CODER_ERROR, e.toString());
    }
  }

  private static boolean isDateline(List<Item> items) {
    return items.size() > 1
        && items.get(0).kind == Item.OPEN
        && items.get(1).isOpen(Item.NEC)
        && items.get(1).fromPhrase;
  }

  /** How an action is stated. */
  private enum Mood {
    FACT,
    INTENT,
    THREAT,
    /** Something someone must do: a demand by whoever says so. */
    DEMAND,
    /** Something someone should do: an appeal by whoever says so. */
    APPEAL,
    /** Something someone could or might do: a threat or an intent if they say so, else nothing. */
    POSSIBLE,
    /** Something done only on a condition ("if Israel attacks"): nothing. */
    CONDITION
  }

  /** One coded location: a code and the tokens it came from. */
  private record Located(String code, TokenSpan span) {}

  /** The state of coding one sentence. */
  private final class Run {
    final List<Item> items;
    final LocalDate date;
    final PhraseCoder phrases;
    final Set<String> words = new HashSet<>();
    final Map<String, CodedEvent> events = new LinkedHashMap<>();

    /** Events of actions someone must or should take: demands or appeals by the speaker. */
    final Set<CodedEvent> demanded = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Events of actions someone could take: theirs to announce, nobody else's to code. */
    final Set<CodedEvent> possible = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * Events of adverbial clauses ("after American strikes on Yemen"): facts of their own, which
     * the intent or threat of a verb whose complement holds them does not change.
     */
    final Set<CodedEvent> adverbial = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The events negated verbs would have coded ("its troops did not fire"), for denials. */
    final List<CodedEvent> denied = new ArrayList<>();

    /**
     * The events of the verb phrase joined by "and" before the one being coded, or none: a
     * target-less act of cooperation or a cut of relations may take its target.
     */
    List<CodedEvent> joined = List.of();

    final PatternMatcher matcher = new PatternMatcher(dictionaries.verbs());
    final PatternMatcher.Bindings bindings = new PatternMatcher.Bindings();
    StringBuilder trace;

    Run(List<Item> items, LocalDate date) {
      this.items = items;
      this.date = date;
      this.phrases = new PhraseCoder(dictionaries, options, date);
    }

    CodingResult code() {
      for (Item it : items) {
        if (it.kind == Item.WORD) {
          words.add(it.word);
        }
      }
      assignCodes();
      if (options.clauseStructure()) {
        placeAnaphors();
        sharedRoles();
      }
      Denial closing = options.clauseStructure() ? closingClauseDenial() : null;
      Located reporter = options.reportedSpeech() ? findReporter(closing) : null;
      CodedEvent denial = closing == null ? null : closingDenial(closing);
      CommaClauses.remove(
          items,
          options,
          PARSE_START,
          ne ->
              items.get(ne).code.length() == 3
                  && country(items.get(ne).code) != null
                  && namesPlace(ne));
      if (trace != null) {
        traceParse();
        if (reporter != null) {
          trace("reported by " + reporter.code());
        }
      }
      checkVerbs();
      List<CodedEvent> out = new ArrayList<>();
      for (CodedEvent e : events.values()) {
        if (options.inferCountries()
            && e.source().equals(NULL)
            && location() != null
            && (Modality.root(e.code()).equals("14") || bombing(e.code()))
            && (Modality.root(e.code()).equals("14")
                || e.target().equals(NULL)
                || e.target().equals(location()))) {
          // "Hundreds of thousands of people marched through Buenos Aires": a crowd protests in
          // its own country; "A car bomb exploded in Mogadishu": a bombing nobody is named for,
          // of no one named, is where it happened.
          boolean here = e.target().equals(location());
          e =
              new CodedEvent(
                  location(),
                  here ? NULL : e.target(),
                  e.code(),
                  e.sourceSpan(),
                  here ? null : e.targetSpan(),
                  e.verbSpan(),
                  e.pattern(),
                  e.passive(),
                  e.reportedBy(),
                  e.reportedBySpan());
        }
        if (reporter != null
            && options.clauseStructure()
            && e.source().equals(NULL)
            && firstPerson(e.sourceSpan())) {
          // "'We will impose sanctions on Russia,' the British foreign secretary said"
          e =
              new CodedEvent(
                  reporter.code(),
                  e.target(),
                  e.code(),
                  e.sourceSpan(),
                  e.targetSpan(),
                  e.verbSpan(),
                  e.pattern(),
                  e.passive(),
                  e.reportedBy(),
                  e.reportedBySpan());
        }
        if (options.requireDyad()
            && (e.source().equals(NULL)
                || (e.target().equals(NULL) && !options.oneActor(e.code())))) {
          continue;
        }
        if (demanded.contains(e)) {
          e = demandBy(e, reporter);
          if (e == null) {
            continue;
          }
        }
        if (possible.contains(e) && (reporter == null || !saysOwn(reporter.code(), e))) {
          continue; // "Russia could attack NATO, analysts said": nobody's act
        }
        if (options.clauseStructure()
            && Modality.root(e.code()).equals("13")
            && !e.code().equals("139")
            && ultimatum()) {
          // "threatened to use force unless the junta reinstated Bazoum within a week"
          trace("  a threat with a condition and a deadline: an ultimatum, 139");
          e = e.withCode("139");
        }
        CodedEvent c = reporter != null && e.reportedBy() == null ? withReporter(e, reporter) : e;
        if (options.inferCountries()) {
          c = withCountries(c);
          if (c == null) {
            continue;
          }
        }
        if (options.clauseStructure()
            && Modality.root(c.code()).equals("14")
            && c.target().length() == 3
            && c.target().equals(country(c.source()))) {
          // "Opposition supporters blocked roads in Maputo": a protest in the protesters' own
          // country is not against that country
          trace("  a protest in its own country: no target");
          c = c.withoutTarget();
        }
        out.add(c);
      }
      if (denial != null && out.stream().noneMatch(e -> e.triple().equals(denial.triple()))) {
        out.add(denial);
      }
      return new CodingResult(CodingResult.Outcome.CODED, out, "");
    }

    /**
     * True if the sentence sets a condition ("if", "unless") and a deadline ("within four days", "a
     * deadline", "an ultimatum"): a threat in it is an ultimatum.
     */
    boolean ultimatum() {
      if (!words.contains("IF") && !words.contains("UNLESS")) {
        return false;
      }
      if (words.contains("ULTIMATUM") || words.contains("DEADLINE")) {
        return true;
      }
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i).kind == Item.WORD && items.get(i).word.equals("WITHIN")) {
          int seen = 0;
          for (int k = i + 1; k < items.size() && seen < 3; k++) {
            if (items.get(k).kind == Item.WORD) {
              if (CommaClauses.TIME_UNITS.contains(items.get(k).word)) {
                return true;
              }
              seen++;
            }
          }
        }
      }
      return false;
    }

    /**
     * True if the code is of an attack nobody need be named for: a bombing (183x) or an act of
     * terror (180). Injuries and killings with no doer named ("A passenger train derailed, killing
     * 30 people and injuring 100") are nobody's.
     */
    boolean bombing(String code) {
      return code.startsWith("183") || code.equals("180");
    }

    /**
     * Gives an actor coded only by its role ({@code ---GOV}) the country of the place the sentence
     * is set in ("in Nairobi"), else the country of the other actor: "protesters urged the
     * government" in a Kenyan story is KENOPP and KENGOV. Null if the event becomes a
     * self-reference.
     */
    CodedEvent withCountries(CodedEvent e) {
      String src = e.source();
      String tgt = e.target();
      String place = location();
      if (src.startsWith(NULL) && src.length() > 3 && !foreign(e.sourceSpan())) {
        String own = options.clauseStructure() ? antecedentCountry(e.sourceSpan()) : null;
        if (own == null && options.clauseStructure()) {
          own = partnerCountry(e.sourceSpan(), tgt);
        }
        String c = own != null ? own : place != null ? place : kin(tgt);
        if (c != null) {
          src = c + src.substring(3);
        }
      }
      if (tgt.startsWith(NULL) && tgt.length() > 3 && !foreign(e.targetSpan())) {
        // whom an army strikes is not its own unless the place says so ("Russian forces shelled
        // Kherson, killing two civilians")
        boolean force =
            options.clauseStructure()
                && src.endsWith("MIL")
                && FORCE_ROOTS.contains(Modality.root(e.code()))
                && !STATE_ROLES.contains(tgt.substring(3)); // a coup is against one's own state
        String c = options.clauseStructure() ? partnerCountry(e.targetSpan(), src) : null;
        if (c == null) {
          c = place != null ? place : force ? null : kin(src);
        }
        if (c == null
            && options.clauseStructure()
            && src.length() == 3
            && Modality.root(e.code()).equals("14")) {
          // "Tens of thousands of Israelis protested against the government's judicial overhaul":
          // a crowd protests against its own authorities
          c = country(src);
        }
        if (c != null) {
          tgt = c + tgt.substring(3);
        }
      }
      if (src.equals(e.source()) && tgt.equals(e.target())) {
        return e;
      }
      if (src.equals(tgt)) {
        return null;
      }
      return new CodedEvent(
          src,
          tgt,
          e.code(),
          e.sourceSpan(),
          e.targetSpan(),
          e.verbSpan(),
          e.pattern(),
          e.passive(),
          e.reportedBy(),
          e.reportedBySpan());
    }

    /**
     * For a phrase at {@code span} that is a member of a compound, the country all the compound's
     * coded members share: "Venezuela's government and the opposition signed an agreement in
     * Barbados" is the Venezuelan opposition, not Barbados'. A state that is the event's other
     * side, {@code other}, lends it nothing ("clashes between the army and Israel"), a part of one
     * does ("Kenya's army and the rebels met"). Null otherwise.
     */
    String partnerCountry(TokenSpan span, String other) {
      int at = span == null ? -1 : wordAt(span.start());
      Item nec = at < 0 || items.get(at).ne == null ? null : items.get(at).ne.nec;
      if (nec == null) {
        return null;
      }
      String shared = null;
      int k = indexOf(nec, 0);
      for (int j = k + 1; j < items.size() && items.get(j) != nec.partner; j++) {
        Item it = items.get(j);
        String c =
            it.isOpen(Item.NE) && coded(it) && !(it.code.length() == 3 && it.code.equals(other))
                ? country(it.code)
                : null;
        if (c != null) {
          if (shared != null && !shared.equals(c)) {
            return null;
          }
          shared = c;
        }
      }
      return shared;
    }

    private String location;
    private boolean locationDone;

    /** The country of the first place named after "in", "at" or "near", or null. */
    String location() {
      if (!locationDone) {
        locationDone = true;
        for (int i = 1; i < items.size(); i++) {
          Item it = items.get(i);
          if (!it.isOpen(Item.NE)) {
            continue;
          }
          if (options.clauseStructure() && wordsOf(i).stream().anyMatch(BORDERS::contains)) {
            continue; // "near the Afghan border" may be on either side of it
          }
          String before = wordBefore(i);
          if (before != null && PLACE_PREPOSITIONS.contains(before)) {
            String c = country(it.code);
            if (c != null && it.code.length() == 3 && (namesPlace(i) || namesSite(i))) {
              location = c;
              break;
            }
          }
          if (options.clauseStructure() && holdsPlacePreposition(i)) {
            String inner = innerPlace(wordsOf(i));
            if (inner != null) {
              location = inner; // "outside the presidential palace in Khartoum"
              break;
            }
          }
        }
      }
      return location;
    }

    /**
     * True if the noun phrase opening at {@code ne} names, as the scene of an act, a site by the
     * place it is in ("a Baghdad market") or a place the parser joined to what follows it ("in
     * Nairobi against police brutality"): after the place, only sites, then nothing or a
     * preposition (news options).
     */
    boolean namesSite(int ne) {
      List<String> phrase = wordsOf(ne);
      ActorDictionary.Hit actor = dictionaries.actors().firstActor(phrase, date);
      if (!options.clauseStructure() || actor == null) {
        return false;
      }
      List<String> rest = withoutDay(phrase.subList(actor.start() + actor.length(), phrase.size()));
      int j = 0;
      while (j < rest.size() && lexicon.contains(WordList.SITES, rest.get(j))) {
        j++;
      }
      return j == rest.size() ? j > 0 : SCENE_BREAKS.contains(rest.get(j));
    }

    /** True if a word after the first of the noun phrase at {@code ne} is a place preposition. */
    boolean holdsPlacePreposition(int ne) {
      List<String> phrase = wordsOf(ne);
      for (int j = 1; j < phrase.size(); j++) {
        if (placePreposition(phrase, j)) {
          return true;
        }
      }
      return false;
    }

    /**
     * True if word {@code j} of {@code phrase} is a preposition of place: one of {@link
     * #PLACE_PREPOSITIONS}, or "on" or "along" before a site the phrase ends with ("a bus on the
     * Abuja-Kaduna highway").
     */
    boolean placePreposition(List<String> phrase, int j) {
      String w = phrase.get(j);
      return PLACE_PREPOSITIONS.contains(w)
          || (options.clauseStructure()
              && (w.equals("ON") || w.equals("ALONG"))
              && j + 1 < phrase.size()
              && lexicon.contains(WordList.SITES, phrase.get(phrase.size() - 1)));
    }

    /**
     * The country of a place a noun phrase ends with after a preposition of place ("the
     * presidential palace in Khartoum", "the US embassy in Nairobi"), or null.
     */
    String innerPlace(List<String> phrase) {
      for (int j = 1; j + 1 < phrase.size(); j++) {
        if (!placePreposition(phrase, j)) {
          continue;
        }
        List<String> rest = phrase.subList(j + 1, phrase.size());
        if (options.clauseStructure()) {
          rest = phrases.hyphensSplit(rest); // "on the Abuja-Kaduna highway"
        }
        ActorDictionary.Hit actor = dictionaries.actors().firstActor(rest, date);
        if (actor == null || actor.code().length() != 3 || country(actor.code()) == null) {
          continue;
        }
        // "in Niger's Tillaberi region": a part of the country by its own name; "on the
        // Abuja-Kaduna highway": a site between two of its places
        List<String> after = rest.subList(actor.start() + actor.length(), rest.size());
        if (options.clauseStructure()) {
          after = withoutDay(after); // "in Nigeria's central Plateau state over the weekend"
          rest = rest.subList(0, actor.start() + actor.length() + after.size());
        }
        boolean named =
            options.clauseStructure()
                && (namedPart(after) || sameCountry(actor, withoutSites(after)));
        boolean place = true;
        for (int w = 0; w < rest.size() && place; w++) {
          boolean inActor = w >= actor.start() && w < actor.start() + actor.length();
          place =
              inActor
                  || (w < actor.start() && lexicon.contains(WordList.PLACE_LEADS, rest.get(w)))
                  || (w >= actor.start()
                      && (named
                          || lexicon.contains(WordList.PLACE_PARTS, rest.get(w))
                          || (options.clauseStructure()
                              && lexicon.contains(WordList.SITES, rest.get(w)))));
        }
        if (place) {
          return country(actor.code());
        }
      }
      return null;
    }

    /**
     * True if the noun phrase opening at {@code ne} is a place: its actor is the last thing it
     * names, or is followed only by words for a part of a place ("the east of the Gaza Strip",
     * "Kenya's capital"), which may end in "of" and the place's own name ("the Indian state of
     * Chhattisgarh"), not by some other head ("Israeli tank shelling").
     */
    boolean namesPlace(int ne) {
      List<String> phrase = wordsOf(ne);
      ActorDictionary.Hit actor = dictionaries.actors().firstActor(phrase, date);
      if (actor == null) {
        return false;
      }
      List<String> rest = phrase.subList(actor.start() + actor.length(), phrase.size());
      if (options.clauseStructure()) {
        rest = withoutDay(rest); // "in northern Burkina Faso on Sunday"
      }
      if (options.clauseStructure() && (namedPart(rest) || sameCountry(actor, rest))) {
        return true; // "Niger's Tillaberi region", "eastern Congo's North Kivu province"
      }
      for (int j = 0; j < rest.size(); j++) {
        if (j > 0 && rest.get(j).equals("OF")) {
          return true; // "the Indian state of Chhattisgarh": the rest is the place's own name
        }
        if (!lexicon.contains(WordList.PLACE_PARTS, rest.get(j))) {
          return j > 0
              && options.clauseStructure()
              && sameCountry(actor, rest.subList(j, rest.size()));
        }
      }
      return true;
    }

    /**
     * The words without a time closing them: a day ("on Sunday", "late on Friday", "last Monday")
     * or a phrase of time after a preposition ("over the weekend", "during the night").
     */
    static List<String> withoutDay(List<String> words) {
      int end = words.size();
      if (end > 0 && PERIODS.contains(words.get(end - 1))) {
        int k = end - 1;
        while (k > 0 && PERIOD_LEADS.contains(words.get(k - 1))) {
          k--;
        }
        return k > 0 && TIME_PREPOSITIONS.contains(words.get(k - 1))
            ? words.subList(0, k - 1)
            : words;
      }
      if (end == 0 || !DAYS.contains(words.get(end - 1))) {
        return words;
      }
      end--;
      while (end > 0 && DAY_LEADS.contains(words.get(end - 1))) {
        end--;
      }
      return words.subList(0, end);
    }

    /**
     * True if the words are one actor of the country's own, a city after the word for it, and at
     * most words for parts of a place after it: "in Haiti's capital Port-au-Prince", "in the
     * Ukrainian capital Kyiv", "in eastern Congo's North Kivu province".
     */
    boolean sameCountry(ActorDictionary.Hit country, List<String> words) {
      ActorDictionary.Hit city = dictionaries.actors().firstActor(words, date);
      if (city == null || city.start() != 0 || !city.code().equals(country.code())) {
        return false;
      }
      for (String w : words.subList(city.length(), words.size())) {
        if (!lexicon.contains(WordList.PLACE_PARTS, w)) {
          return false;
        }
      }
      return true;
    }

    /** The words without the words for sites they end with. */
    List<String> withoutSites(List<String> words) {
      int end = words.size();
      while (end > 0 && lexicon.contains(WordList.SITES, words.get(end - 1))) {
        end--;
      }
      return words.subList(0, end);
    }

    /**
     * True if the words after a country are a part of it by its own name: one or two names and a
     * word for a part of a place ("Niger's Tillaberi region", "Sudan's North Darfur state").
     */
    boolean namedPart(List<String> rest) {
      if (rest.size() < 2 || rest.size() > 3) {
        return false;
      }
      for (String w : rest.subList(0, rest.size() - 1)) {
        if (NOT_NAMES.contains(w) || lexicon.contains(WordList.PLACE_PARTS, w)) {
          return false;
        }
      }
      String last = rest.get(rest.size() - 1);
      return !BORDERS.contains(last) && lexicon.contains(WordList.PLACE_PARTS, last);
    }

    /**
     * The country a role-only actor shares with the other actor of its event: only when the other
     * is itself a part of its country ("police arrested Kenyan protesters"), not the state as a
     * whole ("the government thanked China", "militants attacked Israel").
     */
    String kin(String other) {
      return other.length() > 3 ? country(other) : null;
    }

    /** The country block of a code if it is a known country, else null. */
    String country(String code) {
      if (code.length() >= 3 && ActorCode.isKnownCountry(code.substring(0, 3))) {
        return code.substring(0, 3);
      }
      return null;
    }

    void traceParse() {
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

    /**
     * The actor a whole sentence is attributed to: "according to X", or a final comma clause with a
     * statement verb (", X said", ", said X"), unless that clause is the {@code closing} denial.
     * Null if none or if it has no code.
     */
    Located findReporter(Denial closing) {
      for (int i = 0; i + 1 < items.size(); i++) {
        Item it = items.get(i);
        if (it.kind == Item.WORD && it.word.equals("ACCORDING")) {
          int to = nextWord(i + 1);
          if (to >= 0 && items.get(to).word.equals("TO")) {
            Located l = firstCodedPhrase(to + 1, Math.min(items.size(), to + 6));
            if (l != null) {
              return l;
            }
          }
        }
      }
      int end = lastWord();
      int comma = lastComma(end);
      if (comma < 0) {
        return null;
      }
      if (closing != null) {
        return null; // ", an accusation Kigali denies": the sentence is not Kigali's
      }
      for (int i = comma; i < end; i++) {
        if (items.get(i).kind == Item.WORD && items.get(i).ne == null && statementVerb(i)) {
          // ", officials said", ", said the ministry"; but in ", saying Washington wanted war"
          // the sentence's subject speaks, and what follows is what it says
          return items.get(i - 1).isOpen("VBG") ? null : firstCodedPhrase(comma, end);
        }
      }
      return null;
    }

    /**
     * The denial a closing comma clause makes: an accusation noun (the synset {@code &ACCUSATION}:
     * "a charge", "an accusation", "claims") or "which", an actor, and a verb of the lexicon's
     * {@code denial-verbs} ("a charge New Delhi rejected as baseless", "which Moscow denies"); null
     * if the clause after the comma at {@code comma} is none.
     */
    Denial denialAfter(int comma, int end) {
      Synset accusations = dictionaries.verbs().synset("&ACCUSATION");
      int w = nextWord(comma + 2); // past the comma's own word
      while (w >= 0 && w < end && ARTICLES.contains(items.get(w).word)) {
        w = nextWord(w + 1);
      }
      if (w < 0
          || w >= end
          || !(items.get(w).word.equals("WHICH")
              || (accusations != null
                  && accusations.phrases().contains(List.of(items.get(w).word))))) {
        return null;
      }
      List<Integer> actor = new ArrayList<>();
      for (int v = nextWord(w + 1); v >= 0 && v < end && actor.size() < 8; v = nextWord(v + 1)) {
        String word = items.get(v).word;
        if (lexicon.containsForm(WordList.DENIAL_VERBS, word) && !actor.isEmpty()) {
          Located by = actorOf(actor);
          return by == null ? null : new Denial(by, v);
        }
        if (!DENIAL_ADVERBS.contains(word)) {
          actor.add(v);
        }
      }
      return null;
    }

    /** A closing clause's denial: who denies, and the index of the verb. */
    record Denial(Located by, int verb) {}

    /**
     * The actor the words at these indices name: the coded phrase they are in ("a charge New Delhi
     * rejected"), or what they name as a phrase of their own ("which Moscow denied"); or null.
     */
    Located actorOf(List<Integer> words) {
      Item ne = items.get(words.get(words.size() - 1)).ne;
      if (ne != null && coded(ne)) {
        return codes(ne).get(0);
      }
      List<String> phrase = new ArrayList<>();
      for (int k : words) {
        phrase.add(items.get(k).word);
      }
      String code = phrases.code(phrase);
      if (code.equals(NULL)) {
        return null;
      }
      int first = items.get(words.get(0)).token;
      int last = items.get(words.get(words.size() - 1)).token;
      return new Located(code, new TokenSpan(first, last + 1));
    }

    /**
     * The denial a closing comma clause makes of the accusation the sentence reports, aimed at
     * whoever made it, the subject of the sentence: "Pakistan's foreign ministry accused India of
     * sponsoring terrorism in Balochistan, a charge New Delhi rejected as baseless" is also IND
     * PAKGOV 016. Null if the accuser names no actor or is the denier.
     */
    CodedEvent closingDenial(Denial denial) {
      int clause = -1;
      for (int k = 0; k < denial.verb() && clause < 0; k++) {
        if (items.get(k).isOpen("S")) {
          clause = k;
        }
      }
      int vp = clause < 0 ? -1 : childVerbPhrase(clause);
      Item subject = vp < 0 ? null : subjectOf(clause, vp);
      if (subject == null || codes(subject).get(0).code().equals(NULL)) {
        return null;
      }
      Located accuser = codes(subject).get(0);
      Located denier = denial.by();
      if (accuser.code().equals(denier.code())) {
        return null;
      }
      trace("  a closing denial by " + denier.code() + " of what " + accuser.code() + " said");
      int verb = items.get(denial.verb()).token;
      return new CodedEvent(
          denier.code(),
          accuser.code(),
          "016",
          denier.span(),
          accuser.span(),
          new TokenSpan(verb, verb + 1),
          null,
          false,
          null,
          null);
    }

    /** The denial the clause after the sentence's last comma makes, or null. */
    Denial closingClauseDenial() {
      int end = lastWord();
      int comma = lastComma(end);
      return comma < 0 ? null : denialAfter(comma, end);
    }

    /** The index of the sentence's last word (its period, if it has one). */
    int lastWord() {
      int end = items.size() - 1;
      while (end > 0 && items.get(end).kind == Item.CLOSE) {
        end--;
      }
      return end;
    }

    /** The index of the last comma's opening bracket before {@code end}, or -1. */
    int lastComma(int end) {
      for (int i = end - 1; i >= PARSE_START; i--) {
        if (items.get(i).isOpen(",")) {
          return i;
        }
      }
      return -1;
    }

    int nextWord(int from) {
      for (int i = from; i < items.size(); i++) {
        if (items.get(i).kind == Item.WORD) {
          return i;
        }
      }
      return -1;
    }

    boolean statementVerb(int i) {
      if (i < 1 || items.get(i - 1).kind != Item.OPEN || !items.get(i - 1).tag.startsWith("VB")) {
        return false;
      }
      for (VerbEntry e : dictionaries.verbs().entries(items.get(i).word)) {
        if (e.before().isEmpty() && Modality.root(e.effectiveCode()).equals("01")) {
          return true;
        }
      }
      return false;
    }

    Located firstCodedPhrase(int from, int to) {
      for (int i = from; i < to; i++) {
        Item it = items.get(i);
        if (it.isOpen(Item.NE) || it.isOpen(Item.NEC)) {
          Item unit = it.isOpen(Item.NE) && it.nec != null ? it.nec : it;
          Located l = codes(unit).get(0);
          return l.code().equals(NULL) ? null : l;
        }
      }
      return null;
    }

    // ------------------------------------------------------------ actors

    void assignCodes() {
      for (int k = 0; k < items.size(); k++) {
        Item open = items.get(k);
        if (!open.isOpen(Item.NE)) {
          continue;
        }
        open.code = phrases.code(wordsOf(k));
      }
    }

    /**
     * Gives a state named alone in a compound the role of the compound's last member when that
     * member names a state's people by a plural role: "the U.S. and South Korean ambassadors",
     * which the parser gives as {@code (NP (NP the U.S.) and (NP South Korean ambassadors))}, are
     * both countries' ambassadors (USAGOV, KORGOV), not the United States and the Korean
     * ambassadors.
     */
    void sharedRoles() {
      for (int k = PARSE_START; k < items.size(); k++) {
        Item nec = items.get(k);
        if (!nec.isOpen(Item.NEC)) {
          continue;
        }
        List<Item> members = new ArrayList<>();
        int end = indexOf(nec.partner, k);
        for (int j = k + 1; j < end; j++) {
          if (items.get(j).isOpen(Item.NE) && items.get(j).nec == nec) {
            members.add(items.get(j));
          }
        }
        if (members.size() < 2) {
          continue;
        }
        Item last = members.get(members.size() - 1);
        int lastAt = indexOf(last, k);
        List<String> role = wordsOf(lastAt);
        String head = role.get(role.size() - 1);
        if (last.code.length() != 6 || country(last.code) == null || !head.endsWith("S")) {
          continue;
        }
        for (Item m : members.subList(0, members.size() - 1)) {
          if (m.code.length() == 3 && country(m.code) != null && wholeState(indexOf(m, k))) {
            trace("  " + m.code + " shares the role of " + last.code);
            m.code = m.code + last.code.substring(3);
          }
        }
      }
    }

    /** True if the phrase at {@code ne} is the name of a state and nothing else ("the U.S."). */
    boolean wholeState(int ne) {
      List<String> words = wordsOf(ne);
      ActorDictionary.Hit actor = dictionaries.actors().firstActor(words, date);
      return actor != null
          && actor.start() + actor.length() == words.size()
          && (actor.start() == 0 || (actor.start() == 1 && words.get(0).equals("THE")));
    }

    /**
     * Codes a place named by a definite description of a state after a preposition ("live-fire
     * exercises in six zones around the island", "protests across the country"), or of two words
     * right after a verb ("drills encircling the island"), as the last state named before it that
     * is not the subject of its own clause: "Taiwan put its forces on high alert as China began
     * live-fire exercises in six zones around the island" is China's exercises around Taiwan. Only
     * words of {@code state-anaphors} that name no role (not "the army") count.
     */
    void placeAnaphors() {
      for (int k = PARSE_START; k < items.size(); k++) {
        Item ne = items.get(k);
        if (!ne.isOpen(Item.NE) || !ne.code.equals(NULL) || ne.nec != null) {
          continue;
        }
        int close = indexOf(ne.partner, k);
        if (close - k < 3
            || !lexicon.contains(WordList.STATE_ANAPHORS, items.get(close - 1).word)) {
          continue; // "the island" at least, ending in a word for a state
        }
        List<String> words = wordsOf(k);
        int n = words.size();
        String last = words.get(n - 1);
        boolean afterPreposition =
            n == 2
                ? items.get(k - 1).isClose("IN")
                    || items.get(k - 2).isClose("IN")
                    // the object of a verb: "drills encircling the island"
                    || (items.get(k - 1).kind == Item.CLOSE
                        && items.get(k - 1).tag.startsWith("VB"))
                : n > 2 && PLACE_PREPOSITIONS.contains(words.get(n - 3));
        if (!words.get(n - 2).equals("THE")
            || !afterPreposition
            || !lexicon.contains(WordList.STATE_ANAPHORS, last)
            || !phrases.code(List.of(last)).equals(NULL)) {
          continue;
        }
        int clause = enclosingClause(k);
        Item subject = clause < 0 ? null : subjectOf(clause, k);
        String own = subject == null || !coded(subject) ? null : subject.code;
        for (int j = k - 1; j >= PARSE_START; j--) {
          Item before = items.get(j);
          if (before.isOpen(Item.NE)
              && before.code.length() == 3
              && country(before.code) != null
              && !before.code.equals(own)) {
            trace("the place " + String.join(" ", words) + " is " + before.code);
            ne.code = before.code;
            break;
          }
        }
      }
    }

    // ------------------------------------------------------------ verbs

    void checkVerbs() {
      for (CodedEvent e : codeRange(PARSE_START, items.size())) {
        events.putIfAbsent(e.triple(), e);
      }
    }

    /** Codes the verb phrases in {@code [from, to)}, skipping the inside of each coded one. */
    List<CodedEvent> codeRange(int from, int to) {
      List<CodedEvent> out = new ArrayList<>();
      List<CodedEvent> sibling = List.of();
      int siblingParent = -1;
      List<CodedEvent> outerJoined = joined;
      int k = from;
      while (k < to) {
        if (isVerbPhrase(k)) {
          int vpEnd = indexOf(items.get(k).partner, k);
          int parent = options.clauseStructure() ? enclosingOpen(k) : -1;
          joined = parent >= 0 && parent == siblingParent ? sibling : List.of();
          List<CodedEvent> coded = codeVerbPhrase(k, vpEnd);
          if (coded != null) {
            if (options.clauseStructure()) {
              coded = new ArrayList<>(withSiblingTarget(coded, joined));
              sibling = coded;
              siblingParent = parent;
            }
            if (options.clauseStructure()) {
              List<CodedEvent> facts = adverbialClauses(k, vpEnd, coded);
              adverbial.addAll(facts);
              out.addAll(coded);
              out.addAll(facts);
            } else {
              out.addAll(coded);
            }
            k = vpEnd;
            if (options.clauseStructure() && hungGerund(parent, vpEnd)) {
              // "refused to rule out sending troops", parsed (VP (VP rule out) (S sending ...)):
              // the gerund is the coded verb's complement, done or not as that verb says
              k = indexOf(items.get(vpEnd + 1).partner, vpEnd + 1);
            }
          }
        }
        k++;
      }
      joined = outerJoined;
      return out;
    }

    /**
     * True if right after the verb phrase ending at {@code vpEnd} comes a gerund clause that the
     * parser hung on the verb phrase's parent, a verb phrase with no verb of its own: {@code (VP
     * (VP (VB rule) (PRT out)) (S (VP (VBG sending) ...)))}.
     */
    boolean hungGerund(int parent, int vpEnd) {
      return parent >= 0
          && items.get(parent).isOpen("VP")
          && items.get(parent + 1).isOpen("VP")
          && vpEnd + 3 < items.size()
          && items.get(vpEnd + 1).isOpen("S")
          && items.get(vpEnd + 2).isOpen("VP")
          && items.get(vpEnd + 3).isOpen("VBG");
    }

    /**
     * "The Colombian president accused Israel of genocide and cut diplomatic ties": a cut of
     * relations with no one named, in a verb phrase joined to one whose act had a target, is a cut
     * with that target; and "Putin held talks with Kim and signed a mutual defence pact": so is an
     * act of cooperation joined to one. Other events are returned as they are, but for target-less
     * ones whose code needs a target, which are dropped.
     */
    List<CodedEvent> withSiblingTarget(List<CodedEvent> coded, List<CodedEvent> sibling) {
      if (sibling.isEmpty()
          || coded.isEmpty()
          || !coded.stream().allMatch(e -> e.target().equals(NULL))) {
        return coded;
      }
      List<CodedEvent> out = new ArrayList<>();
      for (CodedEvent e : coded) {
        for (CodedEvent s : sibling) {
          if (s.source().equals(e.source())
              && !s.target().equals(NULL)
              && joins(e.code(), s.code())) {
            trace("  no target: the joined verb phrase's, " + s.target());
            out.add(
                new CodedEvent(
                    e.source(),
                    s.target(),
                    e.code(),
                    e.sourceSpan(),
                    s.targetSpan(),
                    e.verbSpan(),
                    e.pattern(),
                    e.passive(),
                    e.reportedBy(),
                    e.reportedBySpan()));
          }
        }
      }
      return out.isEmpty() ? coded.stream().filter(e -> options.oneActor(e.code())).toList() : out;
    }

    /**
     * True if an act coded {@code code} may take the target of a joined act coded {@code before}: a
     * cut of relations after any act, cooperation (03-08) after cooperation (01-08).
     */
    boolean joins(String code, String before) {
      String root = Modality.root(code);
      if (root.equals("16")) {
        return true;
      }
      return root.compareTo("03") >= 0
          && root.compareTo("08") <= 0
          && Modality.root(before).compareTo("08") <= 0;
    }

    /** True if a target-less act coded {@code code} may wait for the target of a joined one. */
    boolean awaitsJoined(String code) {
      return options.clauseStructure()
          && joined.stream().anyMatch(s -> !s.target().equals(NULL) && joins(code, s.code()));
    }

    /**
     * The events of the adverbial clauses of a coded verb phrase ("Israel struck Gaza after Hamas
     * fired rockets at Tel Aviv"): its own verb's patterns never read them.
     */
    List<CodedEvent> adverbialClauses(int vp, int vpEnd, List<CodedEvent> coded) {
      List<CodedEvent> out = new ArrayList<>();
      for (int i = vp + 1; i + 2 < vpEnd; i++) {
        if (adverbialAt(i)
            || (items.get(i).isOpen("S") && (participleAdjunct(i) || gerundAdjunct(i)))
            || misattached(i)) {
          int end = indexOf(items.get(i).partner, i);
          List<CodedEvent> clause = codeRange(i, end);
          if (items.get(i - 1).isClose(",") && participleAdjunct(i)) {
            clause = consequences(clause, coded);
          }
          out.addAll(clause);
          i = end;
        }
      }
      return out;
    }

    /**
     * The events of a participle clause after a comma, less the harm that followed from a use of
     * force the verb already coded: "Kenyan police fired live bullets at protesters, killing five
     * people" is one act of repression, not a second one of fighting. Only harm of no kind of its
     * own goes (180, 182, 190, 1712, and a mass killing told by "killing"): taking hostages or
     * killing commanders stays. Whom it befell is the target of a force of the verb's with none
     * ("Myanmar's junta bombed overnight, killing 20 villagers"). Each such force is changed in
     * {@code coded}.
     */
    List<CodedEvent> consequences(List<CodedEvent> clause, List<CodedEvent> coded) {
      List<CodedEvent> out = new ArrayList<>();
      for (CodedEvent e : clause) {
        if (demandOfProtest(e, coded) || restatedYield(e, coded)) {
          continue;
        }
        int force = -1;
        for (int j = 0; j < coded.size() && force < 0; j++) {
          CodedEvent c = coded.get(j);
          if (c.source().equals(e.source())
              && FORCE_ROOTS_AND_COERCION.contains(Modality.root(c.code()))) {
            force = j;
          }
        }
        if (force < 0 || !(HARM.contains(e.code()) || killing(e))) {
          out.add(e);
          continue;
        }
        CodedEvent c = coded.get(force);
        trace("  " + e + ": what followed from " + c + ", no event of its own");
        if (c.target().equals(NULL) && !e.target().equals(NULL)) {
          coded.set(force, aimedLike(c, c.code(), e));
        }
      }
      return out;
    }

    /**
     * True if {@code e}, a concession (08) in a participle clause after a comma, restates one the
     * verb coded by the same actor: "The last Israeli soldiers left the Gaza Strip, ending 38 years
     * of occupation" is one withdrawal; "Egypt reopened the Rafah crossing, easing a blockade" one
     * easing of it.
     */
    boolean restatedYield(CodedEvent e, List<CodedEvent> coded) {
      return Modality.root(e.code()).equals("08")
          && coded.stream()
              .anyMatch(c -> c.source().equals(e.source()) && Modality.root(c.code()).equals("08"));
    }

    /**
     * True if {@code e} is a mass killing (202) told by a verb of the block KILL ("killing",
     * "wiping out"): "Syrian government forces used sarin gas against rebel-held suburbs of
     * Damascus, killing more than 1,400 people" says how many the attack killed; "massacring"
     * (MASSACRE) would still be a deed of its own.
     */
    boolean killing(CodedEvent e) {
      int at = wordAt(e.verbSpan().start());
      return e.code().equals("202")
          && at >= 0
          && dictionaries.verbs().entries(items.get(at).word).stream()
              .anyMatch(v -> v.block().name().equals("KILL"));
    }

    /**
     * True if {@code e}, a demand in a participle clause after a comma, says what a protest of the
     * verb's by the same actor was for: "Armenian protesters blocked roads in Yerevan, demanding
     * the resignation of the prime minister" is one blockade for a change of leadership (1441), at
     * whom the demand is aimed, not a blockade and a demand. The protest in {@code coded} takes the
     * demand's target if it had none, and the leaf of its kind (141-145 with 1041-1044: 14x1 to
     * 14x4).
     */
    boolean demandOfProtest(CodedEvent e, List<CodedEvent> coded) {
      if (!Modality.root(e.code()).equals("10")) {
        return false;
      }
      for (int j = 0; j < coded.size(); j++) {
        CodedEvent c = coded.get(j);
        if (!c.source().equals(e.source())
            || !Modality.root(c.code()).equals("14")
            || !(c.target().equals(NULL)
                || c.target().equals(e.target())
                || c.target().equals(country(e.target())) // "roads in Yerevan"
                // "the prime minister" (---GOV), whose country is the place's
                || (c.target().length() == 3 && e.target().startsWith(NULL)))) {
          continue;
        }
        String code = c.code();
        if (code.length() == 3
            && code.compareTo("141") >= 0
            && code.compareTo("145") <= 0
            && e.code().length() == 4
            && e.code().startsWith("104")
            && e.code().charAt(3) >= '1'
            && e.code().charAt(3) <= '4') {
          code = code + e.code().charAt(3);
        }
        if (code.equals(c.code()) && e.target().equals(NULL)) {
          return false; // a demand that adds neither whom nor what for stays its own event
        }
        trace("  " + e + ": what the protest " + c + " demands, " + code);
        coded.set(j, aimedLike(c, code, e));
        return true;
      }
      return false;
    }

    /** The event {@code c} with the code {@code code} and the target of {@code other}. */
    CodedEvent aimedLike(CodedEvent c, String code, CodedEvent other) {
      return new CodedEvent(
          c.source(),
          other.target(),
          code,
          c.sourceSpan(),
          other.targetSpan(),
          c.verbSpan(),
          c.pattern(),
          c.passive(),
          c.reportedBy(),
          c.reportedBySpan());
    }

    /**
     * The opening of the innermost adverbial clause the item at {@code at} is in, or -1 if it is in
     * none.
     */
    int adverbialClauseOf(int at) {
      for (int k = at - 1; k >= PARSE_START; k--) {
        if (items.get(k).isOpen("SBAR")
            && adverbialAt(k)
            && indexOf(items.get(k).partner, k) > at) {
          return k;
        }
      }
      return -1;
    }

    /** Whether an adverbial clause ("after rebels seized power") opens at item {@code i}. */
    boolean adverbialAt(int i) {
      if (!items.get(i).isOpen("SBAR") || i + 3 >= items.size()) {
        return false;
      }
      if (items.get(i + 1).isOpen("IN")) {
        return SUBORDINATORS.contains(items.get(i + 2).word);
      }
      if (options.clauseStructure()
          && (items.get(i + 1).isOpen("NP") || items.get(i + 1).isOpen(Item.NE))) {
        // "expelled aid agencies on Wednesday, hours after the court issued a warrant": (SBAR
        // (NP hours) (IN after) (S ...)), a measure of time before the subordinator
        return CommaClauses.measuredClause(items, i, SUBORDINATORS::contains);
      }
      // "were killed when Israeli air strikes hit a refugee camp"; not a question with a modal
      // ("declined to say when Putin would travel abroad")
      return items.get(i + 1).isOpen("WHADVP")
          && items.get(i + 2).isOpen("WRB")
          && items.get(i + 3).word != null
          && items.get(i + 3).word.equals("WHEN")
          && !modalClause(i);
    }

    /** True if the first verb phrase inside the bracket at {@code i} opens with a modal. */
    boolean modalClause(int i) {
      int end = indexOf(items.get(i).partner, i);
      for (int k = i + 1; k + 1 < end; k++) {
        if (items.get(k).isOpen("VP")) {
          return items.get(k + 1).isOpen("MD");
        }
      }
      return false;
    }

    /**
     * Where the words a verb's patterns read end: the end of its phrase or, with clause structure,
     * the first adverbial clause in it, which is coded on its own ("The African Union suspended
     * Gabon after military officers seized power" is no seizure of power by the Union).
     */
    int patternEnd(int from, int vpEnd) {
      if (options.clauseStructure()) {
        for (int i = from; i + 2 < vpEnd; i++) {
          if (items.get(i).kind != Item.OPEN) {
            continue;
          }
          if (adverbialAt(i)
              || (items.get(i).isOpen("PP")
                  // "following" is often tagged a participle: (PP (VBG following) (NP ...))
                  && (items.get(i + 1).isOpen("IN") || items.get(i + 1).isOpen("VBG"))
                  && TEMPORAL.contains(items.get(i + 2).word))
              || (items.get(i).isOpen("ADVP")
                  && items.get(i + 1).isOpen("RB")
                  && "AHEAD".equals(items.get(i + 2).word))) {
            return i; // "deployed Rangers in Islamabad ahead of a march by Khan's supporters"
          }
        }
      }
      return vpEnd;
    }

    /**
     * Where a clause describing a noun opens in {@code [from, end)} ("detained a man suspected of
     * plotting to kill Zelensky"), or {@code end}: a verb's patterns do not read what describes its
     * object (the target may still come from there: "the plan proposed by Ukraine"), except what a
     * vehicle carries ("ships carrying relief supplies", the lexicon's {@code cargo-verbs}).
     */
    int nounClauseStart(int from, int end) {
      // one pass with the open brackets on a stack: the parent of each phrase is its top
      ArrayDeque<String> open = new ArrayDeque<>();
      for (int i = from; i < end; i++) {
        Item it = items.get(i);
        if (it.kind == Item.OPEN) {
          if (it.tag.equals("VP")
              && "NP".equals(open.peek())
              && i + 2 < end
              && items.get(i + 1).tag != null
              && items.get(i + 1).tag.startsWith("VB")
              && !lexicon.containsForm(WordList.CARGO_VERBS, items.get(i + 2).word)) {
            return i;
          }
          open.push(it.tag);
        } else if (it.kind == Item.CLOSE && !open.isEmpty()) {
          open.pop();
        }
      }
      return end;
    }

    /**
     * Where a condition ("threatened to strike if the government failed to reverse a rise in
     * tariffs" threatens no sanctions) or a participle clause after a comma, which is coded on its
     * own ("rejected the demand, saying it was not in her power to grant" rejects no aid), opens in
     * {@code [from, end)}, or {@code end}: a verb's patterns do not read them.
     */
    int asideStart(int from, int end) {
      for (int i = from; i + 3 < end; i++) {
        if (items.get(i).isOpen("SBAR")
                && items.get(i + 1).isOpen("IN")
                && CONDITIONS.contains(items.get(i + 2).word)
            || items.get(i).isOpen(",") && CommaClauses.startsParticipleClause(items, i + 3)) {
          return i;
        }
      }
      return end;
    }

    /**
     * The words after the verb a target not named by its pattern is looked for in: {@link
     * VerbMatch#lower} up to a participle clause after a comma when a noun phrase comes before it.
     * Whom that clause names is no target of a verb with an object of its own ("declared martial
     * law in a televised address, accusing the opposition of anti-state activities" imposes no
     * martial law on the opposition; "set fire to factories ..., angered by China's deployment of
     * the oil rig" is no protest against China). Without an object the clause may still name it
     * ("attacked overnight, killing five civilians in Kharkiv"), and a protest's demand says whom
     * it is against ("marched through Santiago ..., demanding the resignation of President
     * Pinera").
     */
    Seq targetLower(VerbMatch m) {
      if (!options.clauseStructure()) {
        return m.lower;
      }
      int participle = participleAfterObject(m.end + 1, m.lowerEnd);
      if (participle == m.lowerEnd
          || (Modality.root(m.code).equals("14") && demands(participle + 3, m.lowerEnd))) {
        return m.lower;
      }
      return Seq.lower(items, m.end + 1, participle);
    }

    /** True if the first word in {@code [from, end)} is a verb of a block coding a demand (10). */
    boolean demands(int from, int end) {
      for (int i = from; i < end; i++) {
        Item it = items.get(i);
        if (it.kind == Item.WORD) {
          return dictionaries.verbs().entries(it.word).stream()
              .anyMatch(v -> Modality.root(v.block().code()).equals("10"));
        }
      }
      return false;
    }

    /**
     * Where a participle clause after a comma opens in {@code [from, end)} when a noun phrase comes
     * before it, or {@code end}.
     */
    int participleAfterObject(int from, int end) {
      boolean object = false;
      for (int i = from; i + 3 < end; i++) {
        if (items.get(i).isOpen(Item.NE)) {
          object = true;
        } else if (object
            && items.get(i).isOpen(",")
            && (CommaClauses.startsAnyParticipleClause(items, i + 3)
                // the parser hung it on a noun: "(NP province , (VP angered ...))"
                || (i + 4 < end && participlePhrase(i + 3)))) {
          return i;
        }
      }
      return end;
    }

    boolean isVerbPhrase(int k) {
      return items.get(k).isOpen("VP")
          && k + 2 < items.size()
          && items.get(k + 1).kind == Item.OPEN
          && items.get(k + 1).tag.startsWith("VB")
          && items.get(k + 2).kind == Item.WORD;
    }

    /** A dictionary verb matched in a verb phrase, before its events are made. */
    private final class VerbMatch {
      int vp;
      int vpEnd;
      int start;
      int end;
      boolean passive;

      /** Passive without a "by" phrase ("were killed in Israeli shelling"); news options only. */
      boolean agentless;

      VerbEntry entry;
      VerbPattern pattern;
      String code;
      Item source;
      Item target;
      Seq upper;

      /**
       * The words before the verb its patterns read: {@link #upper} up to the start of the
       * adverbial clause the verb is in, if it is in one.
       */
      Seq patternUpper;

      Seq lower;

      /** Where {@link #lower} ends. */
      int lowerEnd;
    }

    /**
     * Codes the verb phrase at {@code vp}: the events it yields, or null if its verb is not a
     * dictionary verb with a code here (then the verbs inside it are tried on their own).
     */
    List<CodedEvent> codeVerbPhrase(int vp, int vpEnd) {
      VerbMatch m = matchVerb(vp, vpEnd);
      if (m == null) {
        return null;
      }
      if (ordering(m)) {
        List<CodedEvent> ordered = orderedAbroad(m);
        if (ordered != null) {
          return ordered;
        }
        if (m.code.equals(NULL) && !codedByActorOnly(m)) {
          return null;
        }
      }
      if (m.code.equals(NULL)) {
        return codedByActor(m);
      }
      String root = Modality.root(m.code);
      Mood mood = options.modality() ? mood(m) : Mood.FACT;
      if (options.negation() && negated(m) && !patternNamesNegation(m.pattern)) {
        String refusal =
            mood == Mood.INTENT || mood == Mood.THREAT ? Modality.refusal(m.code) : null;
        if (refusal == null) {
          trace("  negated: no event");
          if (options.clauseStructure()
              && options.reportedSpeech()
              && mood == Mood.FACT
              && deniedDeed(m)) {
            denied.addAll(eventsOf(m));
          }
          return List.of();
        }
        trace("  negated " + mood + ": " + m.code + " -> " + refusal);
        m.code = refusal;
        return eventsOf(m);
      }
      if (options.clauseStructure() && root.equals("10") && indicativeThat(m.end + 1, m.vpEnd)) {
        // "insisting that the African Union force there was sufficient": a claim, no demand
        trace("  a that-clause of a fact: no demand");
        return List.of();
      }
      boolean statement = options.reportedSpeech() && root.equals("01");
      boolean intent =
          options.modality()
              && (root.equals("03") || lexicon.contains(WordList.INTENT_VERBS, lemma(m)));
      boolean threat =
          options.modality()
              && (root.equals("13") || lexicon.contains(WordList.THREAT_VERBS, lemma(m)));
      if (options.clauseStructure() && root.equals("01")) {
        // "The G7 issued a statement condemning Russia": what the statement does is the act
        List<CodedEvent> written = authoredActs(m);
        if (!written.isEmpty()) {
          trace("  a text's act: " + written.size() + " events");
          return written;
        }
      }
      if (m.pattern != null
          && options.reportedSpeech()
          && options.clauseStructure()
          && Modality.root(m.entry.effectiveCode()).equals("01")) {
        // "Erdogan said Israel must withdraw its troops": the complement's own demand (1056) says
        // more than the statement pattern's "+ MUST" (100).
        List<CodedEvent> inner = codeRange(m.end + 1, m.vpEnd);
        if (!inner.isEmpty() && inner.stream().allMatch(demanded::contains)) {
          return fromComplement(m, "01", inner);
        }
      }
      int complement =
          m.pattern != null && options.clauseStructure() && intent && !threat
              ? complementAfter(m.end + 1, m.vpEnd)
              : -1;
      if (complement >= 0) {
        // "pledged to deepen their partnership at a summit in Beijing": the verb's own pattern
        // read a word of its complement ("summit"); the complement's verb says what is promised,
        // if the dictionaries know it ("agreed to resolve their dispute through talks mediated by
        // Turkey": not the mediation of the talks). A phrase of time, place or partner may come
        // first ("agreed on Monday to impose new sanctions on Iran over its supply of drones").
        List<CodedEvent> inner =
            knownComplementVerb(complement) ? codeRange(complement, m.vpEnd) : List.of();
        if (!inner.isEmpty()) {
          return fromComplement(m, "03", inner);
        }
      }
      // a pattern that makes its verb one of saying that ("concluded that": 010) leaves the
      // content to the complement, as a verb of saying without a pattern does
      boolean saying =
          m.pattern != null
              && statement
              && m.pattern.code().equals("010")
              && m.pattern.literalWords().contains("THAT");
      if ((m.pattern == null || saying) && (statement || intent || threat)) {
        int deniedBefore = denied.size();
        List<CodedEvent> inner = codeRange(m.end + 1, m.vpEnd);
        if (!inner.isEmpty()) {
          return fromComplement(m, statement ? "01" : threat ? "13" : "03", inner);
        }
        if (statement && m.code.startsWith("01") && denied.size() > deniedBefore) {
          List<CodedEvent> denial = denials(m, denied.subList(deniedBefore, denied.size()));
          if (!denial.isEmpty()) {
            return denial;
          }
        }
        if (statement && ABOUT_CONTENT.contains(m.code.substring(0, 3))) {
          // A bare "said", "hoped" or "considered" is no event without its content; a denial, an
          // admission or condolences are acts of their own.
          trace("  statement without content: no event");
          return List.of();
        }
      }
      if (options.clauseStructure()
          && lexicon.contains(WordList.ASPECT_VERBS, lemma(m))
          && clauseAt(m.end + 1)) {
        List<CodedEvent> inner = codeRange(m.end + 1, m.vpEnd);
        if (!inner.isEmpty()) {
          trace("  aspectual verb: " + inner.size() + " events from the complement");
          return inner;
        }
      }
      if (mood == Mood.CONDITION) {
        trace("  on a condition: no event");
        return List.of();
      }
      if (mood == Mood.POSSIBLE) {
        String mapped = Modality.future(m.code);
        if (mapped == null) {
          trace("  possible " + m.code + ": no event");
          return List.of();
        }
        trace("  possible: " + m.code + " -> " + mapped + " if its actor says so");
        m.code = mapped;
        List<CodedEvent> out = eventsOf(m);
        possible.addAll(out);
        return out;
      }
      if (mood == Mood.DEMAND || mood == Mood.APPEAL) {
        m.code = mood == Mood.DEMAND ? Modality.demand(m.code) : Modality.appeal(m.code);
        trace("  " + mood + ": " + m.code + " by whoever says so");
        List<CodedEvent> out = eventsOf(m);
        demanded.addAll(out);
        return out;
      }
      if (mood != Mood.FACT) {
        String mapped = mood == Mood.THREAT ? Modality.threat(m.code) : Modality.future(m.code);
        if (mapped != null) {
          trace("  " + mood + ": " + m.code + " -> " + mapped);
          m.code = mapped;
        }
      } else if (options.clauseStructure()
          && (m.code.equals("190") || m.code.equals("180"))
          && m.entry.block().name().equals("KILL")) {
        long killed = killedCount(m);
        if (killed >= MASS_KILLING) {
          // "Gang members killed at least 184 people in Port-au-Prince": a mass killing
          trace("  " + killed + " killed: a mass killing, 202");
          m.code = "202";
        }
      }
      return mood == Mood.FACT ? atThirdPlace(m, eventsOf(m)) : eventsOf(m);
    }

    /**
     * The events of a meeting (040) held in a country of neither side, as meetings at a third
     * location (044): "Trump and Kim Jong Un met in Singapore", "Lavrov met Kerry in Geneva". The
     * place is a phrase after "in" or "at" in the verb phrase naming a place of a known country
     * that is no participant's; each event whose source and target both have a country is recoded.
     */
    List<CodedEvent> atThirdPlace(VerbMatch m, List<CodedEvent> events) {
      if (!options.clauseStructure() || !m.code.equals("040")) {
        return events;
      }
      String place = null;
      for (int k = m.end + 1; k < m.vpEnd && place == null; k++) {
        Item ne = items.get(k);
        String word = wordBefore(k);
        if (ne.isOpen(Item.NE)
            && ne.code.length() == 3
            && ("IN".equals(word) || "AT".equals(word))
            && namesPlace(k)) {
          place = country(ne.code);
        }
      }
      if (place == null) {
        return events;
      }
      for (CodedEvent e : events) {
        if (place.equals(country(e.source())) || place.equals(country(e.target()))) {
          return events; // "Erdogan and Putin met Syrian President Bashar al-Assad in Sochi"
        }
      }
      List<CodedEvent> out = new ArrayList<>();
      for (CodedEvent e : events) {
        if (country(e.source()) != null && country(e.target()) != null) {
          trace("  a meeting in a country of neither side (" + place + "): 044");
          e = e.withCode("044");
        }
        out.add(e);
      }
      return out;
    }

    /**
     * True if a verb phrase's first clause in {@code [from, end)} is a "that"-clause whose verb is
     * in the past or present tense ("insisted that the force was sufficient"), not the base form of
     * what is demanded ("demanded that Israel withdraw") nor a modal ("should withdraw").
     */
    boolean indicativeThat(int from, int end) {
      for (int i = from; i + 2 < end; i++) {
        if (items.get(i).isOpen("SBAR")) {
          if (!items.get(i + 1).isOpen("IN") || !"THAT".equals(items.get(i + 2).word)) {
            return false;
          }
          int close = indexOf(items.get(i).partner, i);
          for (int k = i + 3; k + 1 < close; k++) {
            if (items.get(k).isOpen("VP")) {
              String tag = items.get(k + 1).tag;
              // not VBP, which the tagger gives a demand's base form after a plural or a name
              // ("demanded that Israel halt its military operations")
              return tag != null && (tag.equals("VBD") || tag.equals("VBZ"));
            }
          }
          return false;
        }
      }
      return false;
    }

    /**
     * The first number among the words a verb's patterns read ("killed at least 184"), or -1; -1
     * too when it counts fighters ("killed 100 militants", "150 soldiers"): combat, not a mass
     * killing.
     */
    long killedCount(VerbMatch m) {
      int end = patternEnd(m.end + 1, m.vpEnd);
      for (int i = m.end + 1; i < end; i++) {
        Item it = items.get(i);
        if (it.kind == Item.WORD && !it.word.isEmpty() && Character.isDigit(it.word.charAt(0))) {
          if (it.ne != null
              && it.ne.code != null
              && FIGHTERS.stream().anyMatch(f -> hasPart(it.ne.code, f))) {
            return -1;
          }
          String digits = it.word.replace(",", "");
          return digits.chars().allMatch(Character::isDigit) && digits.length() < 10
              ? Long.parseLong(digits)
              : -1;
        }
      }
      return -1;
    }

    /**
     * The events of a verb no pattern coded, if a codes-by-actor rule codes it for its actors and
     * it is stated as a fact; else null, as for a verb the dictionaries do not code, so that the
     * clauses inside its phrase are read.
     */
    List<CodedEvent> codedByActor(VerbMatch m) {
      if ((options.modality() && mood(m) != Mood.FACT) || (options.negation() && negated(m))) {
        trace("  no code but by actor, and not stated as a fact: no event");
        return null;
      }
      List<CodedEvent> out = eventsOf(m);
      return m.code.equals(NULL) ? null : out;
    }

    /**
     * True if the verb that heads the clause opening at {@code i} (after any closing brackets and
     * "to") is a dictionary verb: "deepen" in "to deepen their partnership".
     */
    boolean knownComplementVerb(int i) {
      int vp = afterCloses(i, items.size()) + 1;
      while (vp > 0 && vp + 2 < items.size()) {
        if (items.get(vp + 1).isOpen("VP")) {
          vp++; // "to strengthen ties and to hold talks": the first of joined verb phrases
        } else if (items.get(vp + 1).isOpen("TO")) {
          vp = childVerbPhrase(vp, indexOf(items.get(vp).partner, vp));
        } else {
          break;
        }
      }
      return vp > 0
          && isVerbPhrase(vp)
          && !dictionaries.verbs().entries(items.get(vp + 2).word).isEmpty();
    }

    /**
     * Where the clause with a verb phrase after a verb opens, at {@code i} or after prepositional
     * and adverb phrases ("agreed on Monday to impose"), before {@code end}; or -1. Not after a
     * phrase of "to", which is the verb's complement itself: in "agreed to a ceasefire to end more
     * than a year of fighting" the clause says what for.
     */
    int complementAfter(int i, int end) {
      while (i < end) {
        i = afterCloses(i, end);
        if (i < end && (items.get(i).isOpen("PP") || items.get(i).isOpen("ADVP"))) {
          if (options.clauseStructure() && "TO".equals(wordAfter(i))) {
            return -1;
          }
          i = indexOf(items.get(i).partner, i) + 1;
          continue;
        }
        return clauseAt(i) ? i : -1;
      }
      return -1;
    }

    /** True if a clause with a verb phrase opens at {@code i}, after any closing brackets. */
    boolean clauseAt(int i) {
      int at = afterCloses(i, items.size());
      return at + 1 < items.size() && items.get(at).isOpen("S") && items.get(at + 1).isOpen("VP");
    }

    /** The dictionary verb as written in its block (e.g. WANT for "wants"). */
    String lemma(VerbMatch m) {
      return m.entry.entry();
    }

    /**
     * "Israel's military said its troops did not fire on the crowd": a speaker saying that it, or a
     * part of it, did not do what its complement negates denies it (016), to whom the act would
     * have been done. Empty if the negated acts are someone else's.
     */
    List<CodedEvent> denials(VerbMatch m, List<CodedEvent> negated) {
      Item speaker = sourceOf(m);
      String by = speaker == null ? null : codes(speaker).get(0).code();
      List<CodedEvent> out = new ArrayList<>();
      if (by == null || by.equals(NULL)) { // no speaker, or one of no code
        return out;
      }
      for (CodedEvent e : negated) {
        boolean own =
            e.source().equals(by)
                || (country(by) != null && country(by).equals(country(e.source())))
                || (e.source().startsWith(NULL) && ofSpeaker(e.sourceSpan()));
        if (own && deed(e.code())) {
          trace("  " + by + " says " + e + " did not happen: a denial");
          out.add(
              new CodedEvent(
                  by,
                  e.target(),
                  "016",
                  codes(speaker).get(0).span(),
                  e.targetSpan(),
                  verbSpan(m),
                  null,
                  false,
                  null,
                  null));
        }
      }
      return out;
    }

    /**
     * True if a code is of a deed whose negation by its doer is a denial: cooperation, aid, force
     * and coercion (06, 07, 15-20); not words, nor yielding ("Hamas rejected the proposal, saying
     * it did not meet the group's demand": "it" is the proposal).
     */
    boolean deed(String code) {
      String root = Modality.root(code);
      return root.equals("06") || root.equals("07") || root.compareTo("15") >= 0;
    }

    /** Events of a statement, intent or threat verb whose complement clause held events. */
    List<CodedEvent> fromComplement(VerbMatch m, String root, List<CodedEvent> inner) {
      Item speaker = sourceOf(m);
      List<CodedEvent> out = new ArrayList<>();
      if (root.equals("01")
          && options.clauseStructure()
          && NOT_ASSERTED.contains(m.code.substring(0, 3))) {
        return aboutContent(m, speaker, inner);
      }
      if (root.equals("01")) {
        Located by = speaker == null ? null : codes(speaker).get(0);
        for (CodedEvent e : inner) {
          if (demanded.contains(e)) {
            CodedEvent d = demandBy(e, by);
            if (d != null) {
              out.add(d);
            } else if (options.clauseStructure() && by != null && by.code().equals(e.source())) {
              // "Macron told Israel it must stop the bombing": what the one told must do is
              // demanded of it, whoever "it" is taken for
              out.addAll(demandOn(e, by, toldWhom(m)));
            }
            continue;
          }
          if (possible.contains(e)) {
            if (by != null && saysOwn(by.code(), e)) {
              possible.remove(e); // "Iran said it could close the strait": a threat
              out.add(e);
            }
            continue;
          }
          out.add(
              e.reportedBy() != null || by == null || by.code().equals(NULL)
                  ? e
                  : withReporter(e, by));
        }
        trace("  reported speech: " + out.size() + " events from the complement");
        return out;
      }
      for (CodedEvent e : inner) {
        if (adverbial.contains(e)) {
          out.add(e); // "threatened to target US ships after American strikes on Yemen"
          continue;
        }
        String mapped = root.equals("03") ? Modality.intent(e.code()) : Modality.threat(e.code());
        if (mapped == null && root.equals("03") && options.clauseStructure()) {
          // "The EU agreed to impose sanctions on Russia": an act against someone that has no
          // intent code is intended as a threat (1312), not cooperation with its target.
          mapped = Modality.threat(e.code());
        }
        if (mapped == null) {
          // The complement's own mood already made "will send" an intent and "to attack" under
          // an intent verb a threat: an intention to act against someone ("vowed to attack",
          // "pledged to expel") is a threat.
          String own = Modality.root(e.code());
          mapped = own.equals(root) || (root.equals("03") && own.equals("13")) ? e.code() : null;
        }
        if (mapped != null
            && root.equals("03")
            && Modality.root(mapped).equals("13")
            && options.clauseStructure()
            && mutual(speaker, e)) {
          // "India and China agreed to resume border patrols": what two parties agree to do to
          // each other is no threat; joint military activity is military cooperation.
          mapped = mapped.startsWith("138") ? "0312" : "030";
        }
        if (mapped != null) {
          out.add(e.withCode(mapped));
        }
      }
      if (out.isEmpty()) {
        return eventsOf(m);
      }
      trace("  " + (root.equals("03") ? "intent" : "threat") + " from the complement");
      return out;
    }

    /** True if the event's source and target are both among the actors of {@code speaker}. */
    boolean mutual(Item speaker, CodedEvent e) {
      if (speaker == null || !speaker.tag.equals(Item.NEC)) {
        return false;
      }
      Set<String> parties = new HashSet<>();
      codes(speaker).forEach(l -> parties.add(l.code()));
      return parties.contains(e.source()) && parties.contains(e.target());
    }

    /**
     * "Russia denied attacking Ukraine", "Seoul said it might consider supplying weapons to
     * Ukraine": not the act but the denial (016), the consideration (014), the hope (013) or the
     * fear (012) of it by the speaker, aimed at whom the act was done to (or by, when that is not
     * the speaker).
     */
    List<CodedEvent> aboutContent(VerbMatch m, Item speaker, List<CodedEvent> inner) {
      if (speaker == null) {
        return List.of();
      }
      TokenSpan verbSpan = verbSpan(m);
      String pattern = patternText(m);
      Map<String, CodedEvent> out = new LinkedHashMap<>();
      for (Located by : codes(speaker)) {
        if (by.code().equals(NULL)) {
          continue;
        }
        for (CodedEvent e : inner) {
          String target = e.target();
          TokenSpan targetSpan = e.targetSpan();
          if (target.equals(NULL) || target.equals(by.code())) {
            target = e.source();
            targetSpan = e.sourceSpan();
          }
          if (target.equals(by.code())) {
            target = NULL;
            targetSpan = null;
          }
          out.putIfAbsent(
              by.code() + "|" + target,
              new CodedEvent(
                  by.code(),
                  target,
                  m.code,
                  by.span(),
                  targetSpan,
                  verbSpan,
                  pattern,
                  false,
                  null,
                  null));
        }
      }
      trace("  " + m.code + ": " + out.size() + " events instead of the act itself");
      return new ArrayList<>(out.values());
    }

    /**
     * "X said Israel must stop the bombing": X demands of Israel (the one who must act) what the
     * event's code says; null without a speaker (an unattributed "must" is an opinion, not an
     * event) or when the speaker is the one who must act.
     */
    CodedEvent demandBy(CodedEvent e, Located by) {
      if (by == null || by.code().equals(NULL) || by.code().equals(e.source())) {
        return null;
      }
      return demand(e, by, e.source(), e.sourceSpan());
    }

    /** The demand of {@code e}'s act by {@code by} on {@code on}. */
    CodedEvent demand(CodedEvent e, Located by, String on, TokenSpan onSpan) {
      return new CodedEvent(
          by.code(), on, e.code(), by.span(), onSpan, e.verbSpan(), e.pattern(), false, null, null);
    }

    /** The demand of {@code e} by {@code by} on each actor of {@code whom}; none if null. */
    List<CodedEvent> demandOn(CodedEvent e, Located by, Item whom) {
      List<CodedEvent> out = new ArrayList<>();
      if (whom == null || !coded(whom)) {
        return out;
      }
      for (Located to : codes(whom)) {
        if (!to.code().equals(by.code())) {
          out.add(demand(e, by, to.code(), to.span()));
        }
      }
      return out;
    }

    CodedEvent withReporter(CodedEvent e, Located by) {
      if (by.code().equals(e.source())) {
        return e;
      }
      return new CodedEvent(
          e.source(),
          e.target(),
          e.code(),
          e.sourceSpan(),
          e.targetSpan(),
          e.verbSpan(),
          e.pattern(),
          e.passive(),
          by.code(),
          by.span());
    }

    /**
     * The actor an object pronoun right after the verb ("them", "it") stands for: the last coded
     * noun phrase before the verb phrase, if its code does not open like the source's; or null.
     * "Him" and "her" pass over phrases that name a state or place alone.
     */
    Item antecedent(VerbMatch m, Item source) {
      int first = pronounObject(m);
      if (first < 0) {
        return null;
      }
      String own = codes(source).get(0).code();
      boolean person = PERSON_PRONOUNS.contains(items.get(first + 1).word);
      for (int i = m.vp - 1; i >= PARSE_START; i--) {
        Item it = items.get(i);
        if (person && it.isOpen(Item.NE) && it.code != null && it.code.length() == 3) {
          continue; // "flew to Madrid after Spain granted him asylum": no state is "him"
        }
        if (it.isOpen(Item.NE)
            && i > 1
            && items.get(i - 1).isClose("IN")
            && PLACE_PREPOSITIONS.contains(items.get(i - 2).word)) {
          // "berated Zelensky in a heated Oval Office meeting on Friday, accusing him", "filed a
          // lawsuit against Myanmar at the International Court of Justice, accusing it": the
          // pronoun stands for a party, not for where the act was done
          continue;
        }
        if (it.isOpen(Item.NE) && coded(it) && it != source && it.nec != source) {
          // the doer's own side is no antecedent ("Pakistan's army said ... accusing it"), but
          // another part of its state is ("the House impeached the vice president, accusing her")
          return it.code.startsWith(own) || own.startsWith(it.code) ? null : it;
        }
      }
      return null;
    }

    /**
     * Where the noun phrase of an object pronoun right after the verb opens ("accusing them"), or
     * -1; not a clause's subject ("concluding it was hit").
     */
    int pronounObject(VerbMatch m) {
      int first = objectIndex(m);
      if (first < 0
          || first + 2 >= m.vpEnd
          || !items.get(first).isOpen(Item.NE)
          || items.get(first + 2) != items.get(first).partner
          || !OBJECT_PRONOUNS.contains(items.get(first + 1).word)) {
        return -1;
      }
      return first;
    }

    /** The events of a matched verb: its source and target found, compounds expanded. */
    List<CodedEvent> eventsOf(VerbMatch m) {
      if (m.code.equals(NULL) && !codedByActorOnly(m)) {
        return List.of();
      }
      Item source = sourceOf(m);
      if (source == null) {
        trace("  no source: no event");
        return List.of();
      }
      Item target = m.target;
      if (target != null
          && target == m.source
          && source == m.source
          && source.tag.equals(Item.NEC)
          && !m.passive
          && options.clauseStructure()) {
        Item partner = compoundPartner(m);
        if (partner != null) {
          // "Macron and Scholz met Zelensky": a pattern of the compound's members acting on each
          // other ("- % * [040]") gives way to the actor the verb names as their partner
          trace("  the compound's members act on the partner named after the verb");
          target = partner;
        }
      }
      if (options.clauseStructure() && !m.passive && target != null && unnamed(target)) {
        Item there = placeAfter(target);
        if (there != null) {
          // "fired more than 80 missiles at cities across Ukraine": the cities name no one; the
          // place they are in is whom the act reached
          trace("  what the act was aimed at names no one; its place does: " + there.code);
          target = there;
        }
      }
      if (target == null && m.passive && options.clauseStructure()) {
        target = byAgent(m);
        if (target == null && m.agentless) {
          // The subject is what the verb was done to; the doer is named, if at all, by the
          // phrase the deed happened in ("in Israeli tank shelling"), never by the place.
          target = agentPhrase(m);
          if (target == null) {
            List<CodedEvent> byState = byOwnState(m, source);
            if (!byState.isEmpty()) {
              return byState;
            }
            trace("  passive without an agent: no event");
            return List.of();
          }
        }
        if (target != null && !m.agentless && unnamed(source) && !unnamed(target)) {
          // "The deal was signed by Russia and North Korea in Pyongyang": what was done names no
          // actor, so the doer acts on whom the rest of the phrase names, as in the active
          trace("  passive of a thing: the doer acts as in the active");
          source = target;
          target = null;
          m.passive = false;
        }
      }
      if (target == null
          && options.clauseStructure()
          && (Modality.root(m.code).equals("02") || Modality.root(m.code).equals("10"))) {
        // "Zelensky urged allies to lift restrictions on strikes inside Russia": whom an appeal
        // or demand is made to is the object before its infinitive, not an actor inside it.
        target = addressee(m);
      }
      if ((target == null || (!coded(target) && indexOf(target, m.vp) == pronounObject(m)))
          && options.clauseStructure()) {
        // "Burkina Faso expelled three French diplomats, accusing them of subversive activities":
        // an object pronoun stands for the last actor named before the verb not on the doer's
        // side, also when a pattern took it ("sentenced Dodik ... and banned him from politics")
        Item named = antecedent(m, source);
        target = named != null ? named : target;
        if (target != null) {
          trace("  the pronoun stands for " + target.code);
        }
      }
      if (target == null) {
        target =
            findTarget(
                source,
                m.upper,
                targetLower(m),
                VENUE_CODES.contains(m.code.substring(0, 3))
                    || (options.clauseStructure()
                        && VENUE_CODES.stream().anyMatch(stated(m)::startsWith))
                    || (options.clauseStructure()
                        && source.tag.equals(Item.NEC)
                        && !visit(m) // "Macron, Merz and Starmer arrived in Kyiv"
                        && (reciprocal(m)
                            || reciprocalVerb(m))), // "A and B signed a ceasefire in Havana"
                m.vp,
                m.code);
        if (target != null
            && options.clauseStructure()
            && Modality.root(m.code).equals("13")
            && target.tag.equals(Item.NE)
            && phrases.deedOf(wordsOf(indexOf(target, 0))) >= 0) {
          // "Iran vowed revenge for the assassination of the Hamas leader": no threat to him
          trace("  a threat over a deed is not aimed at its victims");
          target = null;
        }
        String stated = Modality.root(stated(m));
        if (target != null
            && options.clauseStructure()
            && (stated.equals("07") || stated.equals("15") || stated.equals("12"))
            && ownForces(source, target)) {
          // "India sent additional troops to Kashmir": the troops are the sender's own and go
          // nowhere foreign; sending them is a build-up, not military aid to them. Nor is ruling
          // out sending them a rejection aimed at them ("Scholz ruled out sending ground troops").
          // So for "Pakistan deployed army troops and paramilitary Rangers in Islamabad".
          if (Modality.root(m.code).equals("07")) {
            m.code = "154";
          }
          trace("  own troops: " + m.code + ", no target");
          target = null;
        }
      }
      if (options.clauseStructure()
          && !m.passive
          && Modality.root(m.code).equals("04")
          && (target == null
              || !("WITH".equals(wordBefore(indexOf(target, 0)))
                  || wordsOf(indexOf(target, 0)).contains("WITH")))) {
        Item partner = openingPartner(m.vp, source);
        if (partner == null) {
          partner = trailingPartner(m.vp, m.end + 1, m.vpEnd, source);
        }
        if (partner != null) {
          // "In a phone call with his Turkish counterpart, the Iranian foreign minister discussed
          // the situation in Syria": whom the talks were with, not their topic
          trace("  the partner named by the clause's opening phrase");
          target = partner;
        }
      }
      if (target != null
          && options.clauseStructure()
          && (Modality.root(m.code).equals("03")
              || m.code.startsWith("040")
              || m.code.startsWith("046"))
          && target.tag.equals(Item.NE)
          && codes(source).size() == 1
          && ownCountry(target.code, codes(source).get(0).code())) {
        // "The Kremlin said Putin was ready for talks but only on Russia's terms": an official
        // intends or holds talks with others, never with its own country (a visit may be to it)
        trace("  an intent or talks are not with the actor's own country");
        target = null;
      }
      if (target != null
          && options.clauseStructure()
          && m.code.equals("011")
          && wordsOf(indexOf(target, 0)).stream()
              .anyMatch(w -> lexicon.contains(WordList.REPORT_NOUNS, w))) {
        // "A Kremlin spokesman declined to comment on reports of North Korean troops in the Kursk
        // region": who is reported on is not whom the silence is aimed at (unlike "declined to
        // comment on the arrest of a Wall Street Journal reporter")
        trace("  declining to comment on reports is aimed at no one");
        target = null;
      }
      if (target != null
          && options.clauseStructure()
          && source.tag.equals(Item.NEC)
          && roleCoded(target)
          && reciprocal(m)
          && wordsOf(indexOf(target, 0)).get(0).equals("THEIR")) {
        target = source; // "Iran and Saudi Arabia reopened their embassies": each other's
      }
      if ((unnamed(target) || !"WITH".equals(wordBefore(indexOf(target, 0))))
          && options.clauseStructure()
          && source.tag.equals(Item.NEC)
          && !m.passive
          && reciprocalVerb(m)) {
        List<CodedEvent> among = amongMembers(m, source);
        if (!among.isEmpty()) {
          return among;
        }
      }
      if (unnamed(target)
          && source.tag.equals(Item.NEC)
          && options.inferCountries()
          && (!options.clauseStructure() || reciprocal(m) || eachOther(target))) {
        // "A and B met", "A and B began joint exercises", "Azerbaijan and Armenia accused each
        // other of violating the ceasefire": among the members
        target = source;
      }
      if (options.clauseStructure()) {
        refine(m, source, target);
        if (m.code.equals(NULL)) {
          trace("  no code for these actors: no event");
          return List.of();
        }
      }
      TokenSpan verbSpan = verbSpan(m);
      String pattern = patternText(m);
      if (options.clauseStructure()
          && !m.passive
          && source.tag.equals(Item.NE)
          && unnamed(target)) {
        Located aimed = aimedAt(source);
        if (aimed != null) {
          // "A Ukrainian drone attack on the Russian city of Belgorod killed five people"
          trace("  the act named by the subject is aimed at " + aimed.code());
          List<CodedEvent> out = new ArrayList<>();
          add(out, codes(source), List.of(aimed), m.code, false, verbSpan, pattern);
          return out;
        }
      }
      if (target == null) {
        if (!options.oneActor(m.code) && !awaitsJoined(m.code)) {
          return List.of();
        }
        List<CodedEvent> out = new ArrayList<>();
        for (Located s : codes(source)) {
          out.add(
              new CodedEvent(
                  s.code(), NULL, m.code, s.span(), null, verbSpan, pattern, m.passive, null,
                  null));
        }
        return out;
      }
      return makeEvents(source, target, m.code, m.passive, verbSpan, pattern);
    }

    /**
     * True if a pattern gave a verb of fighting, whose own act is between the members of a compound
     * subject, a code whose act is not ("- &PROTESTERS * [145]" of CLASH).
     */
    boolean reciprocalVerb(VerbMatch m) {
      return m.pattern != null
          && !reciprocal(m)
          && !oneWay(m)
          && Modality.root(m.entry.effectiveCode()).equals("19");
    }

    /**
     * True if the verb's block is one whose act goes to someone else, never between the members of
     * a compound subject (the lexicon's {@code one-way-verbs}).
     */
    boolean oneWay(VerbMatch m) {
      return options.clauseStructure()
          && lexicon.contains(WordList.ONE_WAY_VERBS, m.entry.block().name());
    }

    /**
     * The events of a verb whose own act is between the members of a compound subject when a
     * pattern gave it another code ("Police and protesters clashed": CLASH is fighting, its pattern
     * for protesters a violent protest): each member acts on each other one with the pattern's code
     * as the codes-by-actor rules refine it for the two (the protesters' 145, the police's 175).
     * Empty if the compound has fewer than two named members.
     */
    List<CodedEvent> amongMembers(VerbMatch m, Item compound) {
      List<Item> members = new ArrayList<>();
      int k = indexOf(compound, 0);
      for (int j = k + 1; j < items.size() && items.get(j) != compound.partner; j++) {
        if (items.get(j).isOpen(Item.NE) && !codeOrText(items.get(j)).equals(NULL)) {
          members.add(items.get(j));
        }
      }
      List<CodedEvent> out = new ArrayList<>();
      if (members.size() < 2) {
        return out;
      }
      trace("  a reciprocal verb's pattern: between the compound's members");
      TokenSpan verbSpan = verbSpan(m);
      for (Item doer : members) {
        for (Item done : members) {
          if (doer != done) {
            String code = refined(m, m.code, doer, done);
            if (!code.equals(NULL)) {
              add(out, codes(doer), codes(done), code, false, verbSpan, patternText(m));
            }
          }
        }
      }
      return out;
    }

    /** True if the verb's code is a visit or hosting one (042, 043): its place is whom it is to. */
    boolean visit(VerbMatch m) {
      return m.code.startsWith("042") || m.code.startsWith("043");
    }

    /** True if the phrase is "each other" or "one another". */
    boolean eachOther(Item phrase) {
      if (phrase == null || !phrase.tag.equals(Item.NE)) {
        return false;
      }
      // also "each other's": "slapped tariffs on $34 billion of each other's goods"
      List<String> words = wordsOf(indexOf(phrase, 0));
      return Collections.indexOfSubList(words, List.of("EACH", "OTHER")) >= 0
          || Collections.indexOfSubList(words, List.of("ONE", "ANOTHER")) >= 0;
    }

    /**
     * The place named right after the noun phrase {@code ne} by a preposition of place ("cities
     * across Ukraine", "targets in southern Lebanon"), if it is a place of a country; or null.
     */
    Item placeAfter(Item ne) {
      if (!ne.tag.equals(Item.NE)) {
        return null;
      }
      int after = indexOf(ne.partner, indexOf(ne, 0)) + 1;
      if (after < items.size() && items.get(after).isClose("PP")) {
        after++; // "(PP at (NE cities)) (PP across (NE Ukraine))"
      }
      if (after + 3 >= items.size()
          || !items.get(after).isOpen("PP")
          || !items.get(after + 1).isOpen("IN")
          || items.get(after + 2).kind != Item.WORD
          || !PLACE_PREPOSITIONS.contains(items.get(after + 2).word)) {
        return null;
      }
      int end = indexOf(items.get(after).partner, after);
      for (int k = after + 3; k < end; k++) {
        Item it = items.get(k);
        if (it.isOpen(Item.NE)) {
          return it.nec == null
                  && it.code.length() == 3
                  && country(it.code) != null
                  && namesPlace(k)
              ? it
              : null;
        }
      }
      return null;
    }

    /**
     * True if there is no target, or one that names no actor: a phrase, or a compound of phrases
     * ("over oil transit fees and border security"), of no code.
     */
    boolean unnamed(Item target) {
      return target == null
          || (target.tag.equals(Item.NE) && target.code.equals(NULL))
          || (target.tag.equals(Item.NEC)
              && codes(target).stream().allMatch(c -> c.code().equals(NULL)));
    }

    /** The tokens of the verb's words. */
    TokenSpan verbSpan(VerbMatch m) {
      return new TokenSpan(items.get(m.start).token, items.get(m.end).token + 1);
    }

    /** The text of the pattern that matched, or null if none did. */
    String patternText(VerbMatch m) {
      return m.pattern == null ? null : m.pattern.text();
    }

    /**
     * The code as the dictionary states it, before a mood made it an intent, threat or demand
     * ("agreed to attend peace talks in Jeddah": talks, 046, whose place is a venue).
     */
    String stated(VerbMatch m) {
      return m.pattern != null ? m.pattern.code() : m.entry.effectiveCode();
    }

    /**
     * True if the act can be one between the members of a compound subject: meetings, agreements,
     * cooperation, concessions and fighting, or a pattern written for a compound ("% *"); not
     * "China and Russia vetoed the resolution" (129), which is no veto of each other.
     */
    boolean reciprocal(VerbMatch m) {
      if (m.pattern != null && m.pattern.text().contains("%")) {
        return true;
      }
      if (oneWay(m)) {
        return false; // "Egypt, Qatar and the United States proposed a new ceasefire plan"
      }
      if (m.code.startsWith("033")) {
        return false; // "France and Germany pledged aid for Sudan at a conference in Paris"
      }
      // the code as stated, before its mood made it an intent or threat
      return RECIPROCAL_ROOTS.contains(Modality.root(m.code))
          || RECIPROCAL_ROOTS.contains(Modality.root(stated(m)));
    }

    /**
     * The agent of a passive verb: the noun phrase of its own "by" phrase ("was pressured by
     * Congress to help Iran"), whether or not it is coded, or null.
     */
    Item byAgent(VerbMatch m) {
      int pp = phraseOf("BY", m.end + 1, m.vpEnd);
      return pp < 0 ? null : firstUnitIn(pp, m.vpEnd);
    }

    /**
     * The first noun phrase not in a compound, or compound, inside the prepositional phrase at
     * {@code pp}, or null.
     */
    Item firstUnitIn(int pp, int end) {
      for (int k = pp + 3; k < end && items.get(k) != items.get(pp).partner; k++) {
        Item ne = items.get(k);
        if (ne.isOpen(Item.NEC) || (ne.isOpen(Item.NE) && ne.nec == null)) {
          return ne;
        }
      }
      return null;
    }

    /**
     * Where a phrase of how an act was done opens between {@code from} and {@code end}: "in" or
     * "by" and a clause of a gerund ("in condemning the attack", "by expelling its diplomats"), or
     * -1.
     */
    int mannerClause(int from, int end) {
      for (int i = from; i + 6 < end; i++) {
        if (items.get(i).isOpen("PP")
            && items.get(i + 1).isOpen("IN")
            && ("IN".equals(items.get(i + 2).word) || "BY".equals(items.get(i + 2).word))
            && items.get(i + 4).isOpen("S")
            && items.get(i + 5).isOpen("VP")
            && items.get(i + 6).isOpen("VBG")) {
          return i;
        }
      }
      return -1;
    }

    /**
     * The words from {@code from} to {@code end} without the "by" phrase at {@code by} and ending
     * before the manner clause at {@code manner} (either -1 if there is none).
     */
    Seq without(int from, int end, int by, int manner) {
      int stop = manner >= 0 ? Math.min(manner, end) : end;
      return Seq.lower(
          items,
          from,
          stop,
          by >= 0 ? by : stop,
          by >= 0 ? indexOf(items.get(by).partner, by) + 1 : stop);
    }

    /**
     * Where a purpose clause opens among the phrases of a verb ("to press demands" in "began a
     * hunger strike in Leh to press demands"): a clause of "to" and a verb with no subject of its
     * own, in {@code [from, end)} and not inside another phrase there; or -1.
     */
    int purposeClause(int from, int end) {
      int depth = 0;
      for (int i = from; i + 4 < end; i++) {
        Item it = items.get(i);
        if (it.kind == Item.CLOSE) {
          depth = Math.max(0, depth - 1);
        } else if (it.kind == Item.OPEN) {
          if (depth == 0
              && it.tag.equals("S")
              && items.get(i + 1).isOpen("VP")
              && items.get(i + 2).isOpen("TO")) {
            return i;
          }
          depth++;
        }
      }
      return -1;
    }

    /**
     * Where the head of a verb's object ends when the object is a noun phrase with a phrase of
     * place of its own after its head ("its offensive" in "halt its offensive in the southern Gaza
     * city of Rafah"): the index of that phrase's preposition, or -1. Other phrases there say what
     * the head is ("a proposal for a truce"), and where the parse keeps the object in one piece,
     * "in" is as often a field as a place ("a partnership in energy").
     */
    int objectHeadEnd(int from, int end) {
      int at = afterCloses(from, end); // after the verb's own closing bracket
      int ne = at + 1;
      if (ne >= end || !items.get(at).isOpen("NP") || !items.get(ne).isOpen(Item.NE)) {
        return -1;
      }
      int close = indexOf(items.get(ne).partner, ne);
      int in = close + 3; // (PP (IN in ~IN ...
      return in < end
              && items.get(close + 1).isOpen("PP")
              && items.get(in).kind == Item.WORD
              && PLACE_PREPOSITIONS.contains(items.get(in).word)
              // "$2 billion in military aid": an amount is told by what it is in
              && wordsOf(ne).stream().noneMatch(this::amount)
          ? in
          : -1;
    }

    /** The first index from {@code i} (before {@code end}) that is no closing bracket. */
    int afterCloses(int i, int end) {
      int at = i;
      while (at < end && items.get(at).kind == Item.CLOSE) {
        at++;
      }
      return at;
    }

    /** True if {@code word} is a number, a sum or a count ("$2", "billion", "thousands"). */
    boolean amount(String word) {
      char c = word.charAt(0);
      return Character.isDigit(c)
          || Character.getType(c) == Character.CURRENCY_SYMBOL
          || AMOUNTS.contains(word)
          || lexicon.contains(WordList.CROWDS, word);
    }

    /**
     * True if a noun phrase in {@code [from, end)} names an actor by its head, not only after a
     * preposition in it ("a hunger strike in Leh", "talks with Somalia" name none; "the leaders of
     * Israel" and "young men" do).
     */
    boolean actorBefore(int from, int end) {
      for (int i = from; i < end; i++) {
        Item it = items.get(i);
        if (it.isOpen(Item.NE)) {
          List<String> head = wordsOf(i);
          for (int k = 1; k < head.size(); k++) {
            if (NOT_THE_HEAD.contains(head.get(k))) {
              head = head.subList(0, k);
              break;
            }
          }
          if (dictionaries.actors().firstActor(head, date) != null
              || !dictionaries.agents().findAll(head, 0, 0).isEmpty()
              || head.stream().anyMatch(w -> lexicon.contains(WordList.PEOPLE, w))) {
            return true; // "called on young men to join the fight"
          }
        }
      }
      return false;
    }

    /**
     * Where the first phrase of the preposition {@code word} ("by", "with") between {@code from}
     * and {@code end} opens, outside any clause there, or -1.
     */
    int phraseOf(String word, int from, int end) {
      for (int i = from; i + 2 < end; i++) {
        Item it = items.get(i);
        if (it.isOpen("PP")
            && items.get(i + 1).isOpen("IN")
            && word.equals(items.get(i + 2).word)) {
          return i;
        }
        if (it.kind == Item.OPEN && (it.tag.equals("S") || it.tag.equals("SBAR"))) {
          return -1;
        }
      }
      return -1;
    }

    /**
     * The events of an arrest, sentence or expulsion in the passive with no doer named, of a group
     * that stands against its own state ("Zimbabwe's opposition leader was arrested"): the state
     * did it, though the sentence names it only through its opponent. Empty otherwise.
     */
    List<CodedEvent> byOwnState(VerbMatch m, Item subject) {
      if (!AUTHORITY_CODES.stream().anyMatch(m.code::startsWith)
          || !subject.tag.equals(Item.NE)
          || subject.code.length() <= 3
          || country(subject.code) == null
          || !nonState(subject.code)) {
        return List.of();
      }
      String state = country(subject.code);
      trace("  passive without an agent, of the state's opponent: done by " + state);
      TokenSpan verbSpan = verbSpan(m);
      List<CodedEvent> out = new ArrayList<>();
      for (Located t : codes(subject)) {
        out.add(
            new CodedEvent(
                state,
                t.code(),
                m.code,
                null,
                t.span(),
                verbSpan,
                patternText(m),
                true,
                null,
                null));
      }
      return out;
    }

    /**
     * The doer of an agentless passive verb: the first coded noun phrase of an "in", "during" or
     * "amid" phrase of the verb that is not a place ("were killed in Israeli tank shelling"), or,
     * for an attack or an expulsion, of a "from" phrase ("rockets were fired from Gaza", "was
     * expelled from China"); null if there is none.
     */
    Item agentPhrase(VerbMatch m) {
      boolean attack = FORCE_ROOTS.contains(Modality.root(m.code));
      // "Two Chinese nationals were arrested in Taiwan": the state where an arrest, an
      // expulsion or a sentence happens is who did it; and "A British journalist was expelled
      // from China": the state one is expelled from.
      boolean authority = AUTHORITY_CODES.stream().anyMatch(m.code::startsWith);
      boolean expulsion = m.code.startsWith("174");
      for (int i = m.end + 1; i + 2 < m.vpEnd; i++) {
        Item it = items.get(i);
        if (it.kind == Item.OPEN && (it.tag.equals("S") || it.tag.equals("SBAR"))) {
          return null;
        }
        if (!it.isOpen("PP") || !items.get(i + 1).isOpen("IN")) {
          continue;
        }
        String prep = items.get(i + 2).word;
        boolean from = prep.equals("FROM");
        if (!from && !AGENT_PREPOSITIONS.contains(prep)) {
          continue;
        }
        for (int k = i + 3; k < m.vpEnd && items.get(k) != it.partner; k++) {
          Item ne = items.get(k);
          if (ne.isOpen(Item.NEC) || (ne.isOpen(Item.NE) && ne.nec == null)) {
            if (coded(ne.tag.equals(Item.NEC) ? items.get(k + 1) : ne)
                && ((from && (attack || expulsion))
                    || (authority && prep.equals("IN"))
                    || !namesPlace(ne.tag.equals(Item.NEC) ? k + 1 : k))) {
              return ne;
            }
            break;
          }
        }
      }
      return null;
    }

    /** Finds the dictionary verb of the phrase at {@code vp} and its pattern, or null. */
    VerbMatch matchVerb(int vp, int vpEnd) {
      int verb = vp + 2;
      int passiveVerb = passiveVerb(vp, vpEnd);
      boolean agentless = false;
      if (passiveVerb == 0 && options.clauseStructure()) {
        passiveVerb = participle(vp, vpEnd);
        agentless = passiveVerb > 0 && !hasBy(passiveVerb, vpEnd);
      }
      if (passiveVerb > 0) {
        verb = passiveVerb;
      }
      List<VerbEntry> entries = dictionaries.verbs().entries(items.get(verb).word);
      if (entries.isEmpty()) {
        return null;
      }
      VerbMatch m = new VerbMatch();
      m.vp = vp;
      m.vpEnd = vpEnd;
      m.passive = passiveVerb > 0;
      m.agentless = agentless;
      for (VerbEntry e : entries) {
        int s = matchBefore(verb, e.before());
        int f = matchAfter(verb, e.after(), vpEnd);
        if (s >= 0 && f >= 0) {
          m.entry = e;
          m.start = s;
          m.end = f;
          break;
        }
      }
      if (m.entry == null) {
        return null;
      }
      m.upper = Seq.upper(items, m.start - 1, PARSE_START);
      // "deployed hundreds of soldiers and police after tribal fighting killed dozens": "- %
      // &CLASHES *" finds no compound of fighters in the clause the verb leads
      int clause = options.clauseStructure() ? adverbialClauseOf(m.start) : -1;
      m.patternUpper = clause < 0 ? m.upper : Seq.upper(items, m.start - 1, clause + 1);
      int end = patternEnd(m.end + 1, vpEnd);
      m.lower = Seq.lower(items, m.end + 1, end);
      m.lowerEnd = end;
      int read =
          options.clauseStructure() ? asideStart(m.end + 1, nounClauseStart(m.end + 1, end)) : end;
      Seq patternWords = read == end ? m.lower : Seq.lower(items, m.end + 1, read);
      // "Civilians were massacred by government forces": the doer is no object of the verb, so a
      // pattern of what is done to ("- * &TROOPS [190]") does not read it; nor does a pattern
      // read a clause of how the act was done ("Egypt joined the UN in condemning the attack" is
      // no joining of an attack); unless the pattern names the phrase's preposition
      int by = m.passive && options.clauseStructure() ? phraseOf("BY", m.end + 1, read) : -1;
      int manner = options.clauseStructure() ? mannerClause(m.end + 1, read) : -1;
      Seq plain = by >= 0 || manner >= 0 ? without(m.end + 1, read, by, manner) : patternWords;
      for (VerbPattern p : m.entry.block().patterns()) {
        if (!words.containsAll(p.literalWords())) {
          continue;
        }
        bindings.clear();
        Set<String> named = p.literalWords();
        Seq lower =
            (by >= 0 && named.contains("BY"))
                    || (manner >= 0 && named.contains(items.get(manner + 2).word))
                ? patternWords
                : plain;
        if (matcher.match(p.upper(), m.patternUpper, true, bindings)
            && matcher.match(p.lower(), lower, false, bindings)) {
          m.pattern = p;
          m.source = bindings.source;
          m.target = bindings.target;
          break;
        }
      }
      int purpose = options.clauseStructure() ? purposeClause(m.end + 1, read) : -1;
      if (m.pattern != null
          && purpose >= 0
          && !m.pattern.literalWords().contains("TO")
          && !actorBefore(m.end + 1, purpose)) {
        // "began a hunger strike in Leh to press demands for the release of protesters": a
        // pattern of the object ("- * HUNGER_STRIKE") comes before one that reads into the
        // purpose clause after it ("- * RELEASE"); patterns that name its "to" ("- * &TROOPS TO
        // PROTECT") were written for the clause, and an actor before it is asked to do what the
        // clause says ("urged China to support")
        rematch(m, without(m.end + 1, purpose, by, manner), "purpose clause: the object's");
      }
      int head =
          options.clauseStructure() && m.pattern != null ? objectHeadEnd(m.end + 1, read) : -1;
      if (head >= 0 && !m.pattern.literalWords().contains(items.get(head).word)) {
        // "halt its offensive in the southern Gaza city of Rafah": a pattern of the object's head
        // ("- * &ATTACK") comes before one that reads into the place inside the object ("- *
        // &TERRITORY", the city); unless the pattern names that phrase's preposition
        Seq object = Seq.lower(items, m.end + 1, head);
        bindings.clear();
        if (!matcher.match(m.pattern.lower(), object, false, bindings)) {
          rematch(m, object, "the object's head:");
        }
      }
      if (m.pattern == null && m.passive && options.clauseStructure()) {
        // "Two Estonian diplomats were expelled by Russia": what is done to is the subject, so a
        // pattern of the active object ("- * &DIPLOMAT [161]") reads the subject in its place
        int patient = passivePatient(m.start - 1);
        if (patient >= 0) {
          Seq object = Seq.lower(items, patient, indexOf(items.get(patient).partner, patient) + 1);
          Seq lower = Seq.concat(object, plain);
          Seq upper = Seq.upper(items, patient - 1, PARSE_START);
          for (VerbPattern p : m.entry.block().patterns()) {
            bindings.clear();
            if (words.containsAll(p.literalWords())
                && matcher.match(p.upper(), upper, true, bindings)
                && matcher.match(p.lower(), lower, false, bindings)
                && bindings.source == null
                && bindings.target == null) {
              trace("  passive: the pattern reads the subject as the object");
              m.pattern = p;
              break;
            }
          }
        }
      }
      bindings.clear();
      if (m.agentless
          && ((m.pattern != null && namesVoice(m.pattern))
              || lexicon.contains(WordList.MOVEMENT_VERBS, m.entry.block().name()))) {
        // "&TROOPS WERE_ * TO": the pattern was written for this voice, with its subject as doer;
        // and troops sent or deployed are the sender's own.
        m.passive = false;
        m.agentless = false;
      }
      m.code = stated(m);
      trace(
          "verb "
              + m.entry.entry()
              + " ("
              + items.get(verb).word
              + (m.passive ? ", passive" : "")
              + ") block "
              + m.entry.block().name()
              + ": "
              + (m.pattern != null ? "pattern " + m.pattern.text() : "no pattern")
              + " -> "
              + m.code);
      if (m.code.equals(NULL) && !ordering(m) && !codedByActorOnly(m)) {
        return null;
      }
      return m;
    }

    /**
     * True if a verb no pattern coded may still be coded by who acts and on whom, by a
     * codes-by-actor rule of code {@code ---} for it ("The African Union suspended Niger").
     */
    boolean codedByActorOnly(VerbMatch m) {
      return options.clauseStructure() && lexicon.codedByActorOnly(m.entry.entry());
    }

    /**
     * Codes {@code m} by the first pattern of its block that matches the words before the verb and
     * {@code lower} after it, if one does; {@code why} is traced.
     */
    void rematch(VerbMatch m, Seq lower, String why) {
      for (VerbPattern p : m.entry.block().patterns()) {
        bindings.clear();
        if (words.containsAll(p.literalWords())
            && matcher.match(p.upper(), m.patternUpper, true, bindings)
            && matcher.match(p.lower(), lower, false, bindings)) {
          trace("  " + why + " " + p.text() + " before " + m.pattern.text());
          m.pattern = p;
          m.source = bindings.source;
          m.target = bindings.target;
          return;
        }
      }
    }

    /**
     * True if the verb is an order, which with clause structure is read for whom it is given to
     * even when no pattern codes it ("The Israeli army ordered Palestinians to evacuate").
     */
    boolean ordering(VerbMatch m) {
      return options.clauseStructure() && lexicon.contains(WordList.ORDER_VERBS, m.entry.entry());
    }

    void trace(String line) {
      if (trace != null) {
        trace.append(line).append('\n');
      }
    }

    /**
     * The opening of the noun phrase a passive verb's auxiliaries follow ("two Estonian diplomats"
     * in "Two Estonian diplomats were expelled"), reading back from {@code from} over auxiliaries,
     * modals and adverbs only, or -1.
     */
    int passivePatient(int from) {
      for (int k = from; k >= PARSE_START; k--) {
        Item it = items.get(k);
        if (it.kind == Item.CLOSE && (it.isNeBracket() || it.isNecBracket())) {
          int open = items.lastIndexOf(it.partner);
          return open >= 0 && open < k ? open : -1;
        }
        if (it.kind == Item.WORD) {
          // inside a named entity's brackets words follow words, with no tag of their own
          Item before = items.get(k - 1);
          String pos = before.kind == Item.OPEN ? before.tag : "";
          if (!BE.contains(it.word)
              && !AUXILIARY.contains(it.word)
              && !pos.equals("MD")
              && !pos.startsWith("RB")) {
            return -1;
          }
        } else if (it.isNeBracket() || it.isNecBracket()) {
          return -1;
        }
      }
      return -1;
    }

    /** True if a pattern spells out a form of "be" before its verb ("- $ WERE_ * IN ..."). */
    boolean namesVoice(VerbPattern p) {
      for (var e : p.upper()) {
        if (BE.contains(e.value())) {
          return true;
        }
      }
      return false;
    }

    /** True if "by" follows the participle at {@code verb} within its verb phrase. */
    boolean hasBy(int verb, int vpEnd) {
      for (int i = verb + 1; i < vpEnd; i++) {
        if (items.get(i).kind == Item.WORD && items.get(i).word.equals("BY")) {
          return true;
        }
      }
      return false;
    }

    /**
     * The participle of a passive verb phrase with or without "by": after a form of "be" ("were
     * killed", "had been wounded"), heading a phrase that modifies a noun ("the civilians
     * imprisoned for ..."), heading a clause of its own with no object inside another clause
     * ("Asked about the report, the spokesman said"), or heading a clause's verb phrase with "by"
     * right after it, as headlines and captions write the passive ("Two Palestinians killed by
     * Israeli troops"); else 0.
     */
    int participle(int vp, int vpEnd) {
      Item next = vp + 4 < vpEnd ? items.get(vp + 4) : null;
      boolean object =
          next != null
              && next.kind == Item.OPEN
              && (next.tag.equals("NP") || next.tag.equals(Item.NE) || next.tag.equals(Item.NEC));
      if (items.get(vp + 1).tag.equals("VBN") && enclosingIsNoun(vp)) {
        // A participle with an object is a finite verb the tagger took for one ("Russian
        // soldiers executed Ukrainian prisoners" parsed as a noun phrase).
        return object ? 0 : vp + 2;
      }
      if (items.get(vp + 1).tag.equals("VBN")
          && !object
          && vp > 0
          && items.get(vp - 1).isOpen("S")
          && enclosingClause(vp - 1) >= 0) {
        // "Asked about the report, the Chinese foreign ministry spokesman said ...": a clause of a
        // participle alone, with no subject and no object, inside another clause says what was
        // done to that clause's subject
        return vp + 2;
      }
      if (items.get(vp + 1).tag.equals("VBN")
          && next != null
          && next.isOpen("PP")
          && vp + 6 < vpEnd
          && "BY".equals(items.get(vp + 6).word)) {
        // Without "by" a clause's participle is as often a past tense the tagger took for one
        // ("The Pope called for peace").
        return vp + 2;
      }
      boolean sawBe = false;
      int at = vp;
      int end = vpEnd;
      while (true) {
        String word = items.get(at + 2).word;
        if (items.get(at + 1).tag.equals("VBN") && sawBe) {
          return at + 2;
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

    /** True if the bracket that encloses the one at {@code i} is a noun phrase. */
    boolean enclosingIsNoun(int i) {
      int depth = 0;
      for (int k = i - 1; k >= 0; k--) {
        Item it = items.get(k);
        if (it.kind == Item.CLOSE) {
          depth++;
        } else if (it.kind == Item.OPEN) {
          if (depth == 0) {
            return it.tag.equals("NP") || it.tag.equals(Item.NE) || it.tag.equals(Item.NEC);
          }
          depth--;
        }
      }
      return false;
    }

    /** Negation words before the verb within its clause, outside noun phrases. */
    boolean negated(VerbMatch m) {
      for (int i = m.start - 1; i >= PARSE_START; i--) {
        Item it = items.get(i);
        if (it.kind == Item.OPEN && (it.tag.startsWith("S") || it.tag.equals(Item.NE))) {
          if (it.tag.startsWith("S")) {
            return options.clauseStructure() && (noPlansTo(i) || failedTo(i) || plotTo(i));
          }
          continue;
        }
        if (it.kind == Item.WORD && it.ne == null && NEGATION.contains(it.word)) {
          return true;
        }
      }
      return false;
    }

    /**
     * True if the verb is negated as a deed that did not happen: "did not fire", "had not opened
     * fire", "never attacked"; not "had no plans to attack" or "failed to reach".
     */
    boolean deniedDeed(VerbMatch m) {
      boolean not = false;
      for (int i = m.start - 1; i >= PARSE_START; i--) {
        Item it = items.get(i);
        if (it.kind == Item.OPEN && it.tag.startsWith("S")) {
          return false;
        }
        if (it.kind == Item.WORD && it.ne == null) {
          if (it.word.equals("NEVER")) {
            return true;
          }
          if (NEGATION.contains(it.word)) {
            not = true;
          } else if (not && PAST_AUXILIARIES.contains(it.word)) {
            return true;
          }
        }
      }
      return false;
    }

    /** True if the clause opening at {@code s} is the infinitive of "failed to". */
    boolean failedTo(int s) {
      int w = s - 1;
      while (w > PARSE_START && items.get(w).kind != Item.WORD) {
        if (items.get(w).kind == Item.OPEN && !items.get(w).tag.startsWith("VB")) {
          return false;
        }
        w--;
      }
      return w > PARSE_START && lexicon.containsForm(WordList.NEGATING_VERBS, items.get(w).word);
    }

    /**
     * True if the clause opening at {@code s} is the infinitive of "no plans to", "no intention
     * to", or the gerund of "no interest in", "no intention of".
     */
    boolean noPlansTo(int s) {
      int w = wordIndexBefore(s, Set.of());
      if (w > PARSE_START && GERUND_PREPOSITIONS.contains(items.get(w).word)) {
        // a gerund's preposition, its phrase opened just before it: "no interest in improving"
        w = wordIndexBefore(w, Set.of("IN", "PP"));
      }
      if (w <= PARSE_START || !lexicon.contains(WordList.PLAN_NOUNS, items.get(w).word)) {
        return false;
      }
      int v = w - 1;
      while (v > PARSE_START && items.get(v).kind != Item.WORD) {
        v--;
      }
      return v > PARSE_START && items.get(v).word.equals("NO");
    }

    /**
     * True if the clause opening at {@code s} is the infinitive of a plot ("foiled a plot to blow
     * up transatlantic airliners"): what was plotted did not happen, and not by the verb's subject.
     */
    boolean plotTo(int s) {
      int w = wordIndexBefore(s, Set.of());
      return w > PARSE_START && lexicon.contains(WordList.PLOT_NOUNS, items.get(w).word);
    }

    /**
     * The index of the word before the item at {@code from}, past closing brackets and opening ones
     * tagged {@code opens}; -1 if another bracket opens first.
     */
    int wordIndexBefore(int from, Set<String> opens) {
      int w = from - 1;
      while (w > PARSE_START && items.get(w).kind != Item.WORD) {
        if (items.get(w).kind == Item.OPEN && !opens.contains(items.get(w).tag)) {
          return -1;
        }
        w--;
      }
      return w;
    }

    boolean patternNamesNegation(VerbPattern p) {
      if (p == null) {
        return false;
      }
      for (var e : p.upper()) {
        if (NEGATION.contains(e.value()) || e.value().contains("NEG")) {
          return true;
        }
      }
      for (var e : p.lower()) {
        if (NEGATION.contains(e.value())) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether the verb is stated as a fact, as something intended ("will send", "plans to send",
     * "agreed to send") or as a threat ("threatened to attack"): a future auxiliary before it in
     * its clause, or an infinitive clause governed by an intent or threat verb.
     */
    Mood mood(VerbMatch m) {
      for (int i = m.start - 1; i >= PARSE_START; i--) {
        Item it = items.get(i);
        if (it.kind == Item.OPEN && it.tag.startsWith("S")) {
          if (options.clauseStructure() && conditional(i)) {
            return Mood.CONDITION;
          }
          if (options.clauseStructure() && headlineFuture(i)) {
            return Mood.INTENT;
          }
          int head = i - 1;
          while (head > PARSE_START && items.get(head).kind != Item.WORD) {
            Item h = items.get(head);
            if (h.kind == Item.OPEN) {
              return Mood.FACT;
            }
            if (options.clauseStructure() && h.partner != null && h.partner.tag.equals("PP")) {
              // "agreed on Monday to impose sanctions": past a phrase between verb and clause
              head = indexOf(h.partner, 0) - 1;
              continue;
            }
            head--;
          }
          if (head <= PARSE_START
              || items.get(head).kind != Item.WORD
              || items.get(head - 1).kind != Item.OPEN) {
            return Mood.FACT;
          }
          if (!items.get(head - 1).tag.startsWith("VB")) {
            // "ready to negotiate", "determined to expel"
            return items.get(head - 1).tag.startsWith("JJ")
                    && lexicon.contains(WordList.INTENT_ADJECTIVES, items.get(head).word)
                ? Mood.INTENT
                : Mood.FACT;
          }
          if (options.clauseStructure()
              && lexicon.containsForm(WordList.ASPECT_VERBS, items.get(head).word)) {
            // "would keep mediating", "vowed to continue fighting": the mood of the aspect verb
            i = head;
            continue;
          }
          for (VerbEntry e : dictionaries.verbs().entries(items.get(head).word)) {
            if (lexicon.contains(WordList.THREAT_VERBS, e.entry())) {
              return Mood.THREAT;
            }
            if (lexicon.contains(WordList.INTENT_VERBS, e.entry())
                || Modality.root(e.effectiveCode()).equals("03")) {
              return Mood.INTENT;
            }
          }
          if (options.clauseStructure() && OBLIGATION_HEADS.contains(items.get(head).word)) {
            return Mood.DEMAND; // "has to stop", "needs to withdraw"
          }
          return lexicon.containsForm(WordList.INTENT_VERBS, items.get(head).word)
              ? Mood.INTENT
              : Mood.FACT;
        }
        if (it.kind == Item.WORD && it.ne == null && FUTURE.contains(it.word)) {
          return Mood.INTENT;
        }
        if (options.clauseStructure() && it.kind == Item.WORD && it.ne == null) {
          if (OBLIGATION.contains(it.word)) {
            return Mood.DEMAND;
          }
          if (ADVICE.contains(it.word)) {
            return Mood.APPEAL;
          }
          if (POSSIBILITY.contains(it.word)) {
            return Mood.POSSIBLE;
          }
        }
      }
      return Mood.FACT;
    }

    /**
     * True if the clause opening at {@code i} is an infinitive right under a fragment, a headline's
     * future: "Australia to deliver Abrams tanks to Ukraine", {@code (FRAG (NP Australia) (S (VP
     * (TO to) ...)))}, says what Australia will do.
     */
    boolean headlineFuture(int i) {
      int parent = enclosing(i, it -> true);
      return parent >= 0 && items.get(parent).tag.equals("FRAG") && "TO".equals(wordAfter(i));
    }

    /**
     * For a phrase opening with a possessive pronoun ("its forces", "their troops"), the country of
     * the nearest actor named before it ("Russia's defence ministry said its forces..."); else
     * null.
     */
    String antecedentCountry(TokenSpan span) {
      if (span == null) {
        return null;
      }
      int at = wordAt(span.start());
      if (at < 0 || !POSSESSIVES.contains(items.get(at).word)) {
        return null;
      }
      for (int i = at - 1; i > 0; i--) {
        Item it = items.get(i);
        if (it.isOpen(Item.NE) && coded(it) && country(it.code) != null) {
          return country(it.code);
        }
      }
      return null;
    }

    /**
     * True if the phrase at {@code span} says its actor is from elsewhere ("foreign troops",
     * "foreign fighters"; not "the foreign minister"): it takes no country from the place or the
     * other actor (news options).
     */
    boolean foreign(TokenSpan span) {
      if (span == null || !options.clauseStructure()) {
        return false;
      }
      for (int t = span.start(); t < span.end(); t++) {
        int at = wordAt(t);
        int next = t + 1 < span.end() ? wordAt(t + 1) : -1;
        if (at >= 0
            && FOREIGN.contains(items.get(at).word)
            && !(next >= 0 && FOREIGN_AFFAIRS.contains(items.get(next).word))) {
          return true;
        }
      }
      return false;
    }

    /** The index of the word item of token {@code token}, or -1. */
    int wordAt(int token) {
      for (int i = 0; i < items.size(); i++) {
        Item it = items.get(i);
        if (it.kind == Item.WORD && it.token == token) {
          return i;
        }
      }
      return -1;
    }

    /** True if the phrase opens with a pronoun of the speaker: "it", "we", "its troops". */
    boolean ofSpeaker(TokenSpan span) {
      int at = span == null ? -1 : wordAt(span.start());
      return at >= 0 && SPEAKERS.contains(items.get(at).word);
    }

    /** True if the span is one first-person pronoun ("we", "I"): the speaker of a quote. */
    boolean firstPerson(TokenSpan span) {
      if (span == null || span.end() - span.start() != 1) {
        return false;
      }
      int at = wordAt(span.start());
      return at >= 0 && (items.get(at).word.equals("WE") || items.get(at).word.equals("I"));
    }

    /** True if the clause opening at {@code s} follows "if", "unless" or "whether". */
    boolean conditional(int s) {
      for (int w = s - 1; w > PARSE_START; w--) {
        Item it = items.get(w);
        if (it.kind == Item.WORD) {
          return CONDITIONS.contains(it.word);
        }
        if (it.kind == Item.OPEN && !it.tag.equals("IN")) {
          return false;
        }
      }
      return false;
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
          return after.size() == 1 && options.clauseStructure() && splitParticle(verb, w, vpEnd)
              ? verb
              : -1;
        }
        at = k;
      }
      return at;
    }

    /**
     * True if the verb phrase has the particle {@code word} after the verb's object ("blew himself
     * up", "handed the city over"): the phrasal verb matches, its object stays in the verb phrase.
     */
    boolean splitParticle(int verb, String word, int vpEnd) {
      for (int k = verb + 1; k + 2 < vpEnd; k++) {
        Item it = items.get(k);
        if (it.isOpen("PRT")) {
          return items.get(k + 1).isOpen("RP") && items.get(k + 2).word.equals(word);
        }
        if (it.isOpen("VP") || it.isOpen("S") || it.isOpen("SBAR") || it.isOpen("PP")) {
          return false;
        }
      }
      return false;
    }

    /**
     * The first compound or coded noun phrase before the verb, else the first noun phrase. With
     * news options the verb's own clause is searched first, so that in "X said Y attacked Z" the
     * source of "attacked" is Y, and actors known only by their role rank above uncoded phrases.
     */
    Item findSource(Seq upper, int verbStart) {
      if (options.clauseStructure()) {
        Item subject = clauseSubject(verbStart);
        if (subject != null) {
          return subject;
        }
      }
      List<Item> phrases = upper.phrases();
      for (int i = phrases.size() - 1; i >= 0; i--) {
        Item p = phrases.get(i);
        if (p.tag.equals(Item.NEC) || (p.nec == null && coded(p))) {
          return p;
        }
      }
      if (options.inferCountries()) {
        for (int i = phrases.size() - 1; i >= 0; i--) {
          Item p = phrases.get(i);
          if (roleCoded(p)) {
            return p.nec != null ? p.nec : p;
          }
        }
      }
      for (int i = phrases.size() - 1; i >= 0; i--) {
        Item p = phrases.get(i);
        return p.nec != null ? p.nec : p;
      }
      return null;
    }

    /**
     * The subject of the verb's clause: the first compound or coded noun phrase (else the first one
     * coded by role) among the clause's children before the verb, so not one inside an opening
     * phrase such as "By aiding Russia,". A clause without one that opens a larger clause ("After
     * meeting Putin, Xi praised...") takes the subject of the larger clause. Null if there is none
     * (an infinitive complement: the caller falls back to the phrases before the verb).
     */
    Item clauseSubject(int verbStart) {
      Item subject = clauseSubjectOf(verbStart);
      if (subject != null && subject.tag.equals(Item.NEC)) {
        // "recognized Kosovo on Monday, a day after it declared independence from Serbia": "it",
        // "he" or "she" stands for no compound of several actors
        int clause = enclosingClause(verbStart);
        Item own = clause < 0 ? null : singularPronoun(clause, verbStart);
        if (own != null) {
          return own;
        }
      }
      return subject;
    }

    /**
     * The clause's own subject at {@code clause} before {@code limit} if it is "it", "he" or "she";
     * else null.
     */
    Item singularPronoun(int clause, int limit) {
      int ne = firstChildPhrase(clause, limit);
      return ne >= 0
              && items.get(ne + 2) == items.get(ne).partner
              && SINGULAR_PRONOUNS.contains(items.get(ne + 1).word)
          ? items.get(ne)
          : null;
    }

    /**
     * The index of the first noun phrase that is a child of the clause at {@code clause} before
     * {@code limit}, or -1.
     */
    int firstChildPhrase(int clause, int limit) {
      int depth = 0;
      for (int i = clause + 1; i < limit; i++) {
        Item it = items.get(i);
        if (depth == 0 && it.isOpen(Item.NE)) {
          return i;
        }
        if (it.kind == Item.OPEN) {
          depth++;
        } else if (it.kind == Item.CLOSE) {
          depth--;
        }
      }
      return -1;
    }

    Item clauseSubjectOf(int verbStart) {
      Item described = describedNoun(verbStart);
      if (described != null) {
        return described;
      }
      int clause = enclosingClause(verbStart);
      if (clause < 0) {
        return null;
      }
      Item subject = subjectOf(clause, verbStart);
      if (subject != null) {
        return subject;
      }
      Item own = plainSubject(clause, verbStart);
      if (own != null) {
        // "Poland summoned the ambassador after a missile entered its airspace": the missile is
        // no actor, and the clause's act is not Poland's.
        return own;
      }
      Item antecedent = conjunctAntecedent(clause, verbStart);
      if (antecedent != null) {
        return antecedent;
      }
      int outer = enclosingClause(clause);
      if (outer < 0) {
        // "The group blamed Israel for the attack and vowed retaliation": an anaphor nothing
        // before it stands for is still the subject; no other actor in the sentence is
        return unresolvedAnaphor(clause, verbStart);
      }
      int vp = childVerbPhrase(outer);
      if (vp > clause) {
        return subjectOf(outer, vp);
      }
      Item crowd = protestingCrowd(clause);
      if (crowd != null) {
        // "police fired tear gas at demonstrators protesting against the plan": a protest right
        // after the protesters named is theirs, not the clause subject's
        return crowd;
      }
      Item speaker = speakerOfComplement(clause, outer);
      if (speaker != null) {
        return speaker;
      }
      if (vp >= 0 && clause < indexOf(items.get(vp).partner, vp) && !afterObject(clause)) {
        // "US officials said Iran was preparing to supply missiles to Russia": a clause inside
        // the verb phrase of a clause with its own subject is that subject's, not the sentence's
        // (unless an object comes first: "ordered them to evacuate")
        Item holder = subjectOf(outer, vp);
        if (holder != null) {
          return holder;
        }
      }
      // "South Africa filed a case, accusing Israel of genocide": a participle clause of the verb
      // phrase is done by the clause's subject, as is one after "after" or "before" ("established
      // relations with China after cutting ties with Taiwan")
      return vp >= 0 && (participleAdjunct(clause) || gerundAdjunct(clause))
          ? subjectOf(outer, vp)
          : null;
    }

    /**
     * For a clause whose subject is a pronoun ("it", "they") or a definite description ("the
     * group", "the country") and that follows another clause it is joined to ("Al-Shabaab militants
     * attacked a beach in Mogadishu, and the group threatened more attacks"), the subject of that
     * clause when the description fits it: a group, movement or party is no state, a country,
     * government or army is no armed group. Null otherwise.
     */
    Item conjunctAntecedent(int clause, int limit) {
      if (!options.clauseStructure()) {
        return null;
      }
      String noun = anaphoricSubject(clause, limit);
      int outer = noun == null ? -1 : enclosingOpen(clause);
      if (outer < 0 || !items.get(outer).tag.equals("S")) {
        return null;
      }
      int previous = -1;
      for (int i = outer + 1; i < clause; i++) {
        Item it = items.get(i);
        if (it.isOpen("S")) {
          previous = i;
        }
        if (it.kind == Item.OPEN) {
          i = indexOf(it.partner, i);
        }
      }
      int vp = previous < 0 ? -1 : childVerbPhrase(previous);
      Item subject = vp < 0 ? null : subjectOf(previous, vp);
      if (subject == null || !subject.tag.equals(Item.NE) || !coded(subject)) {
        return null;
      }
      boolean state = !nonState(subject.code) && country(subject.code) != null;
      if (lexicon.contains(WordList.GROUP_ANAPHORS, noun)) {
        return state ? null : subject;
      }
      if (lexicon.contains(WordList.STATE_ANAPHORS, noun)) {
        return state ? subject : null;
      }
      return subject;
    }

    /**
     * The pronoun ("IT", "THEY", "HE", "SHE") or the noun of a definite description ("GROUP" in
     * "the group") that is the whole subject of the clause at {@code clause}; null if its subject
     * is anything else.
     */
    String anaphoricSubject(int clause, int limit) {
      for (int i = clause + 1; i < limit; i++) {
        Item it = items.get(i);
        if (it.kind == Item.WORD) {
          return null;
        }
        if (it.isOpen(Item.NE) && it.nec == null && it.code.equals(NULL)) {
          Item first = items.get(i + 1);
          if (SUBJECT_PRONOUNS.contains(first.word) && items.get(i + 2) == it.partner) {
            return first.word;
          }
          boolean description =
              first.word.equals("THE")
                  && items.get(i + 3) == it.partner
                  && lexicon.contains(WordList.ANAPHORS, items.get(i + 2).word);
          return description ? items.get(i + 2).word : null;
        }
        if (it.kind == Item.OPEN && !it.isOpen("NP")) {
          return null;
        }
      }
      return null;
    }

    /**
     * The subject of the sentence's verb of saying, asking or demanding when the participle clause
     * at {@code clause}, itself a verb of words, closes the complement {@code outer} of that verb
     * ("China demanded that the Philippines remove its warship, accusing Manila of violating its
     * sovereignty": China accuses, not the Philippines); or null. A participle of deeds stays with
     * the complement's subject ("officials said rebels attacked the town, killing 20 people").
     */
    Item speakerOfComplement(int clause, int outer) {
      if (!options.clauseStructure() || outer < 0 || !participleAdjunct(clause)) {
        return null;
      }
      int complement = enclosingOpen(outer);
      if (complement >= 0 && items.get(complement).tag.equals("SBAR")) {
        complement = enclosingOpen(complement); // else an infinitive: "ordered him to leave"
      }
      if (complement < 0
          || !items.get(complement).isOpen("VP")
          || items.get(complement + 2).kind != Item.WORD
          || !verbal(participleWord(clause))
          || !(verbal(items.get(complement + 2).word) || order(items.get(complement + 2).word))) {
        return null;
      }
      int main = enclosingClause(complement);
      return main < 0 ? null : subjectOf(main, complement);
    }

    /**
     * The participle opening the participle clause at {@code clause}, also the first of coordinated
     * ones ("accusing it of inciting violence and leaking information").
     */
    String participleWord(int clause) {
      int at = items.get(clause + 2).isOpen("VBG") ? clause + 3 : clause + 4;
      return items.get(at).word;
    }

    /** True if the verb {@code word} alone is an order ("ordered", "told"). */
    boolean order(String word) {
      VerbEntry e = singleWord(word);
      return e != null && lexicon.contains(WordList.ORDER_VERBS, e.entry());
    }

    /** True if the verb {@code word} alone is one of words: saying, asking, demanding. */
    boolean verbal(String word) {
      VerbEntry e = singleWord(word);
      return e != null && VERBAL_ROOTS.contains(Modality.root(e.effectiveCode()));
    }

    /** The dictionary verb that is {@code word} alone ("said", not "said sorry"), or null. */
    VerbEntry singleWord(String word) {
      if (word == null) {
        return null; // a bracket, as in coordinated verb phrases: "(VP (VP (VBG accusing ..."
      }
      for (VerbEntry e : dictionaries.verbs().entries(word)) {
        if (e.before().isEmpty() && e.after().isEmpty()) {
          return e;
        }
      }
      return null;
    }

    /**
     * The protesters a participle clause of protest follows with no comma between, when they end a
     * phrase of the verb phrase ("at demonstrators protesting against the plan"), or null.
     */
    Item protestingCrowd(int clause) {
      if (!CommaClauses.startsParticipleClause(items, clause) || clause < 2) {
        return null;
      }
      int close = clause - 1;
      while (close > 0 && items.get(close).kind == Item.CLOSE && !items.get(close).isNeBracket()) {
        close--;
      }
      if (!items.get(close).isNeBracket() || items.get(close).kind != Item.CLOSE) {
        return null;
      }
      Item ne = items.get(close).partner;
      // the participle's word, past the brackets of coordinated verb phrases
      String participle = wordAfter(clause);
      List<VerbEntry> entries =
          participle == null ? List.of() : dictionaries.verbs().entries(participle);
      boolean protest =
          !entries.isEmpty() && Modality.root(entries.get(0).effectiveCode()).equals("14");
      return protest && ne.tag.equals(Item.NE) && ne.code.endsWith("OPP") ? ne : null;
    }

    /**
     * True if the clause at {@code clause} is a present participle clause without a subject after a
     * preposition of time that a verb phrase holds ("after cutting ties with Taiwan", "before
     * leaving for Beijing"): a fact of the verb's subject, done before or after its act.
     */
    boolean gerundAdjunct(int clause) {
      if (!CommaClauses.startsParticipleClause(items, clause) || clause < 3) {
        return false;
      }
      int pp = clause - 4;
      return pp >= 0
          && items.get(pp).isOpen("PP")
          && items.get(pp + 1).isOpen("IN")
          && GERUND_TIMES.contains(items.get(pp + 2).word)
          && enclosingOpen(pp) >= 0
          && items.get(enclosingOpen(pp)).tag.equals("VP");
    }

    /**
     * True if a noun phrase closes right before the clause at {@code clause}, or before a day ("on
     * Friday") there.
     */
    boolean afterObject(int clause) {
      int k = clause - 1;
      if (k > 0 && items.get(k).kind == Item.CLOSE && "PP".equals(items.get(k).tag)) {
        int open = indexOf(items.get(k).partner, 0);
        if (skipDay(open, clause + 1) == clause) {
          k = open - 1; // "ordered Israel on Friday to halt"
        }
      }
      return k > 0
          && items.get(k).kind == Item.CLOSE
          && (items.get(k).isNeBracket()
              || items.get(k).isNecBracket()
              || "NP".equals(items.get(k).tag));
    }

    /**
     * True if the participle heading the verb phrase at {@code vp} is a past tense the tagger took
     * for one: the clause's own verb phrase, no auxiliary before it and no "by" in it up to {@code
     * end} ("The Philippine House of Representatives impeached Vice President Sara Duterte,
     * accusing her of misusing public funds"; not "Two Palestinians killed by Israeli troops").
     */
    boolean pastTense(int vp, int end) {
      int up = enclosingOpen(vp);
      return up >= 0
          && items.get(up).tag.equals("S")
          && items.get(up + 1).isOpen(Item.NE)
          && !hasBy(vp, end);
    }

    /**
     * True if the clause at {@code clause} is a present participle clause without a subject that a
     * verb phrase holds as a child ("..., killing 20 people", "accusing Israel of genocide"), not
     * one inside a prepositional phrase ("accused Russia of sending troops").
     */
    boolean participleAdjunct(int clause) {
      if (!CommaClauses.startsParticipleClause(items, clause)) {
        return false;
      }
      int parent = enclosingOpen(clause);
      if (parent < 0 || !items.get(parent).tag.equals("VP")) {
        return false;
      }
      if (items.get(parent + 1).isOpen("VBN") && !pastTense(parent, clause)) {
        return false; // after a passive or perfect participle the doer is not plain
      }
      // after an object, a phrase or a comma; right after the verb it is its complement ("stop
      // harassing", "consider supplying")
      for (int i = parent + 1; i < clause; i++) {
        Item it = items.get(i);
        if (it.kind == Item.OPEN) {
          if (!it.tag.startsWith("VB")
              && !it.tag.equals("ADVP")
              && !it.tag.equals("PRT")
              && !it.tag.startsWith("RB")) {
            return true;
          }
          i = indexOf(it.partner, i);
        }
      }
      return false;
    }

    /**
     * The noun phrase a participle clause describes ("rebels seizing Damascus", "Palestinians
     * killed by Israeli troops"): the first noun phrase of the NP whose child is the verb's own VP.
     * Null if the verb phrase is not inside a noun phrase.
     */
    Item describedNoun(int verbStart) {
      int vp = enclosingOpen(verbStart);
      if (vp < 0 || !items.get(vp).tag.equals("VP")) {
        return null;
      }
      Item first = firstNounOf(vp);
      if (first == null) {
        return null;
      }
      Item noun = first.nec != null ? first.nec : first;
      return misattached(vp) || authored(noun, vp) ? null : noun;
    }

    /**
     * The first noun phrase or compound opening inside the NP that holds the verb phrase at {@code
     * vp} before it ("rebels" in "rebels seizing Damascus"), or null if the verb phrase is not in a
     * noun phrase or none comes before it.
     */
    Item firstNounOf(int vp) {
      int np = enclosingOpen(vp);
      if (np < 0 || !items.get(np).tag.equals("NP")) {
        return null;
      }
      for (int j = np + 1; j < vp; j++) {
        Item it = items.get(j);
        if (it.isOpen(Item.NE) || it.isOpen(Item.NEC)) {
          return it;
        }
      }
      return null;
    }

    /**
     * True if the verb phrase at {@code vp} is a present participle after a comma inside a noun
     * phrase whose first phrase names no actor ("declared martial law, accusing the opposition of
     * anti-state activities"): a thing does not accuse, so the parser attached to the noun what is
     * the act of the clause's subject.
     */
    boolean misattached(int vp) {
      if (!options.clauseStructure()
          || vp < 1
          || !items.get(vp).isOpen("VP")
          || !items.get(vp + 1).isOpen("VBG")
          || !items.get(vp - 1).isClose(",")) {
        return false;
      }
      Item first = firstNounOf(vp);
      return first != null && first.tag.equals(Item.NE) && first.code.equals(NULL);
    }

    /**
     * True if {@code noun} is a text without an actor that the present participle at {@code vp}
     * describes ("adopted a resolution demanding a ceasefire"): what the text does, its author
     * does, so the participle is the act of the clause's subject.
     */
    boolean authored(Item noun, int vp) {
      if (!options.clauseStructure()
          || !noun.tag.equals(Item.NE)
          || !noun.code.equals(NULL)
          || !items.get(vp + 1).isOpen("VBG")) {
        return false;
      }
      List<String> words = wordsOf(indexOf(noun, 0));
      return !words.isEmpty() && lexicon.contains(WordList.DOCUMENTS, words.get(words.size() - 1));
    }

    /**
     * The events of present participles in the verb's phrase that describe a text without an actor
     * ("issued a statement condemning Russia"), which are the acts of the text's author.
     */
    List<CodedEvent> authoredActs(VerbMatch m) {
      List<CodedEvent> out = new ArrayList<>();
      for (int i = m.end + 1; i + 1 < m.vpEnd; i++) {
        if (!items.get(i).isOpen("VP") || !items.get(i + 1).isOpen("VBG")) {
          continue;
        }
        Item first = firstNounOf(i);
        if (first != null && authored(first, i)) {
          int end = indexOf(items.get(i).partner, i);
          out.addAll(codeRange(i, end));
          i = end;
        }
      }
      return out;
    }

    /** The innermost bracket opened before {@code pos} and not closed before it, or -1. */
    int enclosingOpen(int pos) {
      return enclosing(pos, it -> !it.tag.startsWith("VB"));
    }

    /** The clause (S, SINV, SQ) whose brackets enclose {@code pos}, or -1. */
    int enclosingClause(int pos) {
      return enclosing(
          pos, it -> it.tag.equals("S") || it.tag.equals("SINV") || it.tag.equals("SQ"));
    }

    /** The innermost bracket enclosing {@code pos} that {@code kind} accepts, or -1. */
    int enclosing(int pos, Predicate<Item> kind) {
      int open = 0;
      for (int i = pos - 1; i >= PARSE_START - 1 && i >= 0; i--) {
        Item it = items.get(i);
        if (it.kind == Item.CLOSE) {
          open++;
        } else if (it.kind == Item.OPEN) {
          if (open > 0) {
            open--;
          } else if (kind.test(it)) {
            return i;
          }
        }
      }
      return -1;
    }

    /** The index of the first verb phrase among the children of the clause at {@code clause}. */
    int childVerbPhrase(int clause) {
      int depth = 0;
      for (int i = clause + 1; i < items.size(); i++) {
        Item it = items.get(i);
        if (it.kind == Item.OPEN) {
          if (depth == 0 && it.tag.equals("VP")) {
            return i;
          }
          depth++;
        } else if (it.kind == Item.CLOSE) {
          if (depth == 0) {
            return -1;
          }
          depth--;
        }
      }
      return -1;
    }

    /**
     * The subject of the clause at {@code clause} before {@code limit} when it is a definite
     * description of an actor ("the group", "the alliance") that names none: null if there is none,
     * or if it is a pronoun (news options).
     */
    Item unresolvedAnaphor(int clause, int limit) {
      if (!options.clauseStructure()) {
        return null;
      }
      int i = firstChildPhrase(clause, limit);
      Item ne = i < 0 ? null : items.get(i);
      return ne != null
              && ne.nec == null
              && ne.code.equals(NULL)
              && items.get(i + 1).word.equals("THE")
              && items.get(i + 3) == ne.partner
              && lexicon.contains(WordList.ANAPHORS, items.get(i + 2).word)
          ? ne
          : null;
    }

    /**
     * A noun phrase with no actor that is a child of the clause at {@code clause} before {@code
     * limit}: the clause's own subject, though no actor. Null if there is none.
     */
    Item plainSubject(int clause, int limit) {
      int depth = 0;
      for (int i = clause + 1; i < limit; i++) {
        Item it = items.get(i);
        if (depth == 0 && it.isOpen(Item.NE) && it.nec == null && it.code.equals(NULL)) {
          // "it", "its jets", "the alliance": a pronoun or a definite description of an actor
          // stands for one named elsewhere.
          boolean anaphor =
              PRONOUNS.contains(items.get(i + 1).word)
                  || (items.get(i + 1).word.equals("THE")
                      && items.get(i + 3) == it.partner
                      && lexicon.contains(WordList.ANAPHORS, items.get(i + 2).word));
          return anaphor ? null : it;
        }
        if (depth == 0
            && options.clauseStructure()
            && it.isOpen("NP")
            && items.get(i + 1).isOpen(Item.NE)
            && items.get(i + 1).code.equals(NULL)
            && (phrases.mishap(wordsOf(i + 1))
                || (describedByParticiple(i + 1) && !namesActor(i)))) {
          // "A fire at a hospital in Baghdad killed 82 people": the fire is the subject, and no
          // actor; the hospital after "at" is not. Nor is a subject described by a participle
          // that names no actor either ("after mortar shells fired from across the border landed
          // inside Bangladeshi territory": the shells landed, no one visited; but "A report
          // released in the Rwandan capital alleged" is Rwanda's)
          return items.get(i + 1);
        }
        if (it.kind == Item.OPEN) {
          depth++;
        } else if (it.kind == Item.CLOSE) {
          depth--;
        }
      }
      return null;
    }

    /** True if a noun phrase inside the phrase opening at {@code i} names an actor. */
    boolean namesActor(int i) {
      for (int k = i + 1; k < items.size() && items.get(k) != items.get(i).partner; k++) {
        if (items.get(k).isOpen(Item.NE) && coded(items.get(k))) {
          return true;
        }
      }
      return false;
    }

    /**
     * True if the noun phrase at {@code ne} is followed, in the phrase it heads, by a participle
     * describing it ("(NP (NP mortar shells) (VP fired from across the border))").
     */
    boolean describedByParticiple(int ne) {
      return participlePhrase(indexOf(items.get(ne).partner, ne) + 1);
    }

    /** True if a verb phrase headed by a participle ("fired", "carrying") opens at {@code k}. */
    boolean participlePhrase(int k) {
      return k + 1 < items.size()
          && items.get(k).isOpen("VP")
          && (items.get(k + 1).isOpen("VBN") || items.get(k + 1).isOpen("VBG"));
    }

    /** The subject among the children of the clause at {@code clause} before {@code limit}. */
    Item subjectOf(int clause, int limit) {
      Item role = null;
      int depth = 0;
      for (int i = clause + 1; i < limit; i++) {
        Item it = items.get(i);
        if (depth == 0 && it.isOpen(Item.NEC)) {
          return it;
        }
        Item ne = depth == 0 && it.isOpen("NP") ? appositionHead(i) : it;
        if (depth == 0 && ne.isOpen(Item.NE)) {
          if (ne.nec == null && coded(ne)) {
            return ne;
          }
          if (role == null && roleCoded(ne)) {
            role = ne.nec != null ? ne.nec : ne;
          }
        }
        if (it.kind == Item.OPEN) {
          depth++;
        } else if (it.kind == Item.CLOSE) {
          depth--;
        }
      }
      return role;
    }

    /**
     * The first noun phrase of the phrase at {@code np}, inside any phrases it opens with, when a
     * comma follows it: an apposition the parser kept in two phrases ("Kim Yo Jong, the powerful
     * sister of North Korean leader Kim Jong Un,"); else the phrase's own item.
     */
    Item appositionHead(int np) {
      int at = np + 1;
      while (at + 1 < items.size() && items.get(at).isOpen("NP")) {
        at++; // "(NP (NP Rafael Grossi , the director general of the IAEA) ,)"
      }
      Item first = items.get(at);
      if (!first.isOpen(Item.NE)) {
        return items.get(np);
      }
      int after = indexOf(first.partner, at) + 1;
      return after < items.size() && items.get(after).isOpen(",") ? first : items.get(np);
    }

    /**
     * True if the actor of the phrase is named after a word of time inside it ("in the first 48
     * hours after the Hamas attack"): when the act happened, not whom it reached.
     */
    boolean afterTime(Item ne) {
      if (!ne.tag.equals(Item.NE)) {
        return false;
      }
      int at = indexOf(ne, 0);
      String before = wordBefore(at);
      if (before != null && TEMPORAL.contains(before)) {
        return true; // "(PP in (PP the first 48 hours after the Hamas attack))"
      }
      List<String> phrase = wordsOf(at);
      ActorDictionary.Hit actor = dictionaries.actors().firstActor(phrase, date);
      return actor != null
          && phrase.subList(0, actor.start()).stream().anyMatch(TEMPORAL::contains);
    }

    /**
     * True if the noun phrase at {@code i} follows a preposition that names no party to an act
     * ("under", "of", "in"), rather than whom it is with, to or against.
     */
    boolean circumstance(int i) {
      for (int w = i - 1; w > 0; w--) {
        Item it = items.get(w);
        if (it.kind == Item.WORD) {
          return items.get(w - 1).isOpen("IN") && !PARTY_PREPOSITIONS.contains(it.word);
        }
      }
      return false;
    }

    /** True if every member of the compound {@code nec} is a place of {@code country}. */
    boolean placesOf(Item nec, String country) {
      int k = indexOf(nec, 0);
      int end = indexOf(nec.partner, k);
      boolean any = false;
      for (int i = k + 1; i < end; i++) {
        Item it = items.get(i);
        if (!it.isOpen(Item.NE)) {
          continue;
        }
        if (!country.equals(it.code) || !namesPlace(i)) {
          return false;
        }
        any = true;
      }
      return any;
    }

    /**
     * True if the phrase is where something happened, not to whom: a place after "in", "inside",
     * "near" or "across" ("rallied in Tbilisi", "imposed a curfew in Dhaka").
     */
    boolean wherePlace(Item ne, String source, boolean venue) {
      int i = indexOf(ne, 0);
      if (venue && ne.code.length() == 3 && placeMeeting(wordsOf(i))) {
        return true; // "pledge deeper ties at Moscow summit": the summit's place is a venue
      }
      if (!namesPlace(i)) {
        return false;
      }
      List<String> phrase = wordsOf(i);
      ActorDictionary.Hit actor = dictionaries.actors().firstActor(phrase, date);
      // "peace talks in Caracas": the venue of a meeting inside the phrase.
      boolean inside =
          venue
              && ne.code.length() == 3
              && actor.start() > 0
              && WHERE_PREPOSITIONS.contains(phrase.get(actor.start() - 1))
              && phrase.subList(0, actor.start() - 1).stream()
                  .anyMatch(w -> lexicon.contains(WordList.MEETINGS, w));
      if (!inside) {
        // "in Tbilisi": the preposition before the phrase, and nothing but place words before
        // the place in it ("in the east of Kenya", not "in military aid to Ukraine").
        int w = i - 1;
        while (w > 0 && items.get(w).kind != Item.WORD) {
          if (items.get(w).kind == Item.OPEN && !items.get(w).tag.equals("IN")) {
            return false;
          }
          w--;
        }
        if (w <= 0 || !WHERE_PREPOSITIONS.contains(items.get(w).word)) {
          return false;
        }
        if (!placeWords(phrase.subList(0, actor.start()))) {
          return false;
        }
      }
      // A place in the source's own country sets the scene ("protesters rallied in Tbilisi"); a
      // place abroad is where the action lands ("drones struck a car in southern Lebanon"), except
      // for a meeting ("peace talks in Caracas").
      // "a raid near the Afghan border" may be on either side of it: no one is hit there.
      String here = country(ne.code);
      return venue
          || here == null
          || here.equals(source)
          || phrase.stream().anyMatch(BORDERS::contains);
    }

    /**
     * True if the phrase names a place and then only a meeting held there ("the Moscow summit",
     * "Geneva talks").
     */
    boolean placeMeeting(List<String> phrase) {
      ActorDictionary.Hit actor = dictionaries.actors().firstActor(phrase, date);
      if (actor == null || actor.start() + actor.length() >= phrase.size()) {
        return false;
      }
      for (String w : phrase.subList(actor.start() + actor.length(), phrase.size())) {
        if (!lexicon.contains(WordList.MEETINGS, w)) {
          return false;
        }
      }
      return true;
    }

    /**
     * True if the words before a place in a phrase after "in" still say where: nothing but place
     * words ("the east of Kenya"), or a deed and then a place ("a raid in North Waziristan"), but
     * not a thing going somewhere ("military aid to Ukraine").
     */
    boolean placeWords(List<String> before) {
      int j = before.size() - 1;
      while (j >= 0
          && (lexicon.contains(WordList.PLACE_PARTS, before.get(j))
              || lexicon.contains(WordList.PLACE_LEADS, before.get(j)))) {
        j--;
      }
      if (j < 0) {
        return true;
      }
      if (!WHERE_PREPOSITIONS.contains(before.get(j))) {
        return false;
      }
      for (String word : before.subList(0, j)) {
        if (PREPOSITIONS.contains(word)) {
          return false;
        }
      }
      return true;
    }

    /**
     * True if {@code place} is an institution right after the role-only phrase {@code people},
     * joined by one preposition of place: "protesters outside parliament", "crowds near the
     * embassy".
     */
    boolean landmark(Item people, Item place, int vp) {
      if (people == null || !roleCoded(people) || place.code.length() <= 3) {
        return false;
      }
      int close = indexOf(people.partner, indexOf(people, vp));
      int words = 0;
      String word = null;
      for (int i = close + 1; i < indexOf(place, close); i++) {
        if (items.get(i).kind == Item.WORD) {
          words++;
          word = items.get(i).word;
        }
      }
      return words == 1 && LANDMARK_PREPOSITIONS.contains(word);
    }

    /**
     * True if, for an act of force ({@code 17}-{@code 20}), {@code people} are named only by their
     * role and {@code place} is a country's place named after "in", "inside" or "near".
     */
    boolean victimsThere(Item people, Item place, int vp, String code) {
      if (!roleCoded(people) || place.code.length() != 3 || !place.tag.equals(Item.NE)) {
        return false;
      }
      String root = Modality.root(code);
      if (!(root.equals("17") || root.equals("18") || root.equals("19") || root.equals("20"))) {
        return false;
      }
      int at = indexOf(place, vp);
      String before = wordBefore(at);
      // not "at" a place: "fired artillery at southern Lebanon" aims at it
      return ("IN".equals(before) || "INSIDE".equals(before) || "NEAR".equals(before))
          && namesPlace(at);
    }

    /**
     * The first phrase after the verb when it is named only by its role, after phrases naming no
     * one ("dozens of villagers": "dozens", then "villagers"); or null.
     */
    Item leadingRole(List<Item> after) {
      for (Item p : after) {
        if (roleCoded(p)) {
          return p;
        }
        if (!p.tag.equals(Item.NE) || !p.code.equals(NULL)) {
          return null;
        }
      }
      return null;
    }

    /** An NE coded only by its role, such as {@code ---GOV}. */
    boolean roleCoded(Item ne) {
      return ne.tag.equals(Item.NE) && ne.code.startsWith(NULL) && ne.code.length() > 3;
    }

    /**
     * The target of a verb whose source is {@code source}. With news options a place is not a
     * target when it is in the source's own country, nor, for a meeting ({@code venue}), at all.
     */
    Item findTarget(Item source, Seq upper, Seq lower, boolean venue, int vp, String code) {
      boolean material = material(code);
      List<Located> sourceCodes = codes(source);
      String sourceCode = sourceCodes.size() == 1 ? sourceCodes.get(0).code() : null;
      String sourceCountry = sourceCode == null ? null : country(sourceCode);
      if (sourceCountry == null
          && sourceCode != null
          && sourceCode.startsWith(NULL)
          && options.inferCountries()) {
        sourceCountry = location();
      }
      List<Item> after = lower.phrases();
      if (options.clauseStructure()) {
        // "arrested two men suspected of spying for Russia": the men are the target, not an actor
        // named in the clause that describes them. Present participles stay ("roads connecting
        // to South Korea", "a car carrying Hezbollah members"): what they name is what is hit.
        after = after.stream().filter(p -> !inNounClause(p, vp, false)).toList();
        // "arrested three opposition activists on charges of plotting against President Maduro":
        // whom a charge names is not whom the act is done to
        after = after.stream().filter(p -> !inCharge(p, vp)).toList();
        if (!material || Modality.root(code).equals("08")) {
          // "Japan's prime minister visited the Yasukuni shrine, angering China": whom a
          // participle clause names is what followed from the act, not whom words or visits
          // reach (a deed's victims may be named there: "shelled Omdurman, killing 12 civilians");
          // nor whom a concession reaches ("Haiti's prime minister resigned, clearing the way
          // for a transitional council")
          after = after.stream().filter(p -> !inParticipleAdjunct(p, vp)).toList();
        }
      }
      Item home = null;
      Item prev = null;
      if (options.clauseStructure() && venue && source != null && source.tag.equals(Item.NEC)) {
        // "South Korea and Japan agreed to share data on North Korean missile launches": what
        // the members act on together is a topic, not a party; and "Indian and Chinese troops
        // clashed, leaving 20 Indian soldiers dead": what a participle clause of the verb phrase
        // names is its own act's (coded on its own), not the other party of theirs
        // nor is whom a phrase of circumstance names ("resumed negotiations under the auspices
        // of Saudi Arabia", "in the face of growing Chinese pressure")
        after =
            after.stream()
                .filter(p -> !TOPIC_PREPOSITIONS.contains(wordBefore(indexOf(p, vp))))
                .filter(p -> !inParticipleAdjunct(p, vp))
                .filter(p -> !circumstance(indexOf(p, vp)))
                .toList();
      }
      for (Item p : after) {
        Item people = prev;
        prev = p;
        if (p.tag.equals(Item.NEC)) {
          if (options.clauseStructure()
              && sourceCountry != null
              && placesOf(p, sourceCountry)
              && WHERE_PREPOSITIONS.contains(wordBefore(indexOf(p, vp)))) {
            // "fired tear gas to disperse protesters in Abuja and Lagos": places of the doer's own
            // country are where it acted, as one place is
            continue;
          }
          if (!options.clauseStructure()
              || (!codes(p).get(0).code().equals(NULL)
                  && !((given(code) || Modality.root(code).equals("03"))
                      && codes(p).stream().allMatch(c -> c.code().startsWith(NULL))))) {
            return p;
          }
          // "sent search and rescue teams and two field hospitals to Libya", "a team of rescuers
          // and medical supplies to Myanmar": things and people sent, named by role at most, are
          // not whom they go to; nor when they are only promised ("would send emergency relief
          // supplies and a medical team to quake-hit Turkey")
          continue;
        }
        if (p.nec == null
            && coded(p)
            && (!startsWith(p.code, sourceCode)
                || (options.clauseStructure()
                    && (opposes(p.code, sourceCode) || ownPeople(p.code, sourceCode, code))))
            && !(options.clauseStructure() && wherePlace(p, sourceCountry, venue))
            && !(options.clauseStructure() && afterTime(p))) {
          if (options.clauseStructure()
              && people != null
              && after.indexOf(people) == 0
              && victimsThere(people, p, vp, code)) {
            // "Gunmen killed 12 villagers in an attack on a village in Burkina Faso's north": the
            // people named by their role are whom force was used on; the place says where
            return people.nec != null ? people.nec : people;
          }
          if (options.clauseStructure()
              && p.code.equals(sourceCountry)
              && FORCE_ROOTS.contains(Modality.root(code))) {
            // "Gunmen abducted 280 pupils from a school ..., in one of the largest mass
            // kidnappings in Nigeria", "Boko Haram fighters abducted dozens of villagers
            // collecting firewood near the town of Gwoza in Borno state": the attackers' own
            // country is not whom they hit; the people they hit are
            Item victims = leadingRole(after);
            if (victims != null) {
              return victims.nec != null ? victims.nec : victims;
            }
          }
          if (options.clauseStructure() && landmark(people, p, vp)) {
            // "disperse protesters outside parliament": the building is where the people are
            return people.nec != null ? people.nec : people;
          }
          if (options.clauseStructure() && ownCountry(p.code, sourceCode)) {
            // "Russia's foreign minister said Moscow was open to talks with Washington": another
            // actor is whom; the own country only for words, and only when no other is named.
            home = home == null && !material ? p : home;
            continue;
          }
          return p;
        }
      }
      if (home != null) {
        return home;
      }
      if (options.inferCountries()) {
        for (Item p : after) {
          // A role alone is the target only when the act reaches it, not when a clause describing
          // something else names it ("signed a defence pact allowing troops to be deployed").
          if (roleCoded(p)
              && !p.code.equals(sourceCode)
              && !(options.clauseStructure() && inNounClause(p, vp, true))) {
            return p.nec != null ? p.nec : p;
          }
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
        if (unit.tag.equals(Item.NEC)
            || (coded(unit)
                && !startsWith(unit.code, sourceCode)
                && !(options.clauseStructure() && wherePlace(unit, sourceCountry, venue)))) {
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

    /** True if the phrase lies in a participle clause of the verb phrase at {@code vp}. */
    boolean inParticipleAdjunct(Item phrase, int vp) {
      if (vp < 0) {
        return false;
      }
      int at = indexOf(phrase, vp);
      boolean any = false;
      for (int i = vp + 1; i + 2 < at && !any; i++) {
        // a cheap look for a present participle clause before the phrase first
        any = CommaClauses.startsParticipleClause(items, i);
      }
      if (!any) {
        return false;
      }
      for (int i = enclosingClause(at); i > vp; i = enclosingClause(i)) {
        if (items.get(i).tag.equals("S") && participleAdjunct(i)) {
          return true;
        }
      }
      return false;
    }

    /**
     * True if the phrase lies in a past participle clause that describes a noun ("two men suspected
     * of spying for Russia", "militants backed by Iran") inside the verb phrase at {@code vp}; with
     * {@code anyClause}, also in a present participle or relative clause ("a pact allowing troops
     * to be deployed").
     */
    boolean inNounClause(Item phrase, int vp, boolean anyClause) {
      int open = 0;
      String child = null;
      for (int i = indexOf(phrase, vp) - 1; i > vp; i--) {
        Item it = items.get(i);
        if (it.kind == Item.CLOSE) {
          open++;
        } else if (it.kind == Item.OPEN) {
          if (open > 0) {
            open--;
            continue;
          }
          if (child != null && it.tag.equals("NP") && child.equals("VP VBN")) {
            // "rejected the peace plan proposed by Ukraine": who made a thing is whom the act
            // concerns; who backs or holds people is not ("militants backed by Iran").
            return !(afterBy(phrase) && headIsThing(i));
          }
          if (anyClause
              && child != null
              && it.tag.equals("NP")
              && (child.startsWith("VP VB") || child.equals("SBAR"))) {
            return true;
          }
          child = it.tag.equals("VP") ? "VP " + items.get(i + 1).tag : it.tag;
        }
      }
      return false;
    }

    /**
     * True if the phrase comes after a charge noun and "of" in the verb phrase at {@code vp}, or
     * opens with them (the parser's reduced clause): "on charges of spying for Russia", "on
     * suspicion of plotting against the president".
     */
    boolean inCharge(Item phrase, int vp) {
      String before = null;
      int end = indexOf(phrase.partner, vp);
      for (int i = vp + 1; i < end; i++) {
        Item it = items.get(i);
        if (it.kind == Item.WORD) {
          if (it.word.equals("OF") && before != null && CHARGES.contains(before)) {
            return true;
          }
          before = it.word;
        }
      }
      return false;
    }

    /** The verb's source: the pattern's, else the one found before the verb (found once). */
    Item sourceOf(VerbMatch m) {
      if (m.source == null) {
        m.source = findSource(m.upper, m.start);
      }
      return m.source;
    }

    /**
     * The actor that a phrase opening the clause of the verb phrase at {@code vp} names as the
     * other party of a meeting or call: "In a phone call with his Turkish counterpart", "During
     * talks with Chinese Premier Li Qiang", a prepositional phrase before the subject whose noun
     * phrase has a meeting noun followed by "with"; or null. Never one of the source's own.
     */
    Item openingPartner(int vp, Item source) {
      int clause = enclosingClause(vp);
      if (clause < 0) {
        return null;
      }
      String sourceCode = codes(source).size() == 1 ? codes(source).get(0).code() : null;
      for (int j = clause + 1; j < vp && j < items.size(); j++) {
        Item child = items.get(j);
        if (child.kind != Item.OPEN) {
          continue;
        }
        if (child.isOpen("VP")) {
          return null;
        }
        int end = indexOf(child.partner, j);
        if (child.isOpen("PP")) {
          for (int k = j + 1; k < end; k++) {
            Item ne = items.get(k);
            if (ne.kind == Item.OPEN && (ne.tag.equals(Item.NE) || ne.tag.equals(Item.NEC))) {
              boolean named = ne.tag.equals(Item.NEC) || coded(ne);
              return named && meetingWith(k) && !startsWith(ne.code, sourceCode) ? ne : null;
            }
          }
        }
        j = end;
      }
      return null;
    }

    /**
     * The actor a phrase of the verb phrase at {@code vp}, in {@code [from, end)}, names as the
     * other party of a meeting or call: "discussed the war in Gaza in a phone call with Iranian
     * President Ebrahim Raisi", "discussed the North Korean nuclear standoff with US Secretary of
     * State Condoleezza Rice" (not "with" after another verb: "ways to deal with Iran"); else null.
     */
    Item trailingPartner(int vp, int from, int end, Item source) {
      String sourceCode = codes(source).size() == 1 ? codes(source).get(0).code() : null;
      for (int k = from; k < end; k++) {
        Item ne = items.get(k);
        if (ne.isOpen(Item.NE)
            && ne.nec == null
            && coded(ne)
            && (meetingWith(k)
                || ("WITH".equals(wordBefore(k))
                    // not "with Oman's foreign minister shuttling between them": a clause's
                    // subject says how it went, not whom with
                    && !items.get(k - 1).isOpen("S")
                    && enclosing(k, it -> it.tag.equals("VP")) == vp))) {
          return startsWith(ne.code, sourceCode) ? null : ne;
        }
      }
      return null;
    }

    /** True if the noun phrase at {@code ne} has a meeting noun then "with": "a call with". */
    boolean meetingWith(int ne) {
      List<String> words = wordsOf(ne);
      for (int i = 0; i + 1 < words.size(); i++) {
        if (lexicon.contains(WordList.MEETINGS, words.get(i)) && words.get(i + 1).equals("WITH")) {
          return true;
        }
      }
      return false;
    }

    /** True if the word before the phrase is "by". */
    boolean afterBy(Item phrase) {
      return "BY".equals(wordBefore(indexOf(phrase, 0)));
    }

    /** The word before the item at {@code pos}, or null. */
    String wordBefore(int pos) {
      for (int w = pos - 1; w > 0; w--) {
        if (items.get(w).kind == Item.WORD) {
          return items.get(w).word;
        }
      }
      return null;
    }

    /** The word after the item at {@code pos}, or null. */
    String wordAfter(int pos) {
      for (int w = pos + 1; w < items.size(); w++) {
        if (items.get(w).kind == Item.WORD) {
          return items.get(w).word;
        }
      }
      return null;
    }

    /** The words of the noun phrase opened at {@code ne}. */
    List<String> wordsOf(int ne) {
      List<String> words = new ArrayList<>();
      Item open = items.get(ne);
      for (int j = ne + 1; j < items.size() && items.get(j) != open.partner; j++) {
        if (items.get(j).kind == Item.WORD) {
          words.add(items.get(j).word);
        }
      }
      return words;
    }

    /**
     * True if the first noun phrase inside the one at {@code np} names no actor, no role and no
     * people ("victims killed by the crash").
     */
    boolean headIsThing(int np) {
      for (int j = np + 1; j < items.size() && items.get(j) != items.get(np).partner; j++) {
        if (items.get(j).isOpen(Item.NE)) {
          Item ne = items.get(j);
          if (!ne.code.equals(NULL)) {
            return false;
          }
          int last = indexOf(ne.partner, j) - 1;
          return !lexicon.contains(WordList.PEOPLE, items.get(last).word);
        }
      }
      return false;
    }

    /**
     * The object of a verb phrase "V X to do something" (a noun phrase or compound right after the
     * verb, followed by an infinitive clause), or null.
     */
    Item addressee(VerbMatch m) {
      int k = objectIndex(m);
      int after = k < 0 ? -1 : skipDay(indexOf(items.get(k).partner, k) + 1, m.vpEnd);
      if (k >= 0
          && after + 2 < m.vpEnd
          && items.get(after).isOpen("S")
          && items.get(after + 1).isOpen("VP")
          && items.get(after + 2).isOpen("TO")) {
        return items.get(k);
      }
      return null;
    }

    /**
     * Where the phrase after {@code at} opens when a day ("on Friday") opens at {@code at}, between
     * an object and what it is told ("ordered Israel on Friday to halt"); else {@code at}.
     */
    int skipDay(int at, int end) {
      if (at + 3 >= end || !items.get(at).isOpen("PP") || !items.get(at + 1).isOpen("IN")) {
        return at;
      }
      int close = indexOf(items.get(at).partner, at);
      if (!"ON".equals(items.get(at + 2).word) || close + 1 >= end) {
        return at;
      }
      for (int k = at + 3; k < close; k++) {
        Item it = items.get(k);
        if (it.kind == Item.WORD && !DAYS.contains(it.word)) {
          return at;
        }
      }
      return close + 1;
    }

    /**
     * The one a statement is made to, right after its verb and before the clause that says what
     * ("told Israel it must stop", "warned Iran that..."), or null.
     */
    Item toldWhom(VerbMatch m) {
      int k = objectIndex(m);
      int after = k < 0 ? -1 : skipDay(indexOf(items.get(k).partner, k) + 1, m.vpEnd);
      return k >= 0 && after < m.vpEnd && items.get(after).isOpen("SBAR") ? items.get(k) : null;
    }

    /**
     * The named actor a compound subject acts on together, or null: the verb's object when it is an
     * actor or a thing "with" one ("met Zelensky", "held talks with Zelensky", "signed an agreement
     * with Iran"), else the noun phrase of the verb's own "with" phrase ("met with Ukraine's
     * president"). An actor named as a place, topic or inside a clause of the object ("held talks
     * in Geneva", "share the view that North Korea...") is no partner.
     */
    Item compoundPartner(VerbMatch m) {
      int k = objectIndex(m);
      if (k >= 0) {
        Item object = items.get(k);
        List<String> words = wordsOf(k);
        boolean partner =
            words.contains("WITH") || words.stream().noneMatch(NOT_THE_HEAD::contains);
        return partner && named(object) ? object : null;
      }
      int with = phraseOf("WITH", m.end + 1, m.vpEnd);
      Item ne = with < 0 ? null : firstUnitIn(with, m.vpEnd);
      return ne != null && named(ne) ? ne : null;
    }

    /** True if the noun phrase is a compound or a coded one. */
    boolean named(Item unit) {
      return unit.tag.equals(Item.NEC) || coded(unit);
    }

    /** Where the noun phrase or compound right after the verb opens, or -1 if none does. */
    int objectIndex(VerbMatch m) {
      int k = afterCloses(m.end + 1, m.vpEnd);
      return k < m.vpEnd && (items.get(k).isOpen(Item.NE) || items.get(k).isOpen(Item.NEC))
          ? k
          : -1;
    }

    /**
     * "The International Court of Justice ordered Israel to halt its offensive in Rafah": an order
     * to another actor is a demand on it, coded from what it is told to do (1056 here), not the act
     * itself; null when the one ordered is the source's own ("Putin ordered troops to attack" stays
     * the attack).
     */
    List<CodedEvent> orderedAbroad(VerbMatch m) {
      Item who = addressee(m);
      if (m.target != null || who == null || !coded(who)) {
        return null; // a pattern that names whom ("* + TO_LEAVE") says it better
      }
      Item source = sourceOf(m);
      if (source == null || !coded(source)) {
        return null;
      }
      String from = country(source.code);
      String to = country(who.code);
      if (from != null && from.equals(to)) {
        return null;
      }
      List<CodedEvent> inner =
          codeRange(skipDay(indexOf(who.partner, m.end) + 1, m.vpEnd), m.vpEnd);
      m.code = inner.isEmpty() ? "100" : Modality.demand(inner.get(0).code());
      m.pattern = null;
      m.target = who;
      trace("  an order to another actor: a demand, " + m.code);
      return eventsOf(m);
    }

    /**
     * Refines the code by who acts and on whom, by the lexicon's codes-by-actor rules: the first
     * rule for the code and the verb whose actors fit gives its code ("Attackers stormed a hotel":
     * {@code 145* by UAF -> 180}).
     */
    void refine(VerbMatch m, Item source, Item target) {
      m.code = refined(m, m.code, m.passive ? target : source, m.passive ? source : target);
    }

    /**
     * The code the first codes-by-actor rule for it gives when {@code doer} acts on {@code done}.
     */
    String refined(VerbMatch m, String code, Item doer, Item done) {
      for (Lexicon.Refinement r : lexicon.refinements()) {
        if (r.appliesTo(code, m.entry.entry())
            && (r.by() == null || ofKind(doer, r.by()))
            && (r.on() == null || ofKind(done, r.on()))) {
          trace("  codes by actor, " + r.text() + ": " + code + " -> " + r.to());
          return r.to();
        }
      }
      return code;
    }

    /**
     * True if the phrase names actors of a kind of the codes-by-actor rules: {@code STATE} (states
     * or their governments only), {@code IGO} (organisations only), {@code PLACE} (a country named
     * by a place, not its people: "Goma") or an agent code every member's code has as one of its
     * parts ({@code MIL}: "Indian and Chinese troops"; {@code REB}: "Hamas", PSEREBHMS).
     */
    boolean ofKind(Item phrase, String kind) {
      if (phrase == null) {
        return false;
      }
      return switch (kind) {
        case "STATE" -> ofStates(phrase);
        case "IGO" -> codes(phrase).stream().allMatch(member -> member.code().startsWith("IGO"));
        case "PLACE" ->
            phrase.tag.equals(Item.NE)
                && phrase.code.length() == 3
                && country(phrase.code) != null
                && namesPlace(indexOf(phrase, 0))
                && !namesPeople(phrase);
        default -> codes(phrase).stream().allMatch(member -> hasPart(member.code(), kind));
      };
    }

    /**
     * True if one of the code's three-letter parts is {@code part} and the code is more than that
     * part: REB in PSEREBHMS (Hamas), IMG in IMGMOSALQSOM (al-Shabaab), MIL in RUSMIL.
     */
    boolean hasPart(String code, String part) {
      if (code.length() <= part.length()) {
        return false;
      }
      for (int i = 0; i + part.length() <= code.length(); i += 3) {
        if (code.startsWith(part, i)) {
          return true;
        }
      }
      return false;
    }

    /**
     * True if the phrase names only armed forces or police of no country or of the source's own:
     * "additional troops", "army troops and paramilitary Rangers" after "Pakistan deployed".
     */
    boolean ownForces(Item source, Item phrase) {
      List<String> codes;
      if (phrase.tag.equals(Item.NEC)) {
        codes = codes(phrase).stream().map(Located::code).toList();
      } else if (phrase.tag.equals(Item.NE)) {
        codes = List.of(phrase.code);
      } else {
        return false;
      }
      String home = country(source.code);
      return !codes.isEmpty()
          && codes.stream()
              .allMatch(
                  c ->
                      c.length() == 6
                          && FORCES.contains(c.substring(3))
                          && (c.startsWith(NULL) || c.substring(0, 3).equals(home)));
    }

    /**
     * True if the phrase names states or their governments only: "Japan", "the Chinese embassy",
     * "the Sahel juntas" (---GOV), "Mali, Burkina Faso and Niger"; not their people
     * ("Palestinians", "thousands of Georgians"), armies or parliaments.
     */
    boolean ofStates(Item phrase) {
      if (phrase.tag.equals(Item.NEC)) {
        return codes(phrase).stream().allMatch(member -> governs(member.code()));
      }
      return phrase.tag.equals(Item.NE)
          && governs(phrase.code)
          && (phrase.code.length() > 3 || !namesPeople(phrase));
    }

    /** True if the code is a known country or a state's government. */
    boolean governs(String code) {
      return code.length() == 3
          ? country(code) != null
          : code.length() == 6 && code.endsWith("GOV");
    }

    /**
     * True if a phrase names people rather than a state or place: "Palestinians", "Israelis",
     * "thousands of people", "three Americans".
     */
    boolean namesPeople(Item phrase) {
      for (String w : wordsOf(indexOf(phrase, 0))) {
        if (lexicon.contains(WordList.PEOPLE, w)
            || lexicon.contains(WordList.CROWDS, w)
            || (w.length() > 4 && w.endsWith("ANS"))
            || (w.length() > 4
                && w.endsWith("IS")
                && !lexicon.contains(WordList.PLACES_LIKE_DEMONYMS, w))) {
          return true;
        }
      }
      return false;
    }

    /** True if the code is of material cooperation or aid (06-08): something given or sent. */
    boolean given(String code) {
      String root = Modality.root(code);
      return root.compareTo("06") >= 0 && root.compareTo("08") <= 0;
    }

    /** True if the code's root is a material act (06-08, 14-20), not a verbal one. */
    boolean material(String code) {
      String root = Modality.root(code);
      return root.compareTo("06") >= 0 && !(root.compareTo("09") >= 0 && root.compareTo("13") <= 0);
    }

    /**
     * True if {@code speaker} speaks for the doer of {@code e}: the same actor, or an official of
     * the state that acts ("Vucic said Belgrade could sever ties": SRBGOV for SRB).
     */
    boolean saysOwn(String speaker, CodedEvent e) {
      return speaker.equals(e.source())
          || (options.clauseStructure() && ownCountry(e.source(), speaker));
    }

    /**
     * True if {@code code} is the bare country of a source that is a part of it ("The Canadian
     * government announced bans on travel to Canada against Russian officers": Canada is not whom
     * its government acts on, though it may speak of it).
     */
    boolean ownCountry(String code, String sourceCode) {
      return sourceCode != null
          && code.length() == 3
          && sourceCode.length() > 3
          && sourceCode.startsWith(code)
          && !nonState(sourceCode);
    }

    /**
     * True if {@code code} is a part of the actor {@code sourceCode} (its people, officials,
     * journalists) that the act coerces or uses force on: "Turkey detained Istanbul's mayor",
     * "China detained Uyghurs" (TURGOV, CHNCVL), codes 17 to 20; or that a crowd of the country
     * protests against: "Tens of thousands of Belarusians rallied in Minsk against President
     * Alexander Lukashenko" (BLRGOV), code 14. Words and cooperation among an actor's own parts are
     * no event between actors.
     */
    boolean ownPeople(String target, String sourceCode, String code) {
      return sourceCode != null
          && target.length() > sourceCode.length()
          && (FORCE_ROOTS_AND_COERCION.contains(Modality.root(code))
              || Modality.root(code).equals("14") && sourceCode.length() == 3);
    }

    /**
     * True if {@code code} is a group that stands against the state {@code sourceCode} names
     * ("Colombia suspended peace talks with the ELN": COLINSELN is Colombia's, yet its opponent).
     */
    boolean opposes(String code, String sourceCode) {
      return sourceCode != null && sourceCode.length() == 3 && nonState(code);
    }

    /**
     * True if the code names, after its country, a group standing against a state ("COLINSELN").
     */
    boolean nonState(String code) {
      return code.length() > 3 && NON_STATE.stream().anyMatch(a -> code.indexOf(a, 3) >= 0);
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

    /**
     * The actor a subject phrase names after "on" or "against" behind its own actor ("a Ukrainian
     * drone attack on the Russian city of Belgorod": RUS), when it is of another country; or null.
     */
    Located aimedAt(Item phrase) {
      int k = indexOf(phrase, 0);
      List<Item> words = new ArrayList<>();
      for (int j = k + 1; j < items.size() && items.get(j) != phrase.partner; j++) {
        if (items.get(j).kind == Item.WORD) {
          words.add(items.get(j));
        }
      }
      List<String> text = words.stream().map(w -> w.word).toList();
      ActorDictionary.Hit own = dictionaries.actors().firstActor(text, date);
      if (own == null) {
        return null;
      }
      for (int j = own.start() + own.length(); j + 1 < text.size(); j++) {
        if (!text.get(j).equals("ON") && !text.get(j).equals("AGAINST")) {
          continue;
        }
        List<String> rest = text.subList(j + 1, text.size());
        ActorDictionary.Hit aim = dictionaries.actors().firstActor(rest, date);
        if (aim == null) {
          return null;
        }
        String ours = country(own.code());
        String theirs = country(aim.code());
        if (theirs == null || theirs.equals(ours)) {
          return null;
        }
        int from = j + 1 + aim.start();
        int to = from + aim.length() - 1;
        return new Located(
            aim.code(), new TokenSpan(words.get(from).token, words.get(to).token + 1));
      }
      // "Israeli strikes on the southern Gaza city of Khan Younis killed 20 people": the phrase
      // of "on" after the subject's own noun phrase
      int pp = indexOf(phrase.partner, k) + 1;
      if (pp + 2 >= items.size()
          || !items.get(pp).isOpen("PP")
          || !("ON".equals(items.get(pp + 2).word) || "AGAINST".equals(items.get(pp + 2).word))) {
        return null;
      }
      Item aim = firstUnitIn(pp, items.size());
      if (aim != null && aim.tag.equals(Item.NE) && aim.code.equals(NULL)) {
        // "A Russian drone strike on a passenger bus in the city of Kherson": the bus names no
        // one; the place it was in does
        aim = placeAfter(aim);
      }
      if (aim == null || !aim.tag.equals(Item.NE) || !coded(aim)) {
        return null;
      }
      String ours = country(own.code());
      String theirs = country(aim.code);
      return theirs == null || theirs.equals(ours) ? null : new Located(aim.code, span(aim));
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

    List<CodedEvent> makeEvents(
        Item source, Item target, String code, boolean passive, TokenSpan verb, String pattern) {
      List<CodedEvent> out = new ArrayList<>();
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
        add(out, sources, targets, code.substring(0, colon), passive, verb, pattern);
        add(out, targets, sources, code.substring(colon + 1), passive, verb, pattern);
      } else {
        add(out, sources, targets, code, passive, verb, pattern);
      }
      return out;
    }

    void add(
        List<CodedEvent> out,
        List<Located> sources,
        List<Located> targets,
        String code,
        boolean passive,
        TokenSpan verb,
        String pattern) {
      for (Located s : sources) {
        for (Located t : targets) {
          if (s.code().equals(t.code())) {
            if (options.clauseStructure()
                && !(s.span() != null && s.equals(t)) // a compound's member and itself
                && s.code().startsWith(NULL)
                && s.code().length() > 3
                && options.oneActor(code)) {
              // "The opposition demanded the release of political prisoners": two actors known
              // by one role are not one actor; the act stands without its target.
              out.add(
                  new CodedEvent(
                      s.code(), NULL, code, s.span(), null, verb, pattern, false, null, null));
            } else if (options.inferCountries()
                && s.code().equals(NULL)
                && PLACE_ROOTS.contains(Modality.root(code))) {
              // "Thousands rallied in Belgrade on Saturday": a crowd's protest, whose country
              // is where it happens (see code()); so is a bombing nobody is named for.
              out.add(
                  new CodedEvent(
                      NULL, NULL, code, s.span(), null, verb, pattern, false, null, null));
            }
            continue;
          }
          if (options.clauseStructure()
              && t.code().startsWith(s.code())
              && !s.code().startsWith(NULL)
              && !opposes(t.code(), s.code())
              && !ownPeople(t.code(), s.code(), code)) {
            // "Greece and Turkey ... a visit by Erdogan": Turkey does not act on its own leader
            // (but may detain or attack its own people: "Turkey detained Istanbul's mayor")
            continue;
          }
          if (options.clauseStructure()
              && targets.size() > 1
              && t.code().length() == 3
              && s.code().length() > 3
              && s.code().startsWith(t.code())
              && !nonState(s.code())) {
            // "The Indian foreign minister said India and China had made progress": the others
            // named are whom it concerns, not the minister's own country (a rebel group's own
            // country stays: "Colombia and the ELN extended their ceasefire")
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
          out.add(e);
        }
      }
    }
  }

  /** The code of no actor. */
  static final String NULL = "---";

  /**
   * Agent codes of actors that stand against their own state: rebels capturing "the eastern
   * Congolese city of Goma" act on Congo.
   */
  private static final List<String> NON_STATE = List.of("REB", "INS", "OPP", "SEP", "UAF");

  /** Agent codes of a state's armed forces and police, and of armed men of no side. */
  private static final Set<String> FORCES = Set.of("MIL", "COP", "UAF");

  /** Agent codes of fighters, whose killing in numbers is combat: "killed 100 militants". */
  private static final Set<String> FIGHTERS = Set.of("MIL", "REB", "INS", "SEP", "UAF");

  /** How many killed at once make a killing a mass killing (202): "killed at least 184 people". */
  private static final long MASS_KILLING = 100;

  /** Codes of harm of no kind of its own: what followed from a use of force, not another one. */
  private static final Set<String> HARM = Set.of("180", "182", "190", "1712");

  /** Prepositions whose noun phrase may be the other party to an act. */
  static final Set<String> PARTY_PREPOSITIONS =
      Set.of("WITH", "TO", "AGAINST", "INTO", "TOWARD", "TOWARDS", "BETWEEN", "FOR", "FROM");

  /** Words that cannot be part of a place's own name ("Niger's Tillaberi region"). */
  private static final Set<String> NOT_NAMES =
      Set.of("OF", "IN", "ON", "AT", "TO", "FOR", "WITH", "AND", "THE", "A", "AN", "BY", "FROM");

  /** Words of a border, which names no one side as where an act happened. */
  private static final Set<String> BORDERS = Set.of("BORDER", "BORDERS", "FRONTIER", "BORDERLAND");

  /** CAMEO roots whose acts can be between the members of a compound subject. */
  private static final Set<String> RECIPROCAL_ROOTS =
      Set.of("03", "04", "05", "06", "08", "15", "19");

  /** Auxiliaries of a past deed before "not": "did not fire", "had not opened fire". */
  private static final Set<String> PAST_AUXILIARIES =
      Set.of("DID", "HAD", "HAS", "HAVE", "WAS", "WERE");

  /** Pronouns by which a speaker names itself or its own in what it says. */
  private static final Set<String> SPEAKERS = Set.of("IT", "WE", "ITS", "OUR", "THEY", "THEIR");

  /** Pronouns that stand for the object of a verb. */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("IT", "THEM", "HIM", "HER");

  /** Prepositions that end the place of a scene the parser joined to more words. */
  private static final Set<String> SCENE_BREAKS =
      Set.of("AGAINST", "OVER", "FOR", "ON", "AFTER", "DURING", "AMID", "TO", "FROM", "ABOUT");

  /** Words between the actor and the verb of a closing denial ("which Moscow has long denied"). */
  private static final Set<String> DENIAL_ADVERBS =
      Set.of(
          "HAS", "HAVE", "HAD", "STRONGLY", "FIRMLY", "VEHEMENTLY", "REPEATEDLY", "LONG", "ALSO");

  /** Articles before the noun of a closing clause (", a charge Moscow denies"). */
  private static final Set<String> ARTICLES = Set.of("A", "AN", "THE");

  /** Pronouns that stand for one actor, never for a compound of several. */
  private static final Set<String> SINGULAR_PRONOUNS = Set.of("IT", "HE", "SHE");

  /** Pronouns that stand for the subject of a clause. */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("IT", "THEY", "HE", "SHE");

  /** Object pronouns that stand for a person, never for a state or a place. */
  private static final Set<String> PERSON_PRONOUNS = Set.of("HIM", "HER");

  /** Pronouns and possessives that open a noun phrase standing for an actor named elsewhere. */
  private static final Set<String> PRONOUNS =
      Set.of(
          "I", "WE", "YOU", "HE", "SHE", "IT", "THEY", "MY", "OUR", "YOUR", "HIS", "HER", "ITS",
          "THEIR", "THIS", "THAT", "THESE", "THOSE", "WHICH", "WHO");
}
