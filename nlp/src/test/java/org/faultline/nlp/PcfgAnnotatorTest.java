package org.faultline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.faultline.core.text.AnnotatedSentence;
import org.faultline.core.text.Annotator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The PCFG parser, kept for comparison with PETRARCH2's pipeline, fills the same contract. */
@Tag(SharedAnnotator.MODELS)
class PcfgAnnotatorTest {
  private static final String TEXT =
      "Arnor is about to restore full diplomatic ties with Gondor. Crowds trashed its embassy.";

  @Test
  void thePcfgAnnotatorSplitsAndTokenizesLikeTheShiftReduceOne() {
    CoreNlpAnnotator pcfg =
        new CoreNlpAnnotator(CoreNlpOptions.defaults().withParser(ParserModel.PCFG));

    Annotator.Annotation a = pcfg.annotate(TEXT);
    Annotator.Annotation sr = SharedAnnotator.ANNOTATOR.annotate(TEXT);

    assertThat(pcfg.description()).isEqualTo("corenlp 4.5.10 englishPCFG");
    assertThat(a.sentences()).hasSize(2);
    for (int i = 0; i < a.sentences().size(); i++) {
      AnnotatedSentence s = a.sentences().get(i);
      assertThat(s.tokens().words()).isEqualTo(sr.sentences().get(i).tokens().words());
      assertThat(s.parse().size()).isEqualTo(s.tokens().size());
      assertThat(s.parse().root().label()).isEqualTo("ROOT");
    }
  }
}
