package org.faultline.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.faultline.core.tree.ParseNode;
import org.faultline.core.tree.ParseTree;

/**
 * Turns a constituency parse into the flat item list the coder matches patterns on.
 *
 * <ul>
 *   <li>A noun phrase with a conjunction and at least two nouns, and no clause inside, is a
 *       compound: an {@code NEC} holding one {@code NE} per conjunct; adjectives before the first
 *       noun are shared by bare-noun conjuncts ("Danish media and government").
 *   <li>A noun phrase becomes one {@code NE} of bare words when it has no noun phrase inside, when
 *       it is possessive (the {@code 's} is dropped), or when it is a simple prepositional phrase
 *       {@code (NP (NP ...) (PP (IN ...) (NP ...)))} ("the pass of Cirith Ungol"), with any further
 *       simple prepositional phrases of it ("the attack on peacekeepers in Congo").
 *   <li>A list of names the parser split at its first comma ("Norway, Ireland and Spain" as two
 *       noun phrases before the verb phrase) is joined into one compound.
 *   <li>Relative clauses inside noun phrases are flattened into their words.
 *   <li>Everything else keeps its brackets, so verb phrases and clauses stay visible.
 * </ul>
 *
 * <p>A compound inside a possessive or prepositional noun phrase is expanded into one NE per
 * conjunct, each carrying the rest of the phrase.
 */
final class Linearizer {
  /** Mutable working copy of a parse node. */
  private static final class N {
    String label;
    final ParseNode token;
    List<N> kids;
    N parent;
    boolean nec;
    boolean sbr;
    boolean modifiers;

    N(String label, ParseNode token) {
      this.label = label;
      this.token = token;
      this.kids = new ArrayList<>();
    }

    boolean isToken() {
      return token != null;
    }
  }

  private final List<Item> out = new ArrayList<>();

  private Linearizer() {}

  /** Linearizes a tree. */
  static List<Item> linearize(ParseTree tree) {
    Linearizer l = new Linearizer();
    N root = copy(tree.root(), null);
    splitVerbConjuncts(root);
    joinObjectConjunct(root);
    joinSplitSubject(root);
    joinNameLists(root);
    gerundSubject(root);
    firstToAct(root);
    markCompounds(root);
    reduceClauses(root, false);
    l.convert(root);
    return l.out;
  }

  private static N copy(ParseNode node, N parent) {
    N n = new N(node.label(), node.isToken() ? node : null);
    n.parent = parent;
    for (ParseNode c : node.children()) {
      if (c.isToken() && node.label().equals("NP") && QUOTES.contains(c.label())) {
        // 'their "no limits" partnership': quotation marks inside a noun phrase say nothing of
        // who or what, and would keep the phrase from being one noun phrase.
        continue;
      }
      n.kids.add(copy(c, n));
    }
    prepositionalClause(n);
    verblessSubject(n);
    headBeforeClause(n);
    objectBeforeClause(n);
    return n;
  }

  /**
   * A verb's object the parser took for the measure of an adverbial clause, {@code (VP declared
   * (SBAR (NP an internal armed conflict) (IN after) (S gunmen stormed ...)))}, becomes the object
   * it is, followed by the clause: {@code (VP declared (NP ...) (SBAR (IN after) (S ...)))}. Not a
   * measure of time ("a day after"), which is such a clause's own.
   */
  private static void objectBeforeClause(N n) {
    if (!n.label.equals("VP")) {
      return;
    }
    for (int i = 0; i < n.kids.size(); i++) {
      N sbar = n.kids.get(i);
      String word = subordinator(sbar, true);
      if (word == null || !PatternCoder.SUBORDINATORS.contains(word) || measuredAdverbial(sbar)) {
        continue;
      }
      N object = sbar.kids.get(0);
      N clause = new N("SBAR", null);
      clause.kids.add(sbar.kids.get(1));
      clause.kids.add(sbar.kids.get(2));
      clause.kids.forEach(k -> k.parent = clause);
      clause.parent = n;
      object.parent = n;
      n.kids.set(i, object);
      n.kids.add(i + 1, clause);
      return;
    }
  }

  /**
   * A noun phrase the parser left flat around a clause, {@code (NP (NNP UN) (NN demand) (S to halt
   * uranium enrichment))}, has its words before the clause as its own noun phrase, {@code (NP (NP
   * UN demand) (S ...))}, as the parser builds it for "the plan (SBAR that ...)": so the words are
   * a phrase that may name an actor ("Iran rejects UN demand to halt ..."). Not before a
   * that-clause, whose actors the phrase keeps ("hope that talks with the IMF would conclude").
   */
  private static void headBeforeClause(N n) {
    int last = n.kids.size() - 1;
    if (!n.label.equals("NP")
        || last < 1
        || !n.kids.get(last).label.equals("S")
        || !n.kids.get(last - 1).label.startsWith("NN")) {
      return;
    }
    for (N k : n.kids.subList(0, last)) {
      if (!k.isToken() || k.label.equals("POS")) {
        return;
      }
    }
    N head = new N("NP", null);
    head.parent = n;
    for (N k : n.kids.subList(0, last)) {
      k.parent = head;
      head.kids.add(k);
    }
    N clause = n.kids.get(last);
    n.kids.clear();
    n.kids.add(head);
    n.kids.add(clause);
  }

  /**
   * A subject the parser made a verb phrase with no verb, {@code (S (VP (NP China) (PP on
   * Wednesday)) (VP strongly condemned ...))}, is the clause's subject noun phrase.
   */
  private static void verblessSubject(N n) {
    if (!n.label.equals("S") || n.kids.size() < 2) {
      return;
    }
    N first = n.kids.get(0);
    if (!first.label.equals("VP")
        || !n.kids.get(1).label.equals("VP")
        || first.kids.isEmpty()
        || !first.kids.get(0).label.equals("NP")) {
      return;
    }
    for (N k : first.kids) {
      if (!k.label.equals("NP") && !k.label.equals("PP") && !k.label.equals("ADVP")) {
        return;
      }
    }
    first.label = "NP";
  }

