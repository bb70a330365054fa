package org.faultline.core.coder;

import java.util.ArrayList;
import java.util.List;

/**
 * The words and noun-phrase boundaries on one side of a verb, in the order patterns are matched:
 * outwards from the verb. The "upper" side (before the verb) is therefore stored in reverse
 * sentence order; entering and leaving a noun phrase are expressed relative to that direction.
 */
final class Seq {
  static final int WORD = 0;
  static final int ENTER_NE = 1;
  static final int EXIT_NE = 2;
  static final int ENTER_NEC = 3;
  static final int EXIT_NEC = 4;

  final int[] kind;
  final String[] word;

  /** For words: the NE they belong to (or null); for brackets: the NE or NEC opening item. */
  final Item[] ref;

  final int size;

  private Seq(List<Item> items, boolean reversed) {
    size = items.size();
    kind = new int[size];
    word = new String[size];
    ref = new Item[size];
    for (int i = 0; i < size; i++) {
      Item it = items.get(i);
      if (it.kind == Item.WORD) {
        kind[i] = WORD;
        word[i] = it.word;
        ref[i] = it.ne;
      } else {
        boolean opening = (it.kind == Item.OPEN) != reversed;
        boolean nec = it.tag.equals(Item.NEC);
        kind[i] = nec ? (opening ? ENTER_NEC : EXIT_NEC) : (opening ? ENTER_NE : EXIT_NE);
        ref[i] = it.kind == Item.OPEN ? it : it.partner;
      }
    }
  }

  /** Items from {@code from} back to {@code stop} (inclusive), halting at a closing comma. */
  static Seq upper(List<Item> items, int from, int stop) {
    List<Item> picked = new ArrayList<>();
    for (int k = from; k >= stop && k >= 0; k--) {
      Item it = items.get(k);
      if (it.isClose(",")) {
        break;
      }
      if (it.kind == Item.WORD || it.isNeBracket() || it.isNecBracket()) {
        picked.add(it);
      }
    }
    return new Seq(picked, true);
  }

  /** Items from {@code from} up to (not including) {@code end}. */
  static Seq lower(List<Item> items, int from, int end) {
    return lower(items, from, end, end, end);
  }

  /**
   * Items from {@code from} up to {@code end} without those from {@code skip} to {@code resume}.
   */
  static Seq lower(List<Item> items, int from, int end, int skip, int resume) {
    List<Item> picked = new ArrayList<>();
    for (int k = from; k < end && k < items.size(); k++) {
      Item it = items.get(k);
      if (k >= skip && k < resume) {
        continue;
      }
      if (it.kind == Item.WORD || it.isNeBracket() || it.isNecBracket()) {
        picked.add(it);
      }
    }
    return new Seq(picked, false);
  }

  /** The items of {@code first} followed by those of {@code second}. */
  static Seq concat(Seq first, Seq second) {
    return new Seq(first, second);
  }

  private Seq(Seq first, Seq second) {
    size = first.size + second.size;
    kind = new int[size];
    word = new String[size];
    ref = new Item[size];
    for (int i = 0; i < size; i++) {
      Seq from = i < first.size ? first : second;
      int j = i < first.size ? i : i - first.size;
      kind[i] = from.kind[j];
      word[i] = from.word[j];
      ref[i] = from.ref[j];
    }
  }

  /** Index after the bracket that leaves {@code phrase} (an NE or NEC opening), or size. */
  int after(Item phrase, int from) {
    for (int i = from; i < size; i++) {
      if ((kind[i] == EXIT_NE || kind[i] == EXIT_NEC) && ref[i] == phrase) {
        return i + 1;
      }
    }
    return size;
  }

  /** The NE and NEC openings in the order they are met in this sequence. */
  List<Item> phrases() {
    List<Item> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (kind[i] != WORD && !out.contains(ref[i])) {
        out.add(ref[i]);
      }
    }
    return out;
  }
}
