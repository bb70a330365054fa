package org.faultline.core.coder;

import java.util.List;
import org.faultline.core.dict.PatternElement;
import org.faultline.core.dict.Synset;
import org.faultline.core.dict.VerbDictionary;

/**
 * Matches one side of a verb pattern against a {@link Seq}, outwards from the verb, with
 * backtracking over the places where a loose connector lets words be skipped.
 *
 * <p>Words inside noun phrases can be matched like any other word. {@code $}, {@code +} and {@code
 * ^} take a whole noun phrase (the one the previous element ended in, or the next one); a noun
 * phrase that is part of a compound stands for the whole compound. {@code %} takes a compound. Not
 * thread-safe: one instance per coding run.
 */
final class PatternMatcher {
  /** Bindings made by a successful match. */
  static final class Bindings {
    Item source;
    Item target;

    void clear() {
      source = null;
      target = null;
    }
  }

  private static final int STEP_BUDGET = 50_000;

  private final VerbDictionary verbs;
  private Seq seq;
  private PatternElement[] els;
  private boolean upperSide;
  private Bindings b;
  private int steps;

  /** The noun phrase of the word the last word element matched, or null. */
  private Item lastWordIn;

  PatternMatcher(VerbDictionary verbs) {
    this.verbs = verbs;
  }

  /**
   * Matches elements (given in sentence order) against {@code seq}.
   *
   * @param upperSide true for the part before the verb (matched in reverse sentence order)
   */
  boolean match(List<PatternElement> elements, Seq s, boolean upperSide, Bindings bindings) {
    if (elements.isEmpty()) {
      return true;
    }
    this.seq = s;
    this.upperSide = upperSide;
    this.b = bindings;
    this.els = new PatternElement[elements.size()];
    for (int i = 0; i < els.length; i++) {
      els[i] = elements.get(upperSide ? els.length - 1 - i : i);
    }
    this.steps = 0;
    this.lastWordIn = null;
    return matchFrom(0, 0, null);
  }

  private boolean matchFrom(int ei, int pos, Item inside) {
    if (ei == els.length) {
      return true;
    }
    if (++steps > STEP_BUDGET) {
      return false;
    }
    PatternElement e = els[ei];
    switch (e.kind()) {
      case WORD:
        return matchWords(ei, pos, inside, List.of(e.value()), e.tight());
      case SYNSET:
        Synset syn = verbs.synset(e.value());
        if (syn == null) {
          return false;
        }
        for (List<String> phrase : syn.phrases()) {
          if (matchWords(ei, pos, inside, upperSide ? reversed(phrase) : phrase, e.tight())) {
            return true;
          }
        }
        return false;
      default:
        return matchPhrase(ei, pos, inside, e);
    }
  }

  private static List<String> reversed(List<String> phrase) {
    if (phrase.size() == 1) {
      return phrase;
    }
    String[] r = new String[phrase.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = phrase.get(r.length - 1 - i);
    }
    return List.of(r);
  }

  /** Matches consecutive words, the first one tight or loose. */
  private boolean matchWords(int ei, int pos, Item inside, List<String> words, boolean tight) {
    for (int q = pos; q < seq.size; q++) {
      if (seq.kind[q] != Seq.WORD) {
        continue;
      }
      if (seq.word[q].equals(words.get(0))) {
        int end = consecutive(q, words);
        Item before = lastWordIn;
        lastWordIn = end >= 0 ? seq.ref[end] : null;
        if (end >= 0 && matchFrom(ei + 1, end + 1, stillInside(end))) {
          return true;
        }
        lastWordIn = before;
      }
      if (tight) {
        return false;
      }
    }
    return false;
  }

  /**
   * The noun phrase a match ending at word {@code end} leaves us inside of, or null when that word
   * was the phrase's last (the next element closes it) or belongs to no phrase.
   */
  private Item stillInside(int end) {
    Item ne = seq.ref[end];
    if (ne == null || end + 1 >= seq.size) {
      return null;
    }
    return seq.kind[end + 1] == Seq.EXIT_NE && seq.ref[end + 1] == ne ? null : ne;
  }

  /** If words match consecutively from q (brackets in between are ignored), the last index. */
  private int consecutive(int q, List<String> words) {
    int at = q;
    for (int i = 1; i < words.size(); i++) {
      at++;
      while (at < seq.size && seq.kind[at] != Seq.WORD) {
        at++;
      }
      if (at >= seq.size || !seq.word[at].equals(words.get(i))) {
        return -1;
      }
    }
    return at;
  }

  private boolean matchPhrase(int ei, int pos, Item inside, PatternElement e) {
    PatternElement.Kind kind = e.kind();
    // The noun phrase the previous element ended in.
    if (inside != null) {
      Item unit = kind == PatternElement.Kind.COMPOUND ? inside.nec : unitOf(inside, kind);
      if (unit != null && bindAndContinue(ei, seq.after(unit, pos), unit, kind)) {
        return true;
      }
    } else if (upperSide
        && kind == PatternElement.Kind.COMPOUND
        && ei > 0
        && (els[ei - 1].kind() == PatternElement.Kind.WORD
            || els[ei - 1].kind() == PatternElement.Kind.SYNSET)
        && lastWordIn != null
        && lastWordIn.nec != null
        && seq.after(lastWordIn.nec, pos) > pos) {
      // "- % &TALKS *" on "Talks between Russia and Ukraine resumed": read backwards, "talks" is
      // the first word of the compound's first member, so the match ends inside the compound
      // though it has left that member; the compound is the one the word was in.
      Item nec = lastWordIn.nec;
      if (bindAndContinue(ei, seq.after(nec, pos), nec, kind)) {
        return true;
      }
    }
    for (int q = pos; q < seq.size; q++) {
      int k = seq.kind[q];
      if (k == Seq.WORD) {
        if (e.tight()) {
          return false;
        }
        continue;
      }
      if (k == Seq.ENTER_NEC) {
        Item nec = seq.ref[q];
        if (bindAndContinue(ei, seq.after(nec, q), nec, kind)) {
          return true;
        }
        q = seq.after(nec, q) - 1;
        continue;
      }
      if (k == Seq.ENTER_NE && kind != PatternElement.Kind.COMPOUND) {
        Item ne = seq.ref[q];
        Item unit = unitOf(ne, kind);
        if (bindAndContinue(ei, seq.after(unit, q), unit, kind)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Source and target bind to a whole compound; a skip skips just the noun phrase. */
  private static Item unitOf(Item ne, PatternElement.Kind kind) {
    if (kind == PatternElement.Kind.SKIP || ne.nec == null) {
      return ne;
    }
    return ne.nec;
  }

  private boolean bindAndContinue(int ei, int next, Item unit, PatternElement.Kind kind) {
    Item oldSource = b.source;
    Item oldTarget = b.target;
    switch (kind) {
      case SOURCE:
        b.source = unit;
        break;
      case TARGET:
        b.target = unit;
        break;
      case COMPOUND:
        if (upperSide) {
          b.source = unit;
          b.target = unit;
        } else {
          b.target = unit;
        }
        break;
      default:
        break;
    }
    if (matchFrom(ei + 1, next, null)) {
      return true;
    }
    b.source = oldSource;
    b.target = oldTarget;
    return false;
  }
}
