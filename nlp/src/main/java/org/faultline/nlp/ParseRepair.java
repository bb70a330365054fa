package org.faultline.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the sentences the tagger left without a finite verb because it took the main verb, a simple
 * past, for a past participle: "Myanmar's military imposed martial law in several townships" came
 * out as one noun phrase ({@code (NP ... (VBN imposed) (JJ martial) (NN law))}) and "The US
 * Treasury sanctioned six Iranian officials" as an adjective phrase inside the subject, so the
 * coder found no clause to code. Such a verb is retagged {@code VBD} and the sentence parsed again;
 * the new tree is kept only when the verb now heads the verb phrase of a clause.
 *
 * <p>A candidate is the first {@code VBN} of a sentence with no {@code VBD}, {@code VBZ}, {@code
 * VBP} or {@code MD}, after a noun, adjective or pronoun and before what can open an object ("the",
 * a number, a noun, an adjective, a pronoun, a particle, or "to" and a verb), that does not already
 * head a clause's verb phrase. Reduced passives stay as they are: "Two Palestinians killed by
 * Israeli troops" and "Troops deployed to the border" have a preposition after the participle.
 *
 * <p><b>No clause at the root.</b> The shift-reduce parser sometimes gives a whole sentence as a
 * prepositional or noun phrase ("In a rare rebuke, the United States criticised Israel" as {@code
 * (ROOT (PP (IN In) (NP ... (VP criticised ...))))}), where the coder finds no subject; such a
 * sentence with a finite verb and at most {@link #PCFG_MAX_TOKENS} tokens is parsed again by the
 * PCFG, and its tree kept if it has a clause at the root.
 *
 * <p><b>A noun taken for a verb after the opening determiner.</b> "A Ukrainian drone attack set
 * fire to an oil refinery" came out with {@code (NP (DT A) (NNP Ukrainian)) (VP (VB drone) ...)}:
 * the subject cut short and a base-form verb heading the sentence's verb phrase, so the coder read
 * no attack. A sentence that opens with a determiner, then only adjectives, proper nouns or
 * numbers, then a {@code VB} heading a verb phrase has that word retagged {@code NN} and is parsed
 * again; the new tree is kept only if the word no longer heads a verb phrase and the root holds a
 * clause. So is a {@code VB} heading a verb phrase further in, after a determiner or possessive and
 * only adjectives, proper nouns or numbers, or between "and" after a noun and a noun: "Russian
 * forces launched a massive missile and drone attack on Ukraine" had {@code (CC and) (VP (VB drone)
 * (NP (NN attack)))} and no event. Not after a subject inverted with a modal or "do" ("Should the
 * West deliver missiles").
 *
 * <p><b>A headline's verb taken for a noun.</b> "US sanctions Chinese firms over Iran oil trade"
 * and "Macron hosts Modi in Paris" came out as one noun phrase ({@code (NNS sanctions)}, {@code
 * (NNS hosts)}) and "Putin, Xi pledge deeper ties" with {@code (NNP pledge)}: no verb, no event. In
 * a sentence with no verb at all but an infinitive, the first lower-case word tagged as a noun
 * right after a proper noun and before what can open an object is retagged {@code VBZ} (ending in
 * "s") or {@code VBP} and the sentence parsed again; the tree is kept if the word heads a clause's
 * verb phrase. Given the coder's verb forms, further words a headline's verb may be are tried
 * ({@link #headlineVerbs}); a lower-case noun the parser already made a clause's verb is tagged as
 * a verb ({@link #nounHeadedVerbPhrases}).
 *
 * <p><b>A closing attribution without a clause of its own.</b> "North Korea fired missiles into the
 * sea on Thursday, South Korea's Joint Chiefs of Staff said" came out with the speaker as an
 * apposition of "Thursday" and "said" as North Korea's second verb. Such a sentence has its part
 * before the comma and its attribution parsed as sentences of their own, joined under the root as
 * the parser joins them when it reads the sentence right. Stateless.
 */
final class ParseRepair {
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  /**
   * The longest sentence parsed again by the PCFG, whose time grows with the cube of the length: at
   * 40 tokens a parse takes a few hundred milliseconds, a hundred times the shift-reduce parse.
   */
  static final int PCFG_MAX_TOKENS = 40;

  private static final Set<String> SUBJECT_ENDS = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "PRP");
  private static final Set<String> OBJECT_OPENS =
      Set.of(
          "DT", "PDT", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "RP");

  private ParseRepair() {}

  /** The index of the token to retag as a simple past, or -1 if the sentence needs no repair. */
  static int pastTense(List<CoreLabel> tokens, Tree tree) {
    for (CoreLabel t : tokens) {
      if (FINITE.contains(t.tag())) {
        return -1;
      }
    }
    for (int i = 1; i + 1 < tokens.size(); i++) {
      if (!"VBN".equals(tokens.get(i).tag())) {
        continue;
      }
      String next = tokens.get(i + 1).tag();
      boolean object =
          OBJECT_OPENS.contains(next)
              || ("TO".equals(next)
                  && i + 2 < tokens.size()
                  && "VB".equals(tokens.get(i + 2).tag()))
              // "shot dead a journalist", "bombed suspected hideouts": one word, then the object
              || (("RB".equals(next)
                      || (next.startsWith("VB")
                          && DESCRIBING.contains(
                              tokens.get(i + 1).word().toLowerCase(Locale.ROOT))))
                  && i + 2 < tokens.size()
                  && OBJECT_OPENS.contains(tokens.get(i + 2).tag()));
      if (!SUBJECT_ENDS.contains(tokens.get(i - 1).tag()) || !object || headsClause(tree, i)) {
        return -1;
      }
      return i;
    }
    return -1;
  }

  private static final Set<String> NAME_WORDS = Set.of("JJ", "NNP", "NNPS", "CD");

  /** Participles that describe the noun after them as an adjective does ("suspected militants"). */
  private static final Set<String> DESCRIBING = Set.of("suspected", "alleged", "purported");

  /**
   * The index of the first participle of {@link #DESCRIBING} tagged as a verb between a number,
   * determiner or possessive and a noun or adjective ("killed 20 suspected Boko Haram militants",
   * where the parser left the militants in no phrase of their own); or -1.
   */
  static int participleAdjective(List<CoreLabel> tokens) {
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      String before = tokens.get(i - 1).tag();
      String after = tokens.get(i + 1).tag();
      if (t.tag().startsWith("VB")
          && DESCRIBING.contains(t.word().toLowerCase(Locale.ROOT))
          && ("CD".equals(before)
              || "DT".equals(before)
              || "PRP$".equals(before)
              || "POS".equals(before))
          && (after.startsWith("NN") || after.startsWith("JJ"))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of a base-form verb right after the sentence's opening determiner and the adjectives,
   * proper nouns or numbers after it that heads a verb phrase ("A Ukrainian drone attack": {@code
   * (VB drone)}), a noun the tagger took for a verb; or -1. A finite verb there would be tagged
   * {@code VBP} or {@code VBZ}, so a {@code VB} cannot be the subject's verb.
   */
  static int nounAfterDeterminer(List<CoreLabel> tokens, Tree tree) {
    if (tokens.isEmpty() || !"DT".equals(tokens.get(0).tag())) {
      return -1;
    }
    int i = 1;
    while (i < tokens.size() && NAME_WORDS.contains(tokens.get(i).tag())) {
      i++;
    }
    if (i == 1 || i + 1 >= tokens.size() || !"VB".equals(tokens.get(i).tag())) {
      return -1;
    }
    return headsVerbPhrase(tree, i) ? i : -1;
  }

  private static final Set<String> OPENERS = Set.of("DT", "PRP$", "POS");
  private static final Set<String> NOUNS = Set.of("NN", "NNS");
  private static final Set<String> NOT_OPENERS = Set.of("all", "both", "either", "neither");

  /**
   * The index of the first base-form verb heading a verb phrase inside a noun phrase: after a
   * determiner or possessive and only adjectives, proper nouns or numbers ("the Russian drone",
   * "Ukraine's drone"), or between "and" after a noun and a noun ("a missile and drone attack"); or
   * -1. "To both deter and..." keeps its verb. A present plural verb there is a noun too when the
   * phrase opens with a singular determiner or a possessive ("a Russian glide bomb").
   */
  static int nounInsidePhrase(List<CoreLabel> tokens, Tree tree) {
    for (int i = 1; i + 1 < tokens.size(); i++) {
      String tag = tokens.get(i).tag();
      if (!"VB".equals(tag) && !"VBP".equals(tag)) {
        continue;
      }
      int j = i - 1;
      while (j > 0 && NAME_WORDS.contains(tokens.get(j).tag())) {
        j--;
      }
      CoreLabel before = tokens.get(j);
      if ("VBP".equals(tag) && (j == i - 1 || !singularOpener(before))) {
        continue; // "the Russians glide" may be a clause; "a Russian glide bomb" is not
      }
      boolean inPhrase =
          OPENERS.contains(before.tag())
              && !NOT_OPENERS.contains(before.word().toLowerCase(Locale.ROOT));
      boolean joined =
          "CC".equals(tokens.get(i - 1).tag())
              && i >= 2
              && NOUNS.contains(tokens.get(i - 2).tag())
              && NOUNS.contains(tokens.get(i + 1).tag());
      if ((inPhrase || joined) && !inverted(tokens, j) && headsVerbPhrase(tree, i)) {
        return i;
      }
    }
    return -1;
  }

  private static final Set<String> SINGULAR = Set.of("a", "an", "this", "that", "each", "every");

  /**
   * True if the token opens a noun phrase that cannot be the subject of a plural present verb: a
   * singular determiner or a possessive ("a Russian glide bomb", "Russia's glide bombs": {@code
   * (VBP glide)} is a noun there).
   */
  private static boolean singularOpener(CoreLabel t) {
    return ("DT".equals(t.tag()) && SINGULAR.contains(t.word().toLowerCase(Locale.ROOT)))
        || "POS".equals(t.tag())
        || "PRP$".equals(t.tag());
  }

  private static final Set<String> DO = Set.of("do", "does", "did");

  /**
   * True if a modal or a form of "do" comes before token {@code j} with no verb between them, so
   * that the verb after the noun phrase at {@code j} is its own ("Should the West deliver
   * missiles", "Did the army withdraw").
   */
  private static boolean inverted(List<CoreLabel> tokens, int j) {
    for (int k = j - 1; k >= 0; k--) {
      CoreLabel t = tokens.get(k);
      if ("MD".equals(t.tag()) || DO.contains(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (t.tag().startsWith("VB")) {
        return false;
      }
    }
    return false;
  }

  /** True if the {@code i}th token is the first child of a verb phrase. */
  static boolean headsVerbPhrase(Tree tree, int i) {
    return headedVerbPhrase(tree, i) != null;
  }

  /**
   * True if the {@code i}th token heads a verb phrase that is a child of a clause ({@code S...}).
   */
  static boolean headsClause(Tree tree, int i) {
    return headsClause(tree, preterminal(tree, i));
  }

  /** True if the preterminal (may be null) heads a verb phrase that is a child of a clause. */
  private static boolean headsClause(Tree tree, Tree preterminal) {
    Tree vp = headedVerbPhrase(tree, preterminal);
    Tree clause = vp == null ? null : vp.parent(tree);
    return clause != null && clause.value().startsWith("S") && !clause.value().equals("SBAR");
  }

  /** The verb phrase whose first child is the {@code i}th token's, or null. */
  private static Tree headedVerbPhrase(Tree tree, int i) {
    return headedVerbPhrase(tree, preterminal(tree, i));
  }

  /** The verb phrase whose first child is the preterminal (may be null), or null. */
  private static Tree headedVerbPhrase(Tree tree, Tree preterminal) {
    Tree vp = preterminal == null ? null : preterminal.parent(tree);
    return vp != null && vp.value().equals("VP") && vp.firstChild() == preterminal ? vp : null;
  }

  /** The preterminal of the {@code i}th token, or null. */
  private static Tree preterminal(Tree tree, int i) {
    List<Tree> leaves = tree.getLeaves();
    return i < leaves.size() ? leaves.get(i).parent(tree) : null;
  }

  /**
   * True if the sentence has a finite verb but its tree no clause at the root ({@code S}, {@code
   * SINV}, {@code SQ}, {@code SBARQ}): a parse worth trying again with another parser.
   */
  static boolean clauseless(List<CoreLabel> tokens, Tree tree) {
    return tokens.size() <= PCFG_MAX_TOKENS
        && !clauseAtRoot(tree)
        && tokens.stream().anyMatch(t -> FINITE.contains(t.tag()));
  }

  private static final Set<String> HEADLINE_OBJECT_OPENS =
      Set.of("DT", "CD", "JJ", "JJR", "RBR", "NNP", "NNPS", "NNS", "PRP$");

  /** Particles of phrasal verbs, which may follow a headline's verb ("Fiji hands over"). */
  private static final Set<String> PARTICLES = Set.of("over", "up", "out", "off", "back", "down");

  /**
   * The index of a headline's present-tense verb the tagger took for a noun, with the tag it should
   * have, or null: in a sentence with no verb at all but an infinitive, the first lower-case word
   * tagged as a noun right after a name (a proper noun, or a capitalised noun: "Xi hosts Putin")
   * and before what can open an object ("US sanctions Chinese firms", "Macron hosts Modi", "Putin,
   * Xi pledge deeper ties"): {@code VBZ} if it ends in "s", else {@code VBP}. After a plural noun a
   * singular one is the verb too, also before a singular noun or a preposition ("Protesters storm
   * parliament", "RSF fighters massacre hundreds"), and so is a base form ("Thai, Cambodian troops
   * clash on border"): {@code VBP}. After a singular lower-case noun a plural one is the verb
   * ("Indonesian president visits Australia", "Iraqi parliament demands US troop withdrawal"):
   * {@code VBZ}. A phrasal verb's particle may open what follows ("Fiji hands over drug suspects").
   */
  static Retag headlineVerb(List<CoreLabel> tokens) {
    int base = verblessBase(tokens);
    if (base == VERBED) {
      return null;
    }
    if (base >= 0) {
      return new Retag(base, "VBP");
    }
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      String word = t.word();
      CoreLabel before = tokens.get(i - 1);
      String next = tokens.get(i + 1).tag();
      boolean afterName =
          before.tag().startsWith("NNP")
              || ("NN".equals(before.tag()) && !lowerCase(before.word()));
      boolean afterPlural = "NNS".equals(before.tag()) && "NN".equals(t.tag());
      boolean afterNoun =
          "NN".equals(before.tag()) && lowerCase(before.word()) && "NNS".equals(t.tag());
      if (!t.tag().startsWith("NN")
          || !lowerCase(word)
          || !(afterName || afterPlural || afterNoun)
          || !(HEADLINE_OBJECT_OPENS.contains(next)
              || PARTICLES.contains(tokens.get(i + 1).word())
              || (afterPlural && (next.equals("NN") || next.equals("IN") || next.equals("TO"))))) {
        continue;
      }
      return new Retag(i, word.endsWith("s") && !afterPlural ? "VBZ" : "VBP");
    }
    return null;
  }

  /**
   * True if the {@code i}th token is a participle that is no headline's verb: a participle clause
   * after a comma ("Sudan's RSF shells El Fasher, killing 30") or a participle before a noun
   * ("along shared border").
   */
  private static boolean modifier(List<CoreLabel> tokens, int i) {
    String tag = tokens.get(i).tag();
    return ("VBG".equals(tag) && i > 0 && ",".equals(tokens.get(i - 1).tag()))
        || ("VBN".equals(tag) && i + 1 < tokens.size() && common(tokens.get(i + 1).tag()));
  }

  /** The most words of a verbless headline tried as its verb. */
  static final int MAX_HEADLINE_TRIES = 3;

  /**
   * The words of a verbless headline to try as its verb, best first, at most {@link
   * #MAX_HEADLINE_TRIES}: {@link #headlineVerb}'s choice if {@code verb} (the coder's verb forms,
   * or null) knows it, then, for a headline (no full stop at the end, or at most {@link
   * #MAX_HEADLINE_TOKENS} tokens), from left to right each lower-case noun, adjective or base form
   * right after a noun that {@code verb} knows as a verb form: "Kenyan police fire tear gas at
   * protesters", "Indonesia, Malaysia launch joint patrols", "Vietnam, Australia pledge to deepen
   * ties". A plural followed by another such word is the subject's head, not its verb ("Ceasefire
   * talks resume").
   */
  static List<Retag> headlineVerbs(List<CoreLabel> tokens, Predicate<String> verb) {
    List<Retag> out = new ArrayList<>();
    Retag first = headlineVerb(tokens);
    if (first != null && verb != null && !verb.test(tokens.get(first.index()).word())) {
      first = null; // "New Caledonia independence supporters riot in Noumea"
    }
    if (first != null) {
      out.add(first);
    }
    if (verb == null || !headline(tokens) || verblessBase(tokens) == VERBED) {
      return out;
    }
    for (int i = 1; i < tokens.size() && out.size() < MAX_HEADLINE_TRIES; i++) {
      if (!verbCandidate(tokens, i, verb) || (first != null && first.index() == i)) {
        continue;
      }
      if ("NNS".equals(tokens.get(i).tag()) && verbCandidate(tokens, i + 1, verb)) {
        continue;
      }
      out.add(new Retag(i, presentTag(tokens.get(i).word(), tokens.get(i).tag())));
    }
    return out;
  }

  /** The most tokens of a sentence ending in a full stop that may be a headline. */
  static final int MAX_HEADLINE_TOKENS = 15;

  /** True if the sentence is a headline: no full stop at the end, or short. */
  private static boolean headline(List<CoreLabel> tokens) {
    return tokens.size() <= MAX_HEADLINE_TOKENS || !".".equals(tokens.get(tokens.size() - 1).tag());
  }

  /** What {@link #verblessBase} gives for a sentence with a verb of its own. */
  private static final int VERBED = -2;

  /**
   * For a sentence with no verb but infinitives ("Egypt, Qatar urge Hamas to accept truce deal"),
   * participles that modify ({@link #modifier}) and one lower-case base form after a plural, the
   * index of that base form ("Thai, Cambodian troops clash on border"), or -1 if there is none;
   * {@link #VERBED} for a sentence with a verb.
   */
  private static int verblessBase(List<CoreLabel> tokens) {
    int base = -1;
    for (int i = 0; i < tokens.size(); i++) {
      String tag = tokens.get(i).tag();
      boolean infinitive = "VB".equals(tag) && i > 0 && "TO".equals(tokens.get(i - 1).tag());
      if (modifier(tokens, i)) {
        continue; // "..., killing 30", "along shared border"
      }
      if ("VB".equals(tag)
          && !infinitive
          && base < 0
          && i > 0
          && "NNS".equals(tokens.get(i - 1).tag())
          && lowerCase(tokens.get(i).word())) {
        base = i;
        continue;
      }
      if ((tag.startsWith("VB") && !infinitive) || "MD".equals(tag)) {
        return VERBED;
      }
    }
    return base;
  }

  /**
   * True if the {@code i}th token can be a headline's verb: a lower-case noun, adjective or base
   * form after a noun, which {@code verb} knows.
   */
  private static boolean verbCandidate(List<CoreLabel> tokens, int i, Predicate<String> verb) {
    if (i < 1 || i >= tokens.size()) {
      return false;
    }
    CoreLabel t = tokens.get(i);
    String tag = t.tag();
    boolean nominal = tag.startsWith("NN") || tag.startsWith("JJ") || "VB".equals(tag);
    return nominal
        && lowerCase(t.word())
        && tokens.get(i - 1).tag().startsWith("NN")
        && verb.test(t.word());
  }

  private static boolean common(String tag) {
    return "NN".equals(tag) || "NNS".equals(tag);
  }

  private static boolean lowerCase(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
  }

  /**
   * The tokens that head a clause's verb phrase while tagged as a lower-case noun, each with the
   * verb tag it should have: the parser read "Morocco thanks Spain for backing autonomy plan" and
   * "Russia pounds Kharkiv with glide bombs" right, as {@code (S (NP ...) (VP (NNS thanks) ...))},
   * but kept the tagger's noun, which the coder does not take for a verb ({@link #presentTag}).
   */
  static List<Retag> nounHeadedVerbPhrases(Tree tree) {
    List<Retag> out = new ArrayList<>();
    List<Tree> leaves = tree.getLeaves();
    for (int i = 0; i < leaves.size(); i++) {
      Tree preterminal = leaves.get(i).parent(tree);
      String tag = preterminal == null ? "" : preterminal.value();
      String word = leaves.get(i).value();
      if (common(tag) && lowerCase(word) && headsClause(tree, preterminal)) {
        out.add(new Retag(i, presentTag(word, tag)));
      }
    }
    return out;
  }

  /**
   * The present-tense tag of a word taken for a verb: {@code VBZ} for a plural noun ("Milei
   * vetoes", "Morocco thanks") or another word ending in a single "s", {@code VBP} for a singular
   * noun ("police fire tear gas") and the rest.
   */
  private static String presentTag(String word, String tag) {
    boolean third =
        "NNS".equals(tag) || (!"NN".equals(tag) && word.endsWith("s") && !word.endsWith("ss"));
    return third ? "VBZ" : "VBP";
  }

  /** A token to retag: its index and its new tag. */
  record Retag(int index, String tag) {}

  /** Verbs of a closing attribution ("..., the ministry said on Tuesday."). */
  private static final Set<String> REPORTING =
      Set.of("said", "says", "reported", "reports", "told", "added", "stated", "wrote");

  /** The longest attribution, in tokens from the comma to the period. */
  private static final int MAX_ATTRIBUTION = 16;

  /**
   * A closing attribution the parser did not give its own clause: the sentence ends with a comma, a
   * noun phrase with no verb, comma or relative word, a reporting verb ({@link #REPORTING}) and at
   * most a short phrase of time or manner before the period ("..., South Korea's Joint Chiefs of
   * Staff said."), but the reporting verb's phrase is no child of the clause at the root: the
   * parser took the speaker for an apposition ("on Thursday, South Korea's Joint Chiefs") or hung
   * the attribution in the last verb phrase; or the reporting verb heads the root clause but its
   * subject swallowed the sentence's own clause ({@link #swallowedClause}). Returns the index of
   * that comma, or -1.
   */
  static int misparsedAttribution(List<CoreLabel> tokens, Tree tree) {
    int[] at = closingAttribution(tokens);
    if (at == null) {
      return -1;
    }
    if (!headsRootClause(tree, at[1])) {
      return at[0];
    }
    return swallowedClause(tokens, tree, at[0], at[1]) ? at[0] : -1;
  }

  /**
   * True if the root clause's subject is a noun phrase that ends at the comma at {@code comma} (or
   * with it), or with the speaker right before the reporting verb at {@code verb}, and holds a past
   * tense or participle before the comma: the parser read the sentence's own clause as the subject
   * of "said" ("Gunmen on motorcycles shot dead a television journalist in Karachi on Thursday,
   * police said" as {@code (NP Gunmen (PP on (NP motorcycles (VP (VBN shot) ... (NP Thursday ,
   * police)))))} before {@code (VP said)}).
   */
  private static boolean swallowedClause(List<CoreLabel> tokens, Tree tree, int comma, int verb) {
    Tree root = tree.value().equals("ROOT") && tree.numChildren() == 1 ? tree.firstChild() : tree;
    if (!root.value().equals("S") || root.numChildren() < 3) {
      return false;
    }
    Tree subject = root.firstChild();
    int end = subject.getLeaves().size();
    // the subject ends before the comma, takes the comma in, or runs to the speaker
    if (!subject.value().equals("NP") || (end != comma && end != comma + 1 && end != verb)) {
      return false;
    }
    for (int i = 1; i < comma; i++) {
      String tag = tokens.get(i).tag();
      if ("VBD".equals(tag) || "VBN".equals(tag)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The comma and the reporting verb of a closing attribution: a comma, a noun phrase with no verb,
   * comma or relative word, a reporting verb and at most a short phrase before the period; null if
   * the sentence ends otherwise.
   */
  private static int[] closingAttribution(List<CoreLabel> tokens) {
    int n = tokens.size();
    if (n < 8 || !".".equals(tokens.get(n - 1).tag())) {
      return null;
    }
    int verb = -1;
    for (int i = n - 2; i >= Math.max(1, n - 1 - MAX_ATTRIBUTION); i--) {
      CoreLabel t = tokens.get(i);
      if (",".equals(t.tag())) {
        if (verb < 0 || verb - i < 2 || i < 4) {
          return null;
        }
        return new int[] {i, verb};
      }
      boolean verbal = t.tag().startsWith("VB") || "MD".equals(t.tag());
      if (verbal && verb < 0 && REPORTING.contains(t.word().toLowerCase(Locale.ROOT))) {
        verb = i;
      } else if (verbal || t.tag().startsWith("W")) {
        return null; // "..., officials who said", "..., it said it would"
      }
    }
    return null;
  }

  /** True if the {@code i}th token heads a verb phrase that is a child of the root's clause. */
  private static boolean headsRootClause(Tree tree, int i) {
    Tree vp = headedVerbPhrase(tree, i);
    Tree clause = vp == null ? null : vp.parent(tree);
    Tree root = clause == null ? null : clause.parent(tree);
    return root != null && root.value().equals("ROOT");
  }

  /**
   * The tree of a sentence with a closing attribution from the trees of its two parts: {@code
   * main}, the parse of the words before the comma and the period, and {@code attribution}, that of
   * the words after the comma and the period. The result is the shape the parser gives when it
   * reads such a sentence right: {@code (ROOT (S (S main...) (, ,) (NP speaker) (VP said ...) (.
   * .)))}. Null if either part is no clause.
   */
  static Tree joinAttribution(Tree main, Tree attribution, Tree comma, Tree period) {
    if (!clauseAtRoot(main) || !clauseAtRoot(attribution)) {
      return null;
    }
    Tree mainClause = main.firstChild();
    Tree speech = attribution.firstChild();
    if (!speech.value().equals("S")) {
      return null;
    }
    List<Tree> said = new ArrayList<>(speech.getChildrenAsList());
    if (said.isEmpty() || !said.get(said.size() - 1).value().equals(".")) {
      return null;
    }
    said.remove(said.size() - 1);
    if (said.size() != 2
        || !said.get(0).value().equals("NP")
        || !said.get(1).value().equals("VP")) {
      return null;
    }
    List<Tree> kept = new ArrayList<>(mainClause.getChildrenAsList());
    if (kept.isEmpty() || !kept.get(kept.size() - 1).value().equals(".")) {
      return null;
    }
    kept.remove(kept.size() - 1);
    TreeFactory f = main.treeFactory();
    List<Tree> top = new ArrayList<>();
    top.add(f.newTreeNode(mainClause.value(), kept));
    top.add(comma);
    top.addAll(said);
    top.add(period);
    return f.newTreeNode("ROOT", List.of(f.newTreeNode("S", top)));
  }

  /** True if the tree's root holds a clause. */
  static boolean clauseAtRoot(Tree tree) {
    Tree top = tree.value().equals("ROOT") && tree.numChildren() == 1 ? tree.firstChild() : tree;
    return switch (top.value()) {
      case "S", "SINV", "SQ", "SBARQ" -> true;
      default -> false;
    };
  }
}
