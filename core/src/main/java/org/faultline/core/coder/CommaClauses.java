package org.faultline.core.coder;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Removes comma-delimited clauses (", a senior official said on Saturday") from the item list
 * before verbs are matched, as TABARI and PETRARCH do: the terminal clause first, then internal
 * clauses between two commas, each only when its length in words is within the configured bounds;
 * the initial clause only when enabled. Only whole phrases inside a clause are removed, so the
 * bracket structure stays balanced; a comma left with nothing before or after it is dropped.
 */
final class CommaClauses {
  private static final String COMMA = ",";

  private CommaClauses() {}

  /**
   * Removes the clauses.
   *
   * @param place whether the noun phrase opening at an index names a place of a country; a clause
   *     of a preposition of place and such a phrase alone (", in Kaduna state,") says where the act
   *     happened and stays, without its commas (news options only)
   */
  static void remove(List<Item> items, CoderOptions o, int parseStart, IntPredicate place) {
    if (indexOfComma(items, parseStart) < 0) {
      return;
    }
    if (o.commaBMax() != 0) {
      int first = indexOfComma(items, parseStart);
      int n = countWords(items, parseStart, first);
      if (n >= o.commaBMin() && n <= o.commaBMax()) {
        deletePhrases(items, parseStart, first);
      }
    }
    if (o.commaEMax() != 0) {
      int end = findEnd(items);
      int last = lastCommaBefore(items, end, parseStart);
      if (last >= 0 && o.clauseStructure() && placeOnlyToEnd(items, last + 3, end, place)) {
        items.subList(last, last + 3).clear(); // "abducted 280 pupils, in Kaduna state."
      } else if (last >= 0
          && !startsVerbPhrase(items, last + 3)
          && !(o.clauseStructure() && holdsMainVerb(items, last + 3, end))
          && !(o.clauseStructure() && startsParticipleClause(items, last + 3))
          && !(o.clauseStructure()
              && measuredClause(items, last + 3, w -> w.equals("AFTER") || w.equals("BEFORE")))) {
        int n = countWords(items, last, items.size());
        if (n >= o.commaEMin() && n <= o.commaEMax()) {
          deletePhrases(items, last + 3, end);
        }
      }
    }
    if (o.commaMax() != 0) {
      int a = indexOfComma(items, parseStart);
      boolean afterLong = false;
      while (a >= 0) {
        int b = indexOfComma(items, a + 1);
        if (b < 0) {
          break;
        }
        int n = countWords(items, a + 2, b);
        if (o.clauseStructure() && placeOnly(items, a + 3, b, place)) {
          items.subList(b, b + 3).clear();
          items.subList(a, a + 3).clear();
          a = indexOfComma(items, a);
          afterLong = false;
          continue;
        }
        // "extradited Dairo Antonio Usuga, the leader of the Clan del Golfo drug cartel, to the
        // United States": a phrase right after an apposition too long to drop goes on with the
        // sentence, not another aside
        int next = a + 3;
        while (next < b && items.get(next).kind == Item.CLOSE) {
          next++; // the apposition's own noun phrase closes after its comma
        }
        boolean continues = afterLong && o.clauseStructure() && items.get(next).isOpen("PP");
        afterLong = n > o.commaMax();
        if (n >= o.commaMin()
            && n <= o.commaMax()
            && !continues
            && !(o.clauseStructure()
                && (startsParticipleClause(items, a + 3) || holdsMainVerb(items, a + 3, b)))) {
          Item second = items.get(b);
          deletePhrases(items, a, b);
          b = items.indexOf(second);
          if (b >= 0 && items.get(b).partner != null && items.get(b + 2) == second.partner) {
            items.subList(b, b + 3).clear();
            b = indexOfComma(items, b);
            if (b < 0) {
              break;
            }
            a = b;
            continue;
          }
        }
        a = b;
      }
    }
    // Dangling commas at either end.
    int first = indexOfComma(items, parseStart);
    if (first >= 0 && countWords(items, parseStart, first) == 0) {
      items.subList(first, first + 3).clear();
    }
    int end = findEnd(items);
    int last = lastCommaBefore(items, end, parseStart);
    if (last >= 0 && countWords(items, last + 1, end) == 0) {
      items.subList(last, last + 3).clear();
    }
  }

