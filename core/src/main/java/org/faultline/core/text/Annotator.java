package org.faultline.core.text;

import java.util.List;

/**
 * The text pipeline: splits a document into sentences and parses each one.
 *
 * <p>Contract for implementations: {@link #annotate(String)} is safe to call from many threads at
 * once; heavy models are loaded once per process, lazily, on first use, and shared; sentences
 * longer than {@link #maxSentenceTokens()} tokens are not parsed but reported through the returned
 * {@link Annotation#skippedLong()} count; an empty text gives no sentences. Implementations live
 * outside {@code core} (CoreNLP in the {@code nlp} module).
 */
public interface Annotator {
  /** Result of annotating one document. */
  record Annotation(List<AnnotatedSentence> sentences, int skippedLong) {
    public Annotation {
      sentences = List.copyOf(sentences);
      if (skippedLong < 0) {
        throw new IllegalArgumentException("skipped count must be >= 0: " + skippedLong);
      }
    }
  }

  /**
   * Annotates a document text (already normalized with {@link TextNormalizer}).
   *
   * @return the parsed sentences in order; their {@code begin} offsets index into {@code text}
   */
  Annotation annotate(String text);

  /** Sentences with more tokens than this are skipped. */
  int maxSentenceTokens();

  /** A description for provenance records, e.g. {@code corenlp 4.5.10 englishSR}. */
  String description();
}
