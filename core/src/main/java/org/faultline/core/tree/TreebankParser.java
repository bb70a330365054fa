package org.faultline.core.tree;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Penn Treebank bracketed parses such as {@code (ROOT (S (NP (NNP Arnor)) (VP ...)))}.
 *
 * <p>Whitespace and line breaks are free. A tree may start with an empty label, as in {@code ( (S
 * ...))}, which is read as ROOT. Stateless and thread-safe.
 */
public final class TreebankParser {
  private TreebankParser() {}

  /**
   * Parses one tree.
   *
   * @throws MalformedParseException if the string is not one balanced tree
   */
  public static ParseTree parse(String text) {
    return new ParseTree(new Reader(text).readTree());
  }

  private static final class Reader {
    private final String s;
    private int pos;
    private int tokenCount;

    Reader(String s) {
      if (s == null) {
        throw new MalformedParseException("parse must not be null", 0);
      }
      this.s = s;
    }

    ParseNode readTree() {
      skipSpace();
      if (pos >= s.length()) {
        throw new MalformedParseException("parse must not be empty", pos);
      }
      ParseNode root = readNode(0);
      skipSpace();
      if (pos < s.length()) {
        throw new MalformedParseException(
            "parse must be one balanced tree: text after the closing parenthesis", pos);
      }
      if (root.isToken() || root.label().isEmpty()) {
        return ParseNode.phrase("ROOT", root.isToken() ? List.of(root) : root.children());
      }
      return root;
    }

    private ParseNode readNode(int depth) {
      if (depth > 2000) {
        throw new MalformedParseException("parse must be nested at most 2000 deep", pos);
      }
      int start = pos;
      expect('(');
      skipSpace();
      String label = pos < s.length() && s.charAt(pos) == '(' ? "" : readAtom();
      skipSpace();
      if (pos >= s.length()) {
        throw new MalformedParseException(
            "parse must have balanced parentheses: node " + label + " is not closed", start);
      }
      if (s.charAt(pos) != '(' && s.charAt(pos) != ')') {
        String word = readAtom();
        skipSpace();
        // Some trees carry more than one word under a tag; keep them as one token.
        while (pos < s.length() && s.charAt(pos) != ')' && s.charAt(pos) != '(') {
          word = word + " " + readAtom();
          skipSpace();
        }
        if (pos >= s.length()) {
          throw new MalformedParseException(
              "parse must have balanced parentheses: token " + word + " is not closed", start);
        }
        if (s.charAt(pos) == '(') {
          throw new MalformedParseException(
              "a token must not be followed by a phrase in the same node: " + word, pos);
        }
        pos++;
        if (label.isEmpty()) {
          throw new MalformedParseException("a token must have a tag: " + word, start);
        }
        return ParseNode.token(label, word, tokenCount++);
      }
      List<ParseNode> children = new ArrayList<>();
      while (true) {
        skipSpace();
        if (pos >= s.length()) {
          throw new MalformedParseException(
              "parse must have balanced parentheses: "
                  + (label.isEmpty() ? "the tree" : "node " + label)
                  + " is not closed",
              start);
        }
        char c = s.charAt(pos);
        if (c == ')') {
          pos++;
          break;
        }
        if (c != '(') {
          throw new MalformedParseException(
              "phrase " + label + " must contain only bracketed nodes: " + readAtom(), pos);
        }
        children.add(readNode(depth + 1));
      }
      if (children.isEmpty()) {
        throw new MalformedParseException("phrase must not be empty: " + label, start);
      }
      return ParseNode.phrase(label, children);
    }

    private void expect(char c) {
      if (pos >= s.length() || s.charAt(pos) != c) {
        throw new MalformedParseException(
            "parse must have '" + c + "' here: " + (pos < s.length() ? s.charAt(pos) : "end"), pos);
      }
      pos++;
    }

    private String readAtom() {
      int start = pos;
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c == '(' || c == ')' || Character.isWhitespace(c)) {
          break;
        }
        pos++;
      }
      if (pos == start) {
        throw new MalformedParseException("parse must have a label or word here", pos);
      }
      return s.substring(start, pos);
    }

    private void skipSpace() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }
  }
}
