package org.faultline.core.coder;

/**
 * One element of the linearized parse the coder works on: an opening or closing bracket of a
 * phrase, or a word. Noun phrases the coder can code are reduced to {@code NE} (named entity)
 * brackets around bare words; compound noun phrases to {@code NEC} brackets around several NEs.
 * Mutable while one sentence is coded; never shared between threads.
 */
final class Item {
  static final int OPEN = 0;
  static final int CLOSE = 1;
  static final int WORD = 2;

  static final String NE = "NE";
  static final String NEC = "NEC";

  final int kind;

  /** Phrase label for brackets (NP, VP, NE, NEC, a POS tag), null for words. */
  final String tag;

  /** Upper-case word, null for brackets. */
  final String word;

  /** Token index of a word, -1 otherwise. */
  final int token;

  /** The matching bracket. */
  Item partner;

  /** For words inside an NE and for NE brackets: the NE's opening item. */
  Item ne;

  /** For NE brackets inside a compound: the NEC's opening item. */
  Item nec;

  /** Words that count for comma-clause lengths (false for copies made by compound expansion). */
  boolean counted = true;

  /** Words a compound dropped (its conjunctions) that still count for comma-clause lengths. */
  int hiddenWords;

  /** NEC built from a compound inside a noun phrase (used to recognise datelines). */
  boolean fromPhrase;

  /** For NE openings: the actor code, {@code ---} until assigned. */
  String code = "---";

  private Item(int kind, String tag, String word, int token) {
    this.kind = kind;
    this.tag = tag;
    this.word = word;
    this.token = token;
  }

  static Item open(String tag) {
    return new Item(OPEN, tag, null, -1);
  }

  static Item close(Item open) {
    Item c = new Item(CLOSE, open.tag, null, -1);
    c.partner = open;
    open.partner = c;
    return c;
  }

  static Item word(String word, int token) {
    return new Item(WORD, null, word, token);
  }

  boolean isOpen(String t) {
    return kind == OPEN && tag.equals(t);
  }

  boolean isClose(String t) {
    return kind == CLOSE && tag.equals(t);
  }

  boolean isNeBracket() {
    return kind != WORD && tag.equals(NE);
  }

  boolean isNecBracket() {
    return kind != WORD && tag.equals(NEC);
  }

  @Override
  public String toString() {
    switch (kind) {
      case OPEN:
        return tag.equals(NE) ? "(NE<" + code + ">" : "(" + tag;
      case CLOSE:
        return "~" + tag;
      default:
        return word;
    }
  }
}
