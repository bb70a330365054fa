package org.faultline.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.List;
import org.faultline.core.tree.ParseTree;
import org.faultline.core.tree.TreebankParser;
import org.junit.jupiter.api.Test;

class TreeConverterTest {
  private static List<CoreLabel> tokens(String... words) {
    List<CoreLabel> out = new ArrayList<>();
    for (String w : words) {
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      l.setValue(w);
      out.add(l);
    }
    return out;
  }

  @Test
  void convertsATreeWithTokenIndexesInOrder() {
    Tree t = Tree.valueOf("(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor))) (. .)))");

    ParseTree p = TreeConverter.convert(t, tokens("Arnor", "met", "Gondor", "."));

    assertThat(p.toString())
        .isEqualTo("(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor))) (. .)))");
    assertThat(p.tokens().get(2).tokenIndex()).isEqualTo(2);
  }

  @Test
  void takesWordsFromTheTokensAndEscapesParentheses() {
    Tree t =
        Tree.valueOf("(ROOT (NP (NP (NNP Gaza)) (-LRB- -LRB-) (NP (NN strip)) (-RRB- -RRB-)))");

    ParseTree p = TreeConverter.convert(t, tokens("Gaza", "(", "strip", ")"));

    assertThat(p.text()).isEqualTo("Gaza -LRB- strip -RRB-");
    assertThat(TreebankParser.parse(p.toString()).toString()).isEqualTo(p.toString());
  }

  @Test
  void keepsATokenWithABlankAsOneWord() {
    Tree t = Tree.valueOf("(ROOT (NP (CD 5_1/2) (NNS miles)))");

    ParseTree p = TreeConverter.convert(t, tokens("5 1/2", "miles"));

    assertThat(p.tokens().get(0).word()).isEqualTo("5\u00a01/2");
    assertThat(TreebankParser.parse(p.toString()).size()).isEqualTo(2);
  }

  @Test
  void foldsNounModifierBracketsIntoTheirParent() {
    Tree t =
        Tree.valueOf(
            "(ROOT (S (NP (NML (NNP Eriadori) (CC and) (NNP Calenardhon)) (NNS leaders))"
                + " (VP (VBD met))))");

    ParseTree p =
        TreeConverter.convert(t, tokens("Eriadori", "and", "Calenardhon", "leaders", "met"));

    assertThat(p.toString())
        .isEqualTo(
            "(ROOT (S (NP (NNP Eriadori) (CC and) (NNP Calenardhon) (NNS leaders))"
                + " (VP (VBD met))))");
  }

  @Test
  void rejectsATreeWithAnotherNumberOfTokens() {
    Tree t = Tree.valueOf("(ROOT (S (NP (NNP Arnor)) (VP (VBD met))))");

    assertThatThrownBy(() -> TreeConverter.convert(t, tokens("Arnor", "met", "Gondor")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parse must have one preterminal per token: 2 vs 3");
    assertThatThrownBy(() -> TreeConverter.convert(t, tokens("Arnor")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 1");
  }

  @Test
  void escapesOnlyWhatBracketNotationCannotHold() {
    assertThat(TreeConverter.treeWord("(")).isEqualTo("-LRB-");
    assertThat(TreeConverter.treeWord(")")).isEqualTo("-RRB-");
    assertThat(TreeConverter.treeWord(":)")).isEqualTo(":-RRB-");
    assertThat(TreeConverter.treeWord("{")).isEqualTo("{");
    assertThat(TreeConverter.treeWord("Gaza")).isSameAs("Gaza");
  }
}
