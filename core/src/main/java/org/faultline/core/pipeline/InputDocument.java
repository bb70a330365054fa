package org.faultline.core.pipeline;

import java.util.List;
import java.util.Objects;
import org.faultline.core.event.Document;

/**
 * A document as read from an input, possibly with sentences already parsed (PETRARCH XML with
 * {@code <Parse>} elements), and where it came from.
 *
 * @param document the document
 * @param given sentences with their given parses, in order; empty when the text must be parsed
 * @param origin the file (and line or record) it was read from, for messages
 */
public record InputDocument(Document document, List<GivenSentence> given, String origin) {
  /**
   * A sentence whose parse came with the input.
   *
   * @param text the sentence text
   * @param parse its Penn Treebank parse
   */
  public record GivenSentence(String text, String parse) {
    public GivenSentence {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(parse, "parse");
    }
  }

  public InputDocument {
    Objects.requireNonNull(document, "document");
    given = List.copyOf(given);
    Objects.requireNonNull(origin, "origin");
  }

  /** A document whose text will be parsed. */
  public static InputDocument of(Document document, String origin) {
    return new InputDocument(document, List.of(), origin);
  }
}