  /**
   * True if {@code [from, to)} is one prepositional phrase of place whose noun phrase names a place
   * of a country ("in Kaduna state").
   */
  private static boolean placeOnly(List<Item> items, int from, int to, IntPredicate place) {
    return from + 4 < to
        && items.get(from).isOpen("PP")
        && items.get(to - 1) == items.get(from).partner
        && items.get(from + 1).isOpen("IN")
        && PatternCoder.PLACE_PREPOSITIONS.contains(items.get(from + 2).word)
        && items.get(from + 4).isOpen(Item.NE)
        && items.get(to - 2) == items.get(from + 4).partner
        && place.test(from + 4);
  }

  /**
   * True if {@code from} opens a prepositional phrase of place as {@link #placeOnly} reads it and
   * only closing brackets follow it before {@code end}.
   */
  private static boolean placeOnlyToEnd(List<Item> items, int from, int end, IntPredicate place) {
    if (from >= end || items.get(from).partner == null) {
      return false;
    }
    int to = items.indexOf(items.get(from).partner) + 1;
    for (int k = to; k < end; k++) {
      if (items.get(k).kind != Item.CLOSE) {
        return false;
      }
    }
    return to <= end && placeOnly(items, from, to, place);
  }

  /** True if the item at {@code k} opens a verb phrase (the comma precedes the main verb). */
  private static boolean startsVerbPhrase(List<Item> items, int k) {
    return k < items.size() && items.get(k).isOpen("VP");
  }

  /**
   * True if the item at {@code k} opens a present participle clause without a subject (", killing
   * 20 civilians", ", accusing Kyiv of provocations"): an act of the sentence's subject, not an
   * aside.
   */
  static boolean startsParticipleClause(List<Item> items, int k) {
    if (!subjectless(items, k) || k + 3 >= items.size()) {
      return false;
    }
    // "before raiding it and detaining its director": (S (VP (VP (VBG raiding) ...) (CC and) ...))
    return items.get(k + 2).isOpen("VBG")
        || (items.get(k + 2).isOpen("VP") && items.get(k + 3).isOpen("VBG"));
  }

  /**
   * Units of a measure of time before a subordinator ("hours after", "two days before"), read by
   * every rule on such clauses (here, {@link Linearizer} and {@link PatternCoder}).
   */
  static final Set<String> TIME_UNITS =
      Set.of(
          "MINUTES", "HOUR", "HOURS", "DAY", "DAYS", "WEEK", "WEEKS", "MONTH", "MONTHS", "YEAR",
          "YEARS");

  /**
   * True if the item at {@code k} opens a clause after a measure of time, {@code (SBAR (NP a day)
   * (IN after) (S ...))}, whose subordinator is one {@code subordinator} accepts: an event of its
   * own ("a day after Israeli soldiers attacked Nairobi"), not an aside.
   */
  static boolean measuredClause(List<Item> items, int k, Predicate<String> subordinator) {
    if (k + 1 >= items.size()
        || !items.get(k).isOpen("SBAR")
        || !(items.get(k + 1).isOpen("NP") || items.get(k + 1).isOpen(Item.NE))) {
      return false;
    }
    int close = items.indexOf(items.get(k + 1).partner);
    String unit = null;
    for (int j = close - 1; j > k + 1 && unit == null; j--) {
      if (items.get(j).kind == Item.WORD) {
        unit = items.get(j).word;
      }
    }
    int in = close + 1;
    return close > 0
        && in + 1 < items.size()
        && TIME_UNITS.contains(unit)
        && items.get(in).isOpen("IN")
        && subordinator.test(items.get(in + 1).word);
  }

  /**
   * True if the item at {@code k} opens a clause of a participle alone, present or past: "(S (VP
   * (VBG accusing) ...))", "(S (VP (VBN angered) (PP by ...)))".
   */
  static boolean startsAnyParticipleClause(List<Item> items, int k) {
    return startsParticipleClause(items, k)
        || (subjectless(items, k) && k + 2 < items.size() && items.get(k + 2).isOpen("VBN"));
  }