  /**
   * A "clause" the parser made of a preposition and a noun phrase alone, {@code (SBAR (IN for) (NP
   * two Brazilian men ...))}, is a prepositional phrase: it has no clause in it to reduce.
   */
  private static void prepositionalClause(N n) {
    if (n.label.equals("SBAR")
        && n.kids.size() == 2
        && n.kids.get(0).isToken()
        && n.kids.get(0).label.equals("IN")
        && n.kids.get(1).label.equals("NP")) {
      n.label = "PP";
    }
  }

  /**
   * A verb the parser took for the start of a noun conjunct, {@code (VP (VBD recalled) (NP (NP its
   * ambassador) (CC and) (NP (VBN expelled) (NP three Polish diplomats))))}, becomes the second of
   * two verb phrases: {@code (VP (VP recalled its ambassador) (CC and) (VP expelled ...))}. What
   * follows the noun phrase is the second verb's ("condemned the visit and imposed sanctions on US
   * defence firms"). So does a verb phrase the parser put inside the noun phrase, {@code (NP (NP a
   * nationwide curfew) (CC and) (VP (VB shut) (PRT down) (NP mobile internet)))}.
   */
  private static void splitVerbConjuncts(N n) {
    for (N k : new ArrayList<>(n.kids)) {
      splitVerbConjuncts(k);
    }
    if (!n.label.equals("VP") || n.kids.size() < 2) {
      return;
    }
    N verb = n.kids.get(0);
    N object = n.kids.get(1);
    if (!verb.isToken() || !verb.label.startsWith("VB") || !object.label.equals("NP")) {
      return;
    }
    List<N> parts = object.kids;
    if (parts.size() != 3 || !parts.get(1).label.equals("CC")) {
      return;
    }
    N second = parts.get(2);
    if (second.isToken() || second.kids.size() < 2 || !second.kids.get(0).isToken()) {
      return;
    }
    String tag = second.kids.get(0).label;
    if (!(tag.equals("VBD")
        || tag.equals("VBN")
        || (second.label.equals("VP") && tag.startsWith("VB")))) {
      return;
    }
    N first = new N("VP", null);
    first.parent = n;
    first.kids = new ArrayList<>(List.of(verb, parts.get(0)));
    verb.parent = first;
    parts.get(0).parent = first;
    second.label = "VP";
    second.parent = n;
    second.kids = new ArrayList<>(second.kids);
    for (N after : n.kids.subList(2, n.kids.size())) {
      after.parent = second;
      second.kids.add(after);
    }
    parts.get(1).parent = n;
    n.kids = new ArrayList<>(List.of(first, parts.get(1), second));
  }

