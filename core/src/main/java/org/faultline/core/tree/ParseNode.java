package org.faultline.core.tree;

import java.util.List;
import java.util.Objects;

/**
 * One node of a constituency parse: either a phrase (label and children) or a preterminal (part of
 * speech tag and the token it covers).
 *
 * <p>Nodes are immutable and safe to share between threads. A preterminal has no children, a
 * non-null {@link #word()} and a {@link #tokenIndex()} counting tokens from 0 in sentence order.
 */
public final class ParseNode {
  private final String label;
  private final String word;
  private final int tokenIndex;
  private final List<ParseNode> children;

  private ParseNode(String label, String word, int tokenIndex, List<ParseNode> children) {
    this.label = label;
    this.word = word;
    this.tokenIndex = tokenIndex;
    this.children = children;
  }

  /** A phrase node with the given children (copied). */
  public static ParseNode phrase(String label, List<ParseNode> children) {
    Objects.requireNonNull(label, "label");
    return new ParseNode(label, null, -1, List.copyOf(children));
  }

  /** A preterminal: a part-of-speech tag over one token. */
  public static ParseNode token(String tag, String word, int tokenIndex) {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(word, "word");
    if (tokenIndex < 0) {
      throw new IllegalArgumentException("token index must be >= 0: " + tokenIndex);
    }
    return new ParseNode(tag, word, tokenIndex, List.of());
  }

  /** Phrase label (NP, VP, S, ...) or part-of-speech tag (NN, VBD, ...). */
  public String label() {
    return label;
  }

  /** True for a preterminal (a tag over one token). */
  public boolean isToken() {
    return word != null;
  }

  /** The token text of a preterminal; null for phrases. */
  public String word() {
    return word;
  }

  /** 0-based index of the token in the sentence; -1 for phrases. */
  public int tokenIndex() {
    return tokenIndex;
  }

  /** Children in order; empty for preterminals. */
  public List<ParseNode> children() {
    return children;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    appendTo(sb);
    return sb.toString();
  }

  void appendTo(StringBuilder sb) {
    sb.append('(').append(label);
    if (word != null) {
      sb.append(' ').append(word);
    } else {
      for (ParseNode child : children) {
        sb.append(' ');
        child.appendTo(sb);
      }
    }
    sb.append(')');
  }
}
