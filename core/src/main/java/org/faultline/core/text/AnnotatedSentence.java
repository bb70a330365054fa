package org.faultline.core.text;

import java.util.Objects;
import org.faultline.core.event.SentenceTokens;
import org.faultline.core.tree.ParseTree;

/**
 * One sentence of a document after the text pipeline: its text, where it sits in the document, its
 * tokens with character offsets, and its constituency parse.
 *
 * @param index 0-based sentence number in the document
 * @param text the sentence text exactly as in the (normalized) document
 * @param begin character offset of the sentence in the document text
 * @param tokens tokens with offsets into {@code text}
 * @param parse the parse; its tokens correspond one to one to {@code tokens}
 */
public record AnnotatedSentence(
    int index, String text, int begin, SentenceTokens tokens, ParseTree parse) {
  public AnnotatedSentence {
    if (index < 0) {
      throw new IllegalArgumentException("sentence index must be >= 0: " + index);
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(parse, "parse");
    if (tokens.size() != parse.size()) {
      throw new IllegalArgumentException(
          "parse must have one token per token: " + parse.size() + " vs " + tokens.size());
    }
  }
}