  /** True if the item at {@code k} opens a clause whose first phrase is its verb phrase. */
  private static boolean subjectless(List<Item> items, int k) {
    return k + 1 < items.size() && items.get(k).isOpen("S") && items.get(k + 1).isOpen("VP");
  }

  /**
   * True if {@code [from, to)} holds the verb phrase of the sentence's main clause and no clause
   * comes before it, as in "After meeting Putin, Xi praised the partnership": such a clause is the
   * sentence, not an aside, and so is one after an opening clause with no subject ("Angered by the
   * vote, China summoned the Lithuanian ambassador").
   */
  private static boolean holdsMainVerb(List<Item> items, int from, int to) {
    int top = 0;
    while (top < items.size()
        && !(items.get(top).kind == Item.OPEN && items.get(top).tag.equals("S"))) {
      top++;
    }
    if (top >= items.size()) {
      return false;
    }
    int depth = 0;
    boolean clauseBefore = false;
    for (int i = top + 1; i < items.size() && i < to; i++) {
      Item it = items.get(i);
      if (it.kind == Item.OPEN) {
        if (depth == 0 && i < from && it.tag.equals("S") && !subjectless(items, i)) {
          // "A attacked B, officials said": the clause before is the sentence. A clause of a
          // verb alone ("Backed by Iran, the Houthis attacked ships") has no subject: it is not.
          clauseBefore = true;
        }
        if (depth == 0
            && i >= from + 3
            && it.tag.equals("S")
            && items.get(i - 3).isOpen("CC")
            && !subjectless(items, i)) {
          // "Protesters stormed the parliament, and police opened fire on the crowds, killing
          // five": a clause joined to the one before by "and" is a main clause of its own
          return true;
        }
        if (depth == 0 && i >= from && it.tag.equals("VP") && !clauseBefore) {
          return true;
        }
        depth++;
      } else if (it.kind == Item.CLOSE) {
        if (depth == 0) {
          return false;
        }
        depth--;
      }
    }
    return false;
  }

  private static int indexOfComma(List<Item> items, int from) {
    for (int i = Math.max(0, from); i < items.size(); i++) {
      if (items.get(i).isOpen(COMMA)) {
        return i;
      }
    }
    return -1;
  }

  private static int lastCommaBefore(List<Item> items, int before, int parseStart) {
    for (int i = before - 1; i >= parseStart; i--) {
      if (items.get(i).isOpen(COMMA)) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the opening bracket of the last word (normally the final punctuation). */
  private static int findEnd(List<Item> items) {
    int k = items.size() - 1;
    while (k >= 2 && items.get(k).kind == Item.CLOSE) {
      k--;
    }
    return k - 1;
  }

  /** Words in {@code [from, to)} that start with a letter, as clause lengths are measured. */
  static int countWords(List<Item> items, int from, int to) {
    int n = 0;
    for (int i = Math.max(0, from); i < to && i < items.size(); i++) {
      Item it = items.get(i);
      if (it.kind == Item.WORD) {
        if (it.counted && !it.word.isEmpty() && Character.isLetter(it.word.charAt(0))) {
          n++;
        }
      } else if (it.kind == Item.OPEN) {
        n += it.hiddenWords;
      }
    }
    return n;
  }

  /** Deletes every complete bracketed phrase lying inside {@code [from, to)}. */
  private static void deletePhrases(List<Item> items, int from, int to) {
    Deque<Item> stack = new ArrayDeque<>();
    int k = Math.min(to, items.size()) - 1;
    while (k >= from) {
      Item it = items.get(k);
      if (it.kind == Item.CLOSE) {
        stack.push(it);
      } else if (it.kind == Item.OPEN && !stack.isEmpty() && stack.peek() == it.partner) {
        int close = items.indexOf(it.partner);
        items.subList(k, close + 1).clear();
        stack.pop();
      }
      k--;
    }
  }
}
