package org.faultline.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CoreNlpOptionsTest {
  @Test
  void defaultsAreShiftReduceWithoutNerAndA120TokenLimit() {
    CoreNlpOptions o = CoreNlpOptions.defaults();

    assertThat(o.parser()).isEqualTo(ParserModel.SHIFT_REDUCE);
    assertThat(o.ner()).isFalse();
    assertThat(o.maxSentenceTokens()).isEqualTo(120);
  }

  @Test
  void settingsByNameOverrideTheDefaults() {
    CoreNlpOptions o =
        CoreNlpOptions.fromMap(
            Map.of("parser", "englishPCFG", "ner", "TRUE", "max_sentence_tokens", " 80 "));

    assertThat(o).isEqualTo(new CoreNlpOptions(ParserModel.PCFG, true, 80));
  }

  @Test
  void unknownSettingsAreRejectedByName() {
    assertThatThrownBy(() -> CoreNlpOptions.fromMap(Map.of("parser", "sr", "beam", "4")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown nlp options: [beam]");
  }

  @Test
  void badValuesAreRejectedWithTheRule() {
    assertThatThrownBy(() -> CoreNlpOptions.fromMap(Map.of("ner", "yes")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ner must be true or false: yes");
    assertThatThrownBy(() -> CoreNlpOptions.fromMap(Map.of("max_sentence_tokens", "many")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max_sentence_tokens must be an integer: many");
    assertThatThrownBy(() -> CoreNlpOptions.defaults().withMaxSentenceTokens(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max_sentence_tokens must be >= 1: 0");
    assertThatThrownBy(() -> CoreNlpOptions.fromMap(Map.of("parser", "charniak")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parser must be englishSR (sr) or englishPCFG (pcfg): charniak");
  }

  @Test
  void parserModelsAreNamedByShortOrEnumName() {
    assertThat(ParserModel.named("sr")).isEqualTo(ParserModel.SHIFT_REDUCE);
    assertThat(ParserModel.named("englishsr")).isEqualTo(ParserModel.SHIFT_REDUCE);
    assertThat(ParserModel.named("shift_reduce")).isEqualTo(ParserModel.SHIFT_REDUCE);
    assertThat(ParserModel.named("PCFG")).isEqualTo(ParserModel.PCFG);
  }

  @Test
  void creatingAnAnnotatorLoadsNoModel() {
    int before = CoreNlpPipelines.built();
    CoreNlpAnnotator a = new CoreNlpAnnotator(CoreNlpOptions.defaults().withMaxSentenceTokens(7));

    assertThat(a.description()).isEqualTo("corenlp 4.5.10 englishSR");
    assertThat(a.annotate("  ").sentences()).isEmpty();
    assertThat(CoreNlpPipelines.built()).isEqualTo(before);
  }

  @Test
  void pipelinePropertiesSplitParagraphsOnBlankLinesAndSkipDependencies() {
    var p = CoreNlpPipelines.properties(CoreNlpOptions.defaults());

    assertThat(p.getProperty("annotators")).isEqualTo("tokenize,ssplit,pos,parse");
    assertThat(p.getProperty("ssplit.newlineIsSentenceBreak")).isEqualTo("two");
    assertThat(p.getProperty("parse.maxlen")).isEqualTo("120");
    assertThat(p.getProperty("parse.buildgraphs")).isEqualTo("false");
    assertThat(
            CoreNlpPipelines.properties(CoreNlpOptions.defaults().withNer(true))
                .getProperty("annotators"))
        .isEqualTo("tokenize,ssplit,pos,lemma,ner,parse");
  }
}
