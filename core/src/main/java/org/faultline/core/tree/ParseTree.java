package org.faultline.core.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A constituency parse of one sentence in Penn Treebank form, with its tokens in order.
 *
 * <p>Immutable and thread-safe. Read one with {@link TreebankParser#parse(String)}.
 */
public final class ParseTree {
  private final ParseNode root;
  private final List<ParseNode> tokens;

  /** Wraps a root node; the tokens are collected from its preterminals in order. */
  public ParseTree(ParseNode root) {
    this.root = Objects.requireNonNull(root, "root");
    List<ParseNode> collected = new ArrayList<>();
    collect(root, collected);
    for (int i = 0; i < collected.size(); i++) {
      if (collected.get(i).tokenIndex() != i) {
        throw new IllegalArgumentException(
            "token indexes must run 0..n-1 in order: "
                + collected.get(i).tokenIndex()
                + " at "
                + i);
      }
    }
    this.tokens = Collections.unmodifiableList(collected);
  }

  private static void collect(ParseNode root, List<ParseNode> out) {
    java.util.Deque<ParseNode> stack = new java.util.ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      ParseNode node = stack.pop();
      if (node.isToken()) {
        out.add(node);
        continue;
      }
      List<ParseNode> kids = node.children();
      for (int i = kids.size() - 1; i >= 0; i--) {
        stack.push(kids.get(i));
      }
    }
  }

  /** The root node (usually labelled ROOT). */
  public ParseNode root() {
    return root;
  }

  /** The preterminals in sentence order. */
  public List<ParseNode> tokens() {
    return tokens;
  }

  /** Number of tokens. */
  public int size() {
    return tokens.size();
  }

  /** The token words joined with single spaces. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (ParseNode t : tokens) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.word());
    }
    return sb.toString();
  }

  /** The tree in one-line bracketed form. */
  @Override
  public String toString() {
    return root.toString();
  }
}
