package org.faultline.core.tree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads Penn Treebank bracketed parses such as {@code (ROOT (S (NP (NNP Arnor)) (VP ...)))}.
 *
 * <p>Whitespace and line breaks are free. A tree may start with an empty label, as in {@code ( (S
 * ...))}, which is read as ROOT. Reading is iterative, so deep trees cannot overflow the stack;
 * trees nested deeper than {@link #MAX_DEPTH} are rejected. Stateless and thread-safe.
 */
public final class TreebankParser {
  /** Deepest nesting accepted. */
  public static final int MAX_DEPTH = 2000;

  private TreebankParser() {}

  /**
   * Parses one tree.
   *
   * @throws MalformedParseException if the string is not one balanced tree
   */
  public static ParseTree parse(String text) {
    if (text == null) {
      throw new MalformedParseException("parse must not be null", 0);
    }
    return new ParseTree(read(text));
  }

  /** A phrase being read: its label, where it started and its children so far. */
  private static final class Open {
    final String label;
    final int start;
    final List<ParseNode> children = new ArrayList<>();

    Open(String label, int start) {
      this.label = label;
      this.start = start;
    }
  }

  private static ParseNode read(String s) {
    int pos = skipSpace(s, 0);
    if (pos >= s.length()) {
      throw new MalformedParseException("parse must not be empty", pos);
    }
    if (s.charAt(pos) != '(') {
      throw new MalformedParseException("parse must have '(' here: " + s.charAt(pos), pos);
    }
    Deque<Open> stack = new ArrayDeque<>();
    int tokens = 0;
    ParseNode root = null;
    while (true) {
      pos = skipSpace(s, pos);
      if (pos >= s.length()) {
        Open unclosed = stack.isEmpty() ? null : stack.peekLast();
        throw new MalformedParseException(
            "parse must have balanced parentheses: "
                + (unclosed == null || unclosed.label.isEmpty()
                    ? "the tree"
                    : "node " + stack.peek().label)
                + " is not closed",
            stack.isEmpty() ? pos : stack.peek().start);
      }
      char c = s.charAt(pos);
      if (c == '(') {
        if (root != null) {
          throw new MalformedParseException(
              "parse must be one balanced tree: text after the closing parenthesis", pos);
        }
        if (stack.size() > MAX_DEPTH) {
          throw new MalformedParseException(
              "parse must be nested at most " + MAX_DEPTH + " deep", pos);
        }
        int start = pos;
        pos = skipSpace(s, pos + 1);
        if (pos >= s.length() || s.charAt(pos) == ')') {
          throw new MalformedParseException("parse must have a label or word here", pos);
        }
        String label = "";
        if (pos < s.length() && s.charAt(pos) != '(' && s.charAt(pos) != ')') {
          int end = atomEnd(s, pos);
          label = s.substring(pos, end);
          pos = skipSpace(s, end);
        }
        if (pos < s.length() && s.charAt(pos) != '(' && s.charAt(pos) != ')') {
          // A preterminal: (TAG word ...). Several words under one tag form one token.
          StringBuilder word = new StringBuilder();
          while (pos < s.length() && s.charAt(pos) != ')' && s.charAt(pos) != '(') {
            int end = atomEnd(s, pos);
            if (word.length() > 0) {
              word.append(' ');
            }
            word.append(s, pos, end);
            pos = skipSpace(s, end);
          }
          if (pos >= s.length()) {
            throw new MalformedParseException(
                "parse must have balanced parentheses: token " + word + " is not closed", start);
          }
          if (s.charAt(pos) == '(') {
            throw new MalformedParseException(
                "a token must not be followed by a phrase in the same node: " + word, pos);
          }
          if (label.isEmpty()) {
            throw new MalformedParseException("a token must have a tag: " + word, start);
          }
          pos++;
          ParseNode token = ParseNode.token(label, word.toString(), tokens++);
          if (stack.isEmpty()) {
            root = token;
          } else {
            stack.peek().children.add(token);
          }
          if (stack.isEmpty()) {
            break;
          }
          continue;
        }
        stack.push(new Open(label, start));
        continue;
      }
      if (c == ')') {
        if (stack.isEmpty()) {
          throw new MalformedParseException(
              "parse must have balanced parentheses: ')' closes nothing", pos);
        }
        Open o = stack.pop();
        if (o.children.isEmpty()) {
          throw new MalformedParseException("phrase must not be empty: " + o.label, o.start);
        }
        pos++;
        ParseNode node = ParseNode.phrase(o.label, o.children);
        if (stack.isEmpty()) {
          root = node;
          break;
        }
        stack.peek().children.add(node);
        continue;
      }
      int end = atomEnd(s, pos);
      if (stack.isEmpty()) {
        throw new MalformedParseException(
            "parse must be one balanced tree: text after the closing parenthesis", pos);
      }
      throw new MalformedParseException(
          "phrase "
              + stack.peek().label
              + " must contain only bracketed nodes: "
              + s.substring(pos, end),
          pos);
    }
    pos = skipSpace(s, pos);
    if (pos < s.length()) {
      throw new MalformedParseException(
          "parse must be one balanced tree: text after the closing parenthesis", pos);
    }
    if (root.isToken() || root.label().isEmpty()) {
      return ParseNode.phrase("ROOT", root.isToken() ? List.of(root) : root.children());
    }
    return root;
  }

  private static int atomEnd(String s, int pos) {
    int end = pos;
    while (end < s.length()) {
      char c = s.charAt(end);
      if (c == '(' || c == ')' || Character.isWhitespace(c)) {
        break;
      }
      end++;
    }
    return end;
  }

  private static int skipSpace(String s, int pos) {
    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
    return pos;
  }
}
