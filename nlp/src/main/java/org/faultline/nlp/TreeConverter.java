package org.faultline.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.List;
import org.faultline.core.tree.ParseNode;
import org.faultline.core.tree.ParseTree;

/**
 * Converts a CoreNLP constituency tree into core's {@link ParseTree}. Words come from the
 * sentence's tokens, so that tree and {@link org.faultline.core.event.SentenceTokens} agree one to
 * one. {@code NML} nodes (OntoNotes-style noun-modifier brackets, absent from the PTB-era parses
 * the coder and its dictionaries were built on) are replaced by their children: {@code (NP (NML
 * Eriadori and Calenardhon) leaders)} becomes {@code (NP Eriadori and Calenardhon leaders)}, which
 * the coder reads as a compound. Stateless.
 */
final class TreeConverter {
  private TreeConverter() {}

  /**
   * The form of a token word in a bracketed parse: parentheses become {@code -LRB-}/{@code -RRB-}
   * (as in the Penn Treebank) and blanks inside a token ("5 1/2") become no-break spaces, so that
   * {@link ParseTree#toString()} reads back as the same tree.
   */
  static String treeWord(String word) {
    if (word.equals("(")) {
      return "-LRB-";
    }
    if (word.equals(")")) {
      return "-RRB-";
    }
    StringBuilder sb = null;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      String r =
          c == '(' ? "-LRB-" : c == ')' ? "-RRB-" : Character.isWhitespace(c) ? "\u00a0" : null;
      if (r != null && sb == null) {
        sb = new StringBuilder(word.length() + 8).append(word, 0, i);
      }
      if (sb != null) {
        if (r != null) {
          sb.append(r);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? word : sb.toString();
  }

  /**
   * Converts a tree whose preterminals correspond one to one, in order, to {@code tokens}.
   *
   * @throws IllegalArgumentException if the tree has another number of preterminals
   */
  static ParseTree convert(Tree tree, List<CoreLabel> tokens) {
    int[] next = {0};
    ParseNode root = node(tree, tokens, next);
    if (next[0] != tokens.size()) {
      throw new IllegalArgumentException(
          "parse must have one preterminal per token: " + next[0] + " vs " + tokens.size());
    }
    if (root.isToken()) {
      root = ParseNode.phrase("ROOT", List.of(root));
    }
    return new ParseTree(root);
  }

  private static ParseNode node(Tree t, List<CoreLabel> tokens, int[] next) {
    if (t.isPreTerminal() || t.isLeaf()) {
      int i = next[0]++;
      if (i >= tokens.size()) {
        throw new IllegalArgumentException(
            "parse must have one preterminal per token: more than " + tokens.size());
      }
      String tag = t.isLeaf() ? "X" : t.value();
      return ParseNode.token(tag, treeWord(tokens.get(i).word()), i);
    }
    List<ParseNode> kids = new ArrayList<>(t.numChildren());
    for (Tree c : t.children()) {
      ParseNode k = node(c, tokens, next);
      if (!k.isToken() && k.label().equals("NML")) {
        kids.addAll(k.children());
      } else {
        kids.add(k);
      }
    }
    return ParseNode.phrase(t.value(), kids);
  }
}
