package org.faultline.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Configuration of a {@link CoreNlpAnnotator}.
 *
 * @param parser the constituency parser model
 * @param ner run CoreNLP's named-entity recognizer (and the lemmatizer it needs) before parsing.
 *     The coder does not read entity labels, so this only costs time; it exists to reproduce
 *     PETRARCH2's pipeline and to measure that cost (see {@code docs/nlp.md})
 * @param maxSentenceTokens sentences with more tokens than this are not parsed but counted as
 *     skipped; at least 1
 */
public record CoreNlpOptions(ParserModel parser, boolean ner, int maxSentenceTokens) {
  /** The default sentence length limit, in tokens. */
  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 120;

  /** The keys {@link #fromMap(Map)} accepts. */
  public static final Set<String> KEYS = Set.of("parser", "ner", "max_sentence_tokens");

  public CoreNlpOptions {
    Objects.requireNonNull(parser, "parser");
    if (maxSentenceTokens < 1) {
      throw new IllegalArgumentException("max_sentence_tokens must be >= 1: " + maxSentenceTokens);
    }
  }

  /** Shift-reduce parser, no NER, sentences of up to 120 tokens. */
  public static CoreNlpOptions defaults() {
    return new CoreNlpOptions(ParserModel.SHIFT_REDUCE, false, DEFAULT_MAX_SENTENCE_TOKENS);
  }

  /**
   * Options from string settings ({@code parser}, {@code ner}, {@code max_sentence_tokens}); keys
   * not given keep their defaults.
   *
   * @throws IllegalArgumentException naming unknown keys, or for a bad value
   */
  public static CoreNlpOptions fromMap(Map<String, String> settings) {
    Set<String> unknown = new TreeSet<>(settings.keySet());
    unknown.removeAll(KEYS);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "Unknown nlp options: " + unknown + " (known: " + new TreeSet<>(KEYS) + ")");
    }
    CoreNlpOptions o = defaults();
    if (settings.containsKey("parser")) {
      o = o.withParser(ParserModel.named(settings.get("parser")));
    }
    if (settings.containsKey("ner")) {
      String v = settings.get("ner").strip().toLowerCase(Locale.ROOT);
      if (!v.equals("true") && !v.equals("false")) {
        throw new IllegalArgumentException("ner must be true or false: " + settings.get("ner"));
      }
      o = o.withNer(v.equals("true"));
    }
    if (settings.containsKey("max_sentence_tokens")) {
      String v = settings.get("max_sentence_tokens");
      try {
        o = o.withMaxSentenceTokens(Integer.parseInt(v.strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("max_sentence_tokens must be an integer: " + v, e);
      }
    }
    return o;
  }

  /** A copy with another parser. */
  public CoreNlpOptions withParser(ParserModel p) {
    return new CoreNlpOptions(p, ner, maxSentenceTokens);
  }

  /** A copy with NER on or off. */
  public CoreNlpOptions withNer(boolean on) {
    return new CoreNlpOptions(parser, on, maxSentenceTokens);
  }

  /** A copy with another sentence length limit. */
  public CoreNlpOptions withMaxSentenceTokens(int max) {
    return new CoreNlpOptions(parser, ner, max);
  }
}