  private static final Set<String> DATE_NAMES =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "today",
          "yesterday",
          "tonight");

  /**
   * A second object the parser made a conjunct of the clause or of the verb phrase joins the verb's
   * object, in one pass over the tree.
   */
  private static void joinObjectConjunct(N n) {
    for (N k : n.kids) {
      joinObjectConjunct(k);
    }
    if (n.kids.size() < 3 || !n.kids.get(1).label.equals("CC")) {
      return;
    }
    if (n.label.equals("S")) {
      joinClauseObject(n, n.kids.get(0), n.kids.get(1), n.kids.get(2));
    } else if (n.label.equals("VP")) {
      joinVerbObject(n, n.kids.get(0), n.kids.get(1), n.kids.get(2));
    }
  }

  /**
   * A second object the parser made a clause's conjunct, {@code (S (S (NP Police) (VP fired (NP
   * tear gas))) (CC and) (NP (NP water cannon) (PP at protesters)))}, joins the verb's object, and
   * the phrases after it are the verb's: "Police fired tear gas and water cannon at protesters".
   * The conjunct is a noun phrase, or a clause of a noun phrase and no verb phrase.
   */
  private static void joinClauseObject(N n, N clause, N cc, N second) {
    if (!clause.label.equals("S")
        || !(second.label.equals("NP") || second.label.equals("S"))
        || second.kids.isEmpty()
        || !second.kids.get(0).label.equals("NP")
        || second.kids.stream().anyMatch(k -> k.label.equals("VP"))
        || clause.kids.isEmpty()) {
      return;
    }
    N vp = clause.kids.get(clause.kids.size() - 1);
    if (!verbAndObject(vp)) {
      return;
    }
    vp.kids.set(1, joinedObject(vp.kids.get(1), cc, second.kids.get(0), vp));
    for (N rest : second.kids.subList(1, second.kids.size())) {
      rest.parent = vp;
      vp.kids.add(rest);
    }
    replaceFirstThree(n, clause.kids);
  }

  /**
   * The same within a verb phrase, {@code (VP (VP (VBD fired) (NP tear gas)) (CC and) (NP rubber
   * bullets) (PP at protesters))}: "Bahraini riot police fired tear gas and rubber bullets at
   * protesters" becomes {@code (VP (VBD fired) (NP tear gas and rubber bullets) (PP at
   * protesters))}.
   */
  private static void joinVerbObject(N n, N vp, N cc, N second) {
    if (!second.label.equals("NP") || !verbAndObject(vp)) {
      return;
    }
    replaceFirstThree(n, List.of(vp.kids.get(0), joinedObject(vp.kids.get(1), cc, second, n)));
  }

  /** Puts {@code head} in place of the first three children of {@code n}, as its children. */
  private static void replaceFirstThree(N n, List<N> head) {
    List<N> kids = new ArrayList<>(head);
    kids.addAll(n.kids.subList(3, n.kids.size()));
    for (N k : kids) {
      k.parent = n;
    }
    n.kids = kids;
  }

  /**
   * True if the node is a verb phrase of a verb and one noun phrase: {@code (VP (VBD fired) (NP
   * tear gas))}.
   */
  private static boolean verbAndObject(N vp) {
    return vp.label.equals("VP")
        && vp.kids.size() == 2
        && vp.kids.get(0).isToken()
        && vp.kids.get(0).label.startsWith("VB")
        && vp.kids.get(1).label.equals("NP");
  }

  /** The noun phrase {@code (NP object cc conjunct)}, a child of {@code parent}. */
  private static N joinedObject(N object, N cc, N conjunct, N parent) {
    N joined = new N("NP", null);
    joined.parent = parent;
    for (N part : List.of(object, cc, conjunct)) {
      part.parent = joined;
      joined.kids.add(part);
    }
    return joined;
  }

  /**
   * A list of names the parser split at its first comma, {@code (S (NP Norway) (, ,) (NP Ireland
   * and Spain) (VP recognised ...))}, becomes one noun phrase, {@code (NP Norway , Ireland and
   * Spain)}, a compound of three. Only where the first part is a name (proper nouns after an
   * optional determiner, no date: "Friday, Israel and Hamas agreed" keeps its parts) and the second
   * joins names with a conjunction, right before the clause's verb phrase. A headline's subject of
   * two names and a comma, {@code (S (NP (NP India) (, ,) (NP Pakistan)) (VP agree ...))}, is a
   * compound of the two, as "India and Pakistan" is ("Nairobi, Kenya" rarely opens a clause).
   */
  private static void joinSplitSubject(N n) {
    for (N k : n.kids) {
      joinSplitSubject(k);
    }
    if (!n.label.equals("S")) {
      return;
    }
    for (int i = 0; i + 3 < n.kids.size(); i++) {
      N first = n.kids.get(i);
      N comma = n.kids.get(i + 1);
      N rest = n.kids.get(i + 2);
      N next = n.kids.get(i + 3);
      if (!first.label.equals("NP")
          || !comma.label.equals(",")
          || !rest.label.equals("NP")
          || !(next.label.equals("VP") || next.label.equals("ADVP"))
          || !names(first, false)
          || !names(rest, true)) {
        continue;
      }
      N joined = new N("NP", null);
      joined.parent = n;
      joined.kids = new ArrayList<>();
      for (N part : List.of(first, comma)) {
        part.parent = joined;
        joined.kids.add(part);
      }
      for (N part : rest.kids) {
        part.parent = joined;
        joined.kids.add(part);
      }
      n.kids.set(i, joined);
      n.kids.remove(i + 2);
      n.kids.remove(i + 1);
      return;
    }
    for (int i = 0; i + 1 < n.kids.size(); i++) {
      N np = n.kids.get(i);
      if (np.label.equals("NP")
          && n.kids.get(i + 1).label.equals("VP")
          && np.kids.size() == 3
          && name(np.kids.get(0))
          && np.kids.get(1).label.equals(",")
          && name(np.kids.get(2))) {
        np.nec = true; // "India, Pakistan agree to ceasefire": a headline's "and"
      }
    }
  }

  /**
   * A list of names the parser split at its first comma inside a noun or verb phrase, {@code (NP
   * (NP France) (, ,) (NP Serbia and Hungary))}, {@code (NP (NNP Iran) (, ,) (NP Syria and North
   * Korea))} or {@code (VP urged (NP Mali) (, ,) (NP (NP Burkina Faso) (CC and) (NP Niger)) ...)},
   * becomes one noun phrase of the names, {@code (NP France , Serbia and Hungary)}: a compound of
   * three, as the list the parser leaves whole is. The first part is a name (no date), the second
   * names joined by a conjunction.
   */
  private static void joinNameLists(N n) {
    for (N k : n.kids) {
      joinNameLists(k);
    }
    if (!n.label.equals("NP") && !n.label.equals("VP")) {
      return;
    }
    for (int i = 0; i + 2 < n.kids.size(); i++) {
      N first = n.kids.get(i);
      N rest = n.kids.get(i + 2);
      if (!name(first)
          || !n.kids.get(i + 1).label.equals(",")
          || !rest.label.equals("NP")
          || !names(rest, true)) {
        continue;
      }
      n.kids.remove(i + 2);
      if (n.label.equals("NP") && i == 0 && n.kids.size() == 2) {
        for (N part : rest.kids) {
          part.parent = n;
        }
        n.kids.addAll(rest.kids);
        return;
      }
      N joined = new N("NP", null);
      joined.parent = n;
      joined.kids = new ArrayList<>();
      joined.kids.add(n.kids.get(i));
      joined.kids.add(n.kids.get(i + 1));
      joined.kids.addAll(rest.kids);
      for (N part : joined.kids) {
        part.parent = joined;
      }
      n.kids.set(i, joined);
      n.kids.remove(i + 1);
      return;
    }
  }

  /**
   * A gerund the parser left as a verb phrase in subject position, {@code (S (VP (VBG Fighting) (PP
   * between the army and the RSF)) (VP erupted ...))}, alone or, before "between", in a clause of
   * its own ({@code (S (S (VP ...)) (VP ...))}), is a noun phrase: {@code (NP (NN Fighting) (PP
   * ...))}, so that what happened between the members of a compound is found as it is for "Clashes
   * between ...".
   */
  private static void gerundSubject(N n) {
    for (N k : n.kids) {
      gerundSubject(k);
    }
    if (!n.label.equals("S") || n.kids.size() < 2) {
      return;
    }
    N first = n.kids.get(0);
    N next = n.kids.get(1);
    // "(S (S (VP (VBG Fighting) (PP between Armenia and Azerbaijan))) (VP intensified ...))"; in a
    // clause of its own only before "between" ("as fighting with Hamas intensified" is the
    // subject's fighting, coded from the main clause)
    N gerund = first.label.equals("S") && first.kids.size() == 1 ? first.kids.get(0) : first;
    if (gerund != first && !between(gerund)) {
      return;
    }
    if (gerund.label.equals("VP")
        && next.label.equals("VP")
        && gerund.kids.size() >= 2
        && gerund.kids.get(0).isToken()
        && gerund.kids.get(0).label.equals("VBG")
        && gerund.kids.get(1).label.equals("PP")) {
      gerund.parent = n;
      n.kids.set(0, gerund);
      gerund.label = "NP";
      gerund.kids.get(0).label = "NN";
    }
  }

  /** True if the phrase's second child is a prepositional phrase of "between". */
  private static boolean between(N phrase) {
    if (phrase.kids.size() < 2 || !phrase.kids.get(1).label.equals("PP")) {
      return false;
    }
    N pp = phrase.kids.get(1);
    return !pp.kids.isEmpty()
        && pp.kids.get(0).isToken()
        && pp.kids.get(0).token.word().equalsIgnoreCase("between");
  }

  /** Verbs that say what their subject is or becomes. */
  private static final Set<String> COPULAS =
      Set.of("be", "is", "are", "was", "were", "been", "become", "becomes", "became", "becoming");

  /** Words that rank an actor among those doing something first, last or alone. */
  private static final Set<String> RANKS =
      Set.of(
          "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
          "tenth", "last", "latest", "only");

  /**
   * The one that is or becomes the first, the latest or the only one to do something does it:
   * "Russia became the first country to formally recognise the Taliban government", {@code (VP (VBD
   * became) (NP (NP the first country) (SBAR (S (VP (TO to) (ADVP formally) (VP recognise
   * ...))))))}, is read as {@code (VP recognise ...)}.
   */
  private static void firstToAct(N n) {
    for (int i = 0; i < n.kids.size(); i++) {
      N act = rankedAct(n.kids.get(i));
      if (act != null) {
        act.parent = n;
        n.kids.set(i, act);
      }
      firstToAct(n.kids.get(i));
    }
  }

  /** The verb phrase of what a "the first ... to do" predicate says was done, or null. */
  private static N rankedAct(N vp) {
    if (!vp.label.equals("VP") || vp.kids.size() < 2) {
      return null;
    }
    N verb = vp.kids.get(0);
    N np = vp.kids.get(1);
    if (!verb.isToken()
        || !COPULAS.contains(verb.token.word().toLowerCase(Locale.ROOT))
        || !np.label.equals("NP")
        || np.kids.size() != 2
        || !np.kids.get(0).label.equals("NP")
        || !np.kids.get(1).label.equals("SBAR")) {
      return null;
    }
    boolean ranked = false;
    for (N k : np.kids.get(0).kids) {
      ranked |= k.isToken() && RANKS.contains(k.token.word().toLowerCase(Locale.ROOT));
    }
    N clause = np.kids.get(1);
    if (!ranked || clause.kids.size() != 1 || !clause.kids.get(0).label.equals("S")) {
      return null;
    }
    N s = clause.kids.get(0);
    if (s.kids.size() != 1 || !s.kids.get(0).label.equals("VP")) {
      return null;
    }
    N infinitive = s.kids.get(0);
    N last = last(infinitive.kids);
    return infinitive.kids.get(0).isToken()
            && infinitive.kids.get(0).label.equals("TO")
            && last.label.equals("VP")
        ? last
        : null;
  }

  /** True if the node is a bare name: a noun phrase of one ({@link #names}) or a proper noun. */
  private static boolean name(N n) {
    if (n.isToken()) {
      return n.label.startsWith("NNP")
          && !DATE_NAMES.contains(n.token.word().toLowerCase(Locale.ROOT));
    }
    return n.label.equals("NP") && names(n, false);
  }

  /**
   * True if the noun phrase is a bare name (proper nouns after an optional determiner, no date) or,
   * with {@code joined}, names of that kind joined by a conjunction and commas.
   */
  private static boolean names(N np, boolean joined) {
    List<N> tokens = new ArrayList<>();
    collect(np, N::isToken, tokens);
    boolean conjunction = false;
    for (int i = 0; i < tokens.size(); i++) {
      N t = tokens.get(i);
      String word = t.token.word().toLowerCase(Locale.ROOT);
      if (t.label.equals("CC") || t.label.equals(",")) {
        conjunction |= t.label.equals("CC");
        if (!joined) {
          return false;
        }
      } else if (t.label.equals("DT")) {
        if (i + 1 < tokens.size() && !tokens.get(i + 1).label.startsWith("NNP")) {
          return false;
        }
      } else if (!t.label.startsWith("NNP") || DATE_NAMES.contains(word)) {
        return false;
      }
    }
    return !tokens.isEmpty() && conjunction == joined;
  }

  // ---------------------------------------------------------------- compounds

  private static void markCompounds(N root) {
    List<N> ccs = new ArrayList<>();
    collect(root, n -> n.isToken() && n.label.equals("CC"), ccs);
    for (N cc : ccs) {
      N p = cc.parent;
      if (p == null) {
        continue;
      }
      N group = modifierGroup(cc, false);
      if (group != null) {
        group.nec = true;
        group.modifiers = true;
        continue;
      }
      if (any(p, n -> n.label.equals("VP") || n.label.startsWith("S"))) {
        continue; // a clause-level conjunction
      }
      if (count(p, n -> n.isToken() && n.label.equals("CC")) > 1) {
        continue; // nested compounds are left alone
      }
      if (p.label.equals("NP") && 1 + count(p, n -> n.label.startsWith("N")) >= 3) {
        p.nec = true;
      }
    }
    // "Indian, French navies hold joint drills": a headline joins proper modifiers by a comma alone
    List<N> commas = new ArrayList<>();
    collect(root, n -> n.isToken() && n.label.equals(",") && n.parent != null, commas);
    for (N comma : commas) {
      N np = comma.parent;
      if (!np.label.equals("NP")
          || np.nec
          || np.kids.stream().anyMatch(k -> k.isToken() && k.label.equals("CC"))
          || np.kids.stream().filter(k -> k.isToken() && k.label.equals(",")).count() != 1) {
        continue;
      }
      boolean nounPhrases = pluralAfterName(np.kids);
      List<N> kids = new ArrayList<>();
      for (N k : np.kids) {
        if (!k.isToken()
            && (k.label.equals("ADJP") || nounPhrases)
            && k.kids.stream()
                .allMatch(w -> w.isToken() && (nounPhrases || w.label.equals("JJ")))) {
          kids.addAll(k.kids); // "(ADJP (JJ Indian)) (, ,) (JJ French)"
        } else {
          kids.add(k);
        }
      }
      if (!commaModifiers(kids)) {
        continue;
      }
      kids.forEach(k -> k.parent = np);
      np.kids = kids;
      N group = modifierGroup(comma, true);
      if (group != null) {
        group.nec = true;
        group.modifiers = true;
      }
    }
  }

  /**
   * True for "(NP (NNP Thai)) (, ,) (NP (JJ Cambodian) (NNS troops))", the parser's reading of a
   * headline's "Thai, Cambodian troops": one capitalised word, a comma and a flat phrase of a
   * capitalised adjective and plural nouns. "Putin, Russian president" keeps its apposition.
   */
  private static boolean pluralAfterName(List<N> kids) {
    if (kids.size() != 3 || kids.get(0).isToken() || kids.get(2).isToken()) {
      return false;
    }
    List<N> name = kids.get(0).kids;
    List<N> phrase = kids.get(2).kids;
    return name.size() == 1
        && name.get(0).isToken()
        && Set.of("NNP", "JJ").contains(name.get(0).label)
        && phrase.size() >= 2
        && phrase.stream().allMatch(N::isToken)
        && phrase.get(0).label.equals("JJ")
        && Character.isUpperCase(phrase.get(0).token.word().charAt(0))
        && last(phrase).label.equals("NNS");
  }

  private static final Set<String> QUOTES = Set.of("``", "''");

  private static final Set<String> PROPER_MODIFIER = Set.of("JJ", "NNP", "NNPS", "CC", ",");

  /**
   * Conjoined proper modifiers of one head noun, "US and British activists" or "Israeli and
   * Palestinian leaders": the group of modifiers (the parser's UCP or ADJP, or a new node around
   * the words of a flat noun phrase), to be expanded into "US activists" and "British activists".
   * Null if {@code cc} joins anything else. Every conjunct must be capitalised, so "political and
   * economic ties" stays one phrase.
   */
  private static N modifierGroup(N cc, boolean commaOnly) {
    N p = cc.parent;
    N np;
    List<N> words;
    boolean own = false;
    if ((p.label.equals("UCP") || p.label.equals("ADJP")) && p.parent != null) {
      own = true;
      np = p.parent;
      int at = np.kids.indexOf(p);
      if (!np.label.equals("NP") || at == np.kids.size() - 1 || !commonNoun(last(np.kids))) {
        return null;
      }
      for (N k : np.kids.subList(at + 1, np.kids.size())) {
        // "Chinese and Japanese foreign ministers": lower-case adjectives may come before the noun
        boolean lowerAdjective =
            k.isToken() && k.label.equals("JJ") && !Character.isUpperCase(k.token.word().charAt(0));
        if (!k.isToken() || !(k.label.startsWith("NN") || lowerAdjective)) {
          return null;
        }
      }
      // "The Japanese and South Korean leaders", "US and South Korean forces": a conjunct may be
      // its own ADJP or NP of proper modifiers
      words = new ArrayList<>();
      for (N k : p.kids) {
        if (!k.isToken()
            && (k.label.equals("ADJP") || k.label.equals("NP"))
            && k.kids.stream().allMatch(w -> w.isToken() && PROPER_MODIFIER.contains(w.label))) {
          words.addAll(k.kids);
        } else {
          words.add(k);
        }
      }
    } else if (p.label.equals("NP")) {
      np = p;
      words = modifierWords(np.kids);
      if (words == null || words.isEmpty() || words.get(0) == cc) {
        return null;
      }
    } else {
      return null;
    }
    if (conjunctions(words) != (commaOnly ? 0 : 1)) {
      return null;
    }
    if (own) {
      for (N w : words) {
        w.parent = p;
      }
      p.kids = words;
      return p;
    }
    N group = new N("UCP", null);
    group.parent = np;
    int at = np.kids.indexOf(words.get(0));
    List<N> moved = new ArrayList<>(words);
    for (N w : moved) {
      w.parent = group;
    }
    group.kids = moved;
    List<N> kids = new ArrayList<>(np.kids);
    kids.removeAll(moved);
    kids.add(at, group);
    np.kids = kids;
    return group;
  }

  /**
   * True if the words are a determiner or number, capitalised modifiers joined by commas alone and
   * a common noun: "Indian, French navies", "the Thai, Cambodian troops".
   */
  private static boolean commaModifiers(List<N> kids) {
    if (!kids.stream().allMatch(N::isToken)) {
      return false;
    }
    List<N> words = modifierWords(kids);
    return words != null
        && !words.isEmpty()
        && !words.get(0).label.equals(",")
        && conjunctions(words) == 0;
  }

  /**
   * The modifiers of a noun phrase that ends in common nouns: its words after an opening determiner
   * or number and before those nouns, or null if it does not end in one.
   */
  private static List<N> modifierWords(List<N> kids) {
    if (!commonNoun(last(kids))) {
      return null;
    }
    int from = 0;
    while (from < kids.size()
        && kids.get(from).isToken()
        && (kids.get(from).label.equals("DT") || kids.get(from).label.equals("CD"))) {
      from++;
    }
    int to = kids.size();
    while (to > from && commonNoun(kids.get(to - 1))) {
      to--;
    }
    return kids.subList(from, to);
  }

  /**
   * The number of "and"s joining capitalised modifiers ("US and British", "Indian, French"), or -1
   * if the words are not such modifiers, one of them starts lower case, or a joint ends them.
   */
  private static int conjunctions(List<N> words) {
    int conjunctions = 0;
    boolean startOfConjunct = true;
    for (N w : words) {
      if (!w.isToken() || !PROPER_MODIFIER.contains(w.label)) {
        return -1;
      }
      if (w.label.equals("CC") || w.label.equals(",")) {
        conjunctions += w.label.equals("CC") ? 1 : 0;
        startOfConjunct = true;
      } else {
        if (startOfConjunct && !Character.isUpperCase(w.token.word().charAt(0))) {
          return -1;
        }
        startOfConjunct = false;
      }
    }
    return startOfConjunct ? -1 : conjunctions;
  }

  private static boolean commonNoun(N n) {
    return n != null && n.isToken() && (n.label.equals("NN") || n.label.equals("NNS"));
  }

  private static N last(List<N> kids) {
    return kids.isEmpty() ? null : kids.get(kids.size() - 1);
  }

  /** Relative clauses (SBAR) under a noun phrase become a flat SBR of words. */
  private static void reduceClauses(N n, boolean underNp) {
    if (underNp && n.label.equals("SBAR") && (measuredAdverbial(n) || adverbial(n))) {
      // "on Thursday, a day after Hezbollah fighters captured two Israeli soldiers", "declared an
      // internal armed conflict after gunmen stormed a television station": a clause of its own
      // that the parser hung on the noun, not a description of it
      for (N k : n.kids) {
        reduceClauses(k, false);
      }
      return;
    }
    if (underNp && n.label.equals("SBAR")) {
      List<N> leaves = new ArrayList<>();
      collect(n, N::isToken, leaves);
      n.label = "SBR";
      n.sbr = true;
      n.kids = new ArrayList<>();
      for (N leaf : leaves) {
        N w = new N("SBRW", leaf.token);
        w.parent = n;
        n.kids.add(w);
      }
      return;
    }
    // a participle's own clause inside a noun phrase is its complement, not a relative clause of
    // the noun: "a resolution demanding that Russia withdraw its troops"
    boolean participle =
        n.label.equals("VP") && !n.kids.isEmpty() && n.kids.get(0).label.equals("VBG");
    boolean np = (underNp && !participle) || n.label.equals("NP") || n.nec;
    for (N k : n.kids) {
      reduceClauses(k, np);
    }
  }

  /**
   * True if the clause is {@code (SBAR (IN after) (S ...))} with a subordinator of a fact ({@link
   * PatternCoder#SUBORDINATORS}).
   */
  private static boolean adverbial(N sbar) {
    String word = subordinator(sbar, false);
    return word != null && PatternCoder.SUBORDINATORS.contains(word);
  }

  /**
   * The word of {@code (SBAR (IN word) (S ...))}, or with {@code measured} of {@code (SBAR (NP ...)
   * (IN word) (S ...))}, upper case; or null if the clause has another shape.
   */
  private static String subordinator(N sbar, boolean measured) {
    int in = measured ? 1 : 0;
    if (!sbar.label.equals("SBAR")
        || sbar.kids.size() != in + 2
        || (measured && !sbar.kids.get(0).label.equals("NP"))
        || !sbar.kids.get(in).isToken()
        || !sbar.kids.get(in).label.equals("IN")
        || !sbar.kids.get(in + 1).label.equals("S")) {
      return null;
    }
    return sbar.kids.get(in).token.word().toUpperCase(Locale.ROOT);
  }

  /**
   * True if the clause is {@code (SBAR (NP ... day) (IN after|before) (S ...))}: an adverbial
   * clause after a measure of time.
   */
  private static boolean measuredAdverbial(N sbar) {
    String word = subordinator(sbar, true);
    if (!"AFTER".equals(word) && !"BEFORE".equals(word)) {
      return false;
    }
    List<N> measure = new ArrayList<>();
    collect(sbar.kids.get(0), N::isToken, measure);
    return !measure.isEmpty()
        && CommaClauses.TIME_UNITS.contains(
            measure.get(measure.size() - 1).token.word().toUpperCase(Locale.ROOT));
  }

  // ---------------------------------------------------------------- conversion

  private void convert(N n) {
    if (n.nec) {
      emitCompound(n);
    } else if (n.label.equals("NP") && !n.isToken()) {
      List<Object> content = nounPhraseContent(n);
      if (content != null) {
        emitNamedEntity(content);
      } else {
        generic(n);
      }
    } else if (n.isToken()) {
      if (n.label.equals("SBRW")) {
        out.add(Item.word(upper(n.token.word()), n.token.tokenIndex()));
      } else {
        Item o = Item.open(n.label);
        out.add(o);
        out.add(Item.word(upper(n.token.word()), n.token.tokenIndex()));
        out.add(Item.close(o));
      }
    } else {
      generic(n);
    }
  }

  private void generic(N n) {
    Item o = Item.open(n.label);
    out.add(o);
    for (N k : n.kids) {
      convert(k);
    }
    out.add(Item.close(o));
  }

  /** The words (tokens and compound groups) an NP reduces to, or null to keep its structure. */
  private static List<Object> nounPhraseContent(N np) {
    N pos = first(np, n -> n != np && n.isToken() && n.label.startsWith("POS") && !inClause(n, np));
    if (pos != null) {
      List<Object> content = new ArrayList<>();
      collectContent(np, pos, content);
      return content;
    }
    N pp = first(np, n -> n != np && n.label.startsWith("PP"));
    if (pp != null && titledName(np)) {
      List<Object> content = new ArrayList<>();
      collectContent(np, null, content);
      return content;
    }
    if (pp != null) {
      return prepositionalContent(np, pp);
    }
    if (!any(np, n -> n.label.startsWith("NP") || (n.nec && !n.modifiers))) {
      List<Object> content = new ArrayList<>();
      collectContent(np, null, content);
      return content;
    }
    return null;
  }

  /** True if a clause (VP, S, SBAR) lies between the node and its ancestor {@code np}. */
  private static boolean inClause(N n, N np) {
    for (N p = n.parent; p != null && p != np; p = p.parent) {
      if (p.label.equals("VP") || p.label.startsWith("S")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A title with its holder's name parsed flat around a prepositional phrase: {@code (NP (NNP
   * Secretary) (PP (IN of) (NP (NNP State))) (NNP Antony) (NNP Blinken))}. Its words are one name.
   */
  private static boolean titledName(N np) {
    boolean seenPp = false;
    boolean nameAfter = false;
    for (N k : np.kids) {
      if (k.isToken()) {
        if (seenPp) {
          if (!k.label.startsWith("NNP")) {
            return false;
          }
          nameAfter = true;
        }
      } else if (k.label.startsWith("PP") && !seenPp) {
        seenPp = true;
        if (any(k, n -> n.label.startsWith("PP") || n.label.startsWith("S") || n.nec)) {
          return false;
        }
      } else {
        return false;
      }
    }
    return nameAfter;
  }

  /** {@code (NP (NP x) (PP (IN of) (NP y)))} reduces to {@code x of y}; anything deeper: null. */
  private static List<Object> prepositionalContent(N np, N pp) {
    N p = pp.parent;
    if (p != np || p.kids.isEmpty()) {
      return null;
    }
    N head = p.kids.get(0);
    List<Object> content = new ArrayList<>();
    if (head.nec) {
      content.add(head);
    } else if (head.label.startsWith("NP") && !head.isToken()) {
      collectContent(head, null, content);
    } else if (head.isToken() && pp.parent == np) {
      // A flat head, "(NP (PRP$ their) (NN partnership) (PP (IN at) ...))": its words up to the
      // first prepositional phrase.
      int first = np.kids.indexOf(pp);
      for (N k : np.kids.subList(0, first)) {
        if (!k.isToken()) {
          return null;
        }
        content.add(k.token);
      }
      head = np.kids.get(first - 1);
    } else {
      return null;
    }
    List<N> after = new ArrayList<>();
    boolean seenHead = false;
    for (N k : p.kids) {
      if (k == head) {
        seenHead = true;
        continue;
      }
      if (seenHead) {
        preorder(k, after);
      }
    }
    int in = -1;
    for (int i = 0; i < after.size(); i++) {
      if (after.get(i).isToken() && after.get(i).label.equals("IN")) {
        in = i;
        break;
      }
    }
    if (in < 0) {
      return null;
    }
    N found = null;
    for (int i = in + 1; i < after.size(); i++) {
      N c = after.get(i);
      if (c.nec || (c.label.equals("NP") && !c.isToken())) {
        found = c;
        break;
      }
    }
    final N object = found;
    if (object == null || any(object, n -> n.label.startsWith("PP"))) {
      return null;
    }
    content.add(after.get(in).token);
    if (object.nec) {
      content.add(object);
    } else {
      collectContent(object, null, content);
    }
    // Further simple prepositional phrases of the same noun phrase stay in it ("the crackdown on
    // protesters in Georgia"), so that the place they name is not lost.
    boolean pastFirst = false;
    for (N k : p.kids) {
      if (!pastFirst) {
        pastFirst = isInside(object, k);
        continue;
      }
      if (infinitive(k)) {
        // "an offer by ECOWAS to mediate": what is offered stays in the phrase, as "the decision
        // to suspend talks" does
        collectContent(k, null, content);
        break;
      }
      if (!k.label.startsWith("PP")) {
        break;
      }
      if (any(k, n -> n.nec || n.label.startsWith("S") || n.label.startsWith("VP"))) {
        // "a criminal investigation on Monday into opposition leaders Machado and Gonzalez": a
        // later phrase naming a party that cannot join would be lost with the rest, so the
        // phrase keeps its parts; one of circumstance ("a strike over pay and conditions") goes
        N prep = k.kids.isEmpty() ? null : k.kids.get(0);
        if (prep != null
            && prep.isToken()
            && PatternCoder.PARTY_PREPOSITIONS.contains(upper(prep.token.word()))) {
          return null;
        }
        break;
      }
      collectContent(k, null, content);
    }
    List<N> rest = new ArrayList<>();
    preorder(np, rest);
    boolean pastObject = false;
    for (N c : rest) {
      if (c == object) {
        pastObject = true;
      } else if (pastObject && c.sbr && !isInside(c, object)) {
        for (N w : c.kids) {
          content.add(w.token);
        }
        break;
      }
    }
    return content;
  }

  /**
   * True if the node is an infinitive clause with no clause inside: {@code (S (VP (TO to) (VP (VB
   * mediate) (NP talks))))}.
   */
  private static boolean infinitive(N n) {
    if (!n.label.equals("S") || n.kids.size() != 1 || !n.kids.get(0).label.equals("VP")) {
      return false;
    }
    N vp = n.kids.get(0);
    return vp.kids.size() == 2
        && vp.kids.get(0).label.equals("TO")
        && vp.kids.get(1).label.equals("VP")
        && !any(vp.kids.get(1), k -> k.label.startsWith("S"));
  }

  private static boolean isInside(N n, N ancestor) {
    for (N p = n; p != null; p = p.parent) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Tokens in order, with compound nodes kept whole; {@code skip} is left out. */
  private static void collectContent(N n, N skip, List<Object> content) {
    if (n == skip) {
      return;
    }
    if (n.nec) {
      content.add(n);
    } else if (n.isToken()) {
      content.add(n.token);
    } else {
      for (N k : n.kids) {
        collectContent(k, skip, content);
      }
    }
  }

  private void emitNamedEntity(List<Object> content) {
    List<N> groups = new ArrayList<>();
    int alphabetic = 0;
    for (Object o : content) {
      if (o instanceof N g) {
        groups.add(g);
        List<N> leaves = new ArrayList<>();
        collect(g, N::isToken, leaves);
        for (N leaf : leaves) {
          alphabetic += isAlphabetic(leaf.token.word()) ? 1 : 0;
        }
      } else if (isAlphabetic(((ParseNode) o).word())) {
        alphabetic++;
      }
    }
    if (groups.isEmpty()) {
      Item o = Item.open(Item.NE);
      o.ne = o;
      out.add(o);
      for (Object t : content) {
        ParseNode tok = (ParseNode) t;
        Item w = Item.word(upper(tok.word()), tok.tokenIndex());
        w.ne = o;
        out.add(w);
      }
      Item c = Item.close(o);
      c.ne = o;
      out.add(c);
      return;
    }
    // Expand every combination of conjuncts into its own NE inside one NEC.
    List<List<List<ParseNode>>> memberLists = new ArrayList<>();
    for (N g : groups) {
      memberLists.add(members(g, false));
    }
    Item nec = Item.open(Item.NEC);
    nec.fromPhrase = true;
    nec.hiddenWords = alphabetic;
    out.add(nec);
    int[] choice = new int[groups.size()];
    boolean done = memberLists.stream().anyMatch(List::isEmpty);
    while (!done) {
      Item o = Item.open(Item.NE);
      o.ne = o;
      o.nec = nec;
      out.add(o);
      int gi = 0;
      for (Object t : content) {
        if (t instanceof N) {
          for (ParseNode tok : memberLists.get(gi).get(choice[gi])) {
            addUncountedWord(tok, o);
          }
          gi++;
        } else {
          addUncountedWord((ParseNode) t, o);
        }
      }
      Item c = Item.close(o);
      c.ne = o;
      c.nec = nec;
      out.add(c);
      int k = choice.length - 1;
      while (k >= 0) {
        choice[k]++;
        if (choice[k] < memberLists.get(k).size()) {
          break;
        }
        choice[k] = 0;
        k--;
      }
      done = k < 0;
    }
    out.add(Item.close(nec));
  }

  private void addUncountedWord(ParseNode tok, Item ne) {
    Item w = Item.word(upper(tok.word()), tok.tokenIndex());
    w.ne = ne;
    w.counted = false;
    out.add(w);
  }

  private void emitCompound(N n) {
    Item nec = Item.open(Item.NEC);
    out.add(nec);
    for (List<ParseNode> member : members(n, true)) {
      Item o = Item.open(Item.NE);
      o.ne = o;
      o.nec = nec;
      out.add(o);
      for (ParseNode tok : member) {
        Item w = Item.word(upper(tok.word()), tok.tokenIndex());
        w.ne = o;
        out.add(w);
      }
      Item c = Item.close(o);
      c.ne = o;
      c.nec = nec;
      out.add(c);
    }
    out.add(Item.close(nec));
  }

  /**
   * The conjuncts of a compound: its outermost noun phrases and nouns, in order. With {@code
   * shareAdjectives}, adjectives before the first noun are put in front of bare-noun conjuncts.
   */
  private static List<List<ParseNode>> members(N compound, boolean shareAdjectives) {
    if (compound.modifiers) {
      List<List<ParseNode>> members = new ArrayList<>();
      List<ParseNode> current = new ArrayList<>();
      for (N w : compound.kids) {
        if (w.label.equals("CC") || w.label.equals(",")) {
          if (!current.isEmpty()) {
            members.add(current);
          }
          current = new ArrayList<>();
        } else {
          current.add(w.token);
        }
      }
      if (!current.isEmpty()) {
        members.add(current);
      }
      return members;
    }
    List<N> nodes = new ArrayList<>();
    preorder(compound, nodes);
    List<ParseNode> adjectives = new ArrayList<>();
    // "The Malian army and Russian mercenaries": a later member's own adjectives replace the
    // shared ones
    List<ParseNode> own = new ArrayList<>();
    List<List<ParseNode>> members = new ArrayList<>();
    N inside = null;
    N previous = null;
    boolean seenNoun = false;
    for (N c : nodes) {
      if (c == compound) {
        continue;
      }
      if (inside != null && isInside(c, inside)) {
        continue;
      }
      boolean nounish = c.label.startsWith("NP") || c.label.startsWith("NN") || c.nec;
      if (!nounish) {
        if (shareAdjectives && c.isToken() && c.label.startsWith("JJ")) {
          (seenNoun ? own : adjectives).add(c.token);
        }
        continue;
      }
      seenNoun = true;
      inside = c;
      if (c.isToken()
          && previous != null
          && previous.parent == c.parent
          && c.parent.kids.indexOf(c) == c.parent.kids.indexOf(previous) + 1) {
        // "(NP (NNP United) (NNP Kingdom) (CC and) (NP (NNP France)))": adjacent nouns are one
        // member.
        members.get(members.size() - 1).add(c.token);
        previous = c;
        continue;
      }
      previous = c.isToken() ? c : null;
      List<ParseNode> words = new ArrayList<>();
      if (c.isToken()) {
        words.addAll(own.isEmpty() ? adjectives : own);
        words.add(c.token);
        own = new ArrayList<>();
      } else {
        List<N> leaves = new ArrayList<>();
        collect(c, N::isToken, leaves);
        leaves.forEach(l -> words.add(l.token));
      }
      members.add(words);
    }
    return members;
  }

  // ---------------------------------------------------------------- tree helpers

  private static boolean isAlphabetic(String word) {
    return !word.isEmpty() && Character.isLetter(word.charAt(0));
  }

  private static String upper(String w) {
    return w.toUpperCase(Locale.ROOT);
  }

  private static void preorder(N n, List<N> out) {
    out.add(n);
    for (N k : n.kids) {
      preorder(k, out);
    }
  }

  private static void collect(N n, Predicate<N> p, List<N> out) {
    if (p.test(n)) {
      out.add(n);
    }
    for (N k : n.kids) {
      collect(k, p, out);
    }
  }

  /** True if a strict descendant matches. */
  private static boolean any(N n, Predicate<N> p) {
    for (N k : n.kids) {
      if (p.test(k) || any(k, p)) {
        return true;
      }
    }
    return false;
  }

  private static int count(N n, Predicate<N> p) {
    int c = 0;
    for (N k : n.kids) {
      c += (p.test(k) ? 1 : 0) + count(k, p);
    }
    return c;
  }

  /** First node in preorder (including n) that matches. */
  private static N first(N n, Predicate<N> p) {
    if (p.test(n)) {
      return n;
    }
    for (N k : n.kids) {
      N f = first(k, p);
      if (f != null) {
        return f;
      }
    }
    return null;
  }
}
