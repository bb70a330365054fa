package org.faultline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class ParseRepairTest {
  /** The tokens of a tree, tagged as its preterminals are. */
  private static List<CoreLabel> tokens(Tree tree) {
    List<CoreLabel> out = new ArrayList<>();
    for (Tree leaf : tree.getLeaves()) {
      CoreLabel l = new CoreLabel();
      l.setWord(leaf.value());
      l.setTag(leaf.parent(tree).value());
      out.add(l);
    }
    return out;
  }

  /** What a repair finds in the tokens and tree of a parse. */
  private static <T> T found(String parse, BiFunction<List<CoreLabel>, Tree, T> repair) {
    Tree tree = Tree.valueOf(parse);
    return repair.apply(tokens(tree), tree);
  }

  private static int candidate(String parse) {
    return found(parse, ParseRepair::pastTense);
  }

  @Test
  void aParticipleInsideTheSubjectBeforeItsObjectIsTheVerb() {
    // "Warplanes bombed suspected hideouts.": the object opens with a describing participle
    assertThat(
            candidate(
                "(ROOT (NP (NP (NNS Warplanes)) (VP (VBN bombed) (NP (VBN suspected) (NNS"
                    + " hideouts))) (. .)))"))
        .isEqualTo(1);
    assertThat(
            candidate(
                "(ROOT (NP (NP (NP (NNP Myanmar) (POS 's)) (JJ military) (VBN imposed) (JJ martial)"
                    + " (NN law)) (PP (IN in) (NP (JJ several) (NNS townships))) (. .)))"))
        .isEqualTo(3);
    assertThat(
            candidate(
                "(ROOT (S (NP (DT The) (NNP US) (ADJP (NNP Treasury) (VBN sanctioned)) (CD six)"
                    + " (JJ Iranian) (NNS officials)) (VP (VBN involved) (PP (IN in) (NP (NNS"
                    + " cyberattacks)))) (. .)))"))
        .isEqualTo(3);
    assertThat(
            candidate(
                "(ROOT (NP (NP (NP (NNP Ethiopia) (POS 's)) (NN minister)) (VP (VBN offered) (S (VP"
                    + " (TO to) (VP (VB negotiate)))))) (. .))"))
        .isEqualTo(3);
  }

  @Test
  void aSentenceWithAFiniteVerbOrAClauseHeadedByTheParticipleIsLeftAlone() {
    assertThat(
            candidate(
                "(ROOT (S (NP (NNS Officials)) (VP (VBD said) (NP (NNS troops)) (VP (VBN"
                    + " deployed) (NP (NNS tanks)))) (. .)))"))
        .isEqualTo(-1);
    assertThat(
            candidate(
                "(ROOT (S (NP (NNP China)) (VP (VBN sanctioned) (NP (CD nine) (NNS firms))) (."
                    + " .)))"))
        .isEqualTo(-1);
  }

  @Test
  void aReducedPassiveIsLeftAlone() {
    assertThat(
            candidate(
                "(ROOT (NP (NP (CD Two) (NNPS Palestinians)) (VP (VBN killed) (PP (IN by) (NP (JJ"
                    + " Israeli) (NNS troops))))) (. .))"))
        .isEqualTo(-1);
    assertThat(
            candidate(
                "(ROOT (NP (NP (NNS Troops)) (VP (VBN deployed) (PP (TO to) (NP (DT the) (NN"
                    + " border))))) (. .))"))
        .isEqualTo(-1);
  }

  @Test
  void theRepairedTreeMustHaveTheVerbHeadingAClause() {
    Tree clause =
        Tree.valueOf(
            "(ROOT (S (NP (NNP Serbia)) (VP (VBD dissolved) (NP (NN parliament))) (. .)))");
    Tree phrase =
        Tree.valueOf(
            "(ROOT (NP (NP (NNP Serbia)) (VP (VBD dissolved) (NP (NN parliament))) (. .)))");

    assertThat(ParseRepair.headsClause(clause, 1)).isTrue();
    assertThat(ParseRepair.headsClause(phrase, 1)).isFalse();
    assertThat(ParseRepair.headsClause(clause, 2)).isFalse();
  }

  @Test
  void aSentenceWithAFiniteVerbButNoClauseAtTheRootIsClauseless() {
    Tree pp =
        Tree.valueOf(
            "(ROOT (PP (IN In) (NP (NP (DT a) (NN rebuke)) (, ,) (NP (NNP Arnor)) (VP (VBD"
                + " criticised) (NP (NNP Gondor))))) (. .))");
    Tree clause =
        Tree.valueOf("(ROOT (S (NP (NNP Arnor)) (VP (VBD criticised) (NP (NNP Gondor))) (. .)))");
    Tree headline = Tree.valueOf("(ROOT (NP (NP (NNS Talks)) (PP (IN in) (NP (NNP Cairo)))))");

    assertThat(ParseRepair.clauseless(tokens(pp), pp)).isTrue();
    assertThat(ParseRepair.clauseless(tokens(clause), clause)).isFalse();
    assertThat(ParseRepair.clauseless(tokens(headline), headline)).isFalse();
  }

  private static int nounInside(String parse) {
    return found(parse, ParseRepair::nounInsidePhrase);
  }

  @Test
  void aBaseFormVerbHeadingAVerbPhraseInsideANounPhraseIsANoun() {
    assertThat(
            nounInside(
                "(ROOT (S (NP (JJ Russian) (NNS forces)) (VP (VBD launched) (NP (NP (DT a) (JJ"
                    + " massive) (NN missile)) (CC and) (VP (VB drone) (NP (NN attack))))) (. .)))"))
        .isEqualTo(7);
    assertThat(
            nounInside(
                "(ROOT (S (NP (NNP Kyiv)) (VP (VBD said) (NP (DT the) (JJ Russian)) (VP (VB"
                    + " drone) (NP (NN strike)))) (. .)))"))
        .isEqualTo(4);
  }

  @Test
  void aPresentPluralVerbAfterASingularDeterminerAndAnAdjectiveIsANoun() {
    assertThat(
            nounInside(
                "(ROOT (S (NP (DT A) (JJ Russian)) (VP (VBP glide) (SBAR (S (NP (NN bomb)) (VP"
                    + " (VBD hit) (NP (NNP Kharkiv)))))) (. .)))"))
        .isEqualTo(2);
    assertThat(
            nounInside(
                "(ROOT (S (NP (DT The) (NNPS Russians)) (VP (VBP fire) (NP (NNS missiles))) (."
                    + " .)))"))
        .isEqualTo(-1);
    assertThat(
            nounInside(
                "(ROOT (S (NP (DT The) (JJ Russian)) (VP (VBP glide) (NP (NNS bombs))) (. .)))"))
        .isEqualTo(-1);
  }

  @Test
  void aVerbAfterAnInvertedSubjectOrAfterAllIsLeftAlone() {
    assertThat(
            nounInside(
                "(ROOT (SQ (MD Should) (NP (DT the) (NNP West)) (VP (VB deliver) (NP (NNS"
                    + " missiles))) (. ?)))"))
        .isEqualTo(-1);
    assertThat(
            nounInside(
                "(ROOT (S (NP (PRP They)) (VP (VBD wanted) (S (VP (TO to) (ADVP (DT both)) (VP (VB"
                    + " deter) (NP (NNP Iran)))))) (. .)))"))
        .isEqualTo(-1);
  }

  private static ParseRepair.Retag headline(String parse) {
    return found(parse, (tokens, tree) -> ParseRepair.headlineVerb(tokens));
  }

  @Test
  void aLowerCaseNounAfterANameInAVerblessHeadlineIsItsVerb() {
    assertThat(
            headline(
                "(ROOT (NP (NP (NNP US) (NNS sanctions) (JJ Chinese) (NNS firms)) (PP (IN over) (NP"
                    + " (NNP Iran) (NN oil) (NN trade))) (. .)))"))
        .isEqualTo(new ParseRepair.Retag(1, "VBZ"));
    assertThat(
            headline(
                "(ROOT (FRAG (NP (NNP Putin)) (, ,) (NP (NNP Xi) (NNP pledge)) (NP (RBR deeper) (NNS"
                    + " ties)) (. .)))"))
        .isEqualTo(new ParseRepair.Retag(3, "VBP"));
    assertThat(
            headline(
                "(ROOT (NP (NP (NNP Egypt)) (, ,) (NP (NNP Qatar) (NN urge) (NNP Hamas)) (S (VP (TO"
                    + " to) (VP (VB accept) (NP (NN truce) (NN deal)))))))"))
        .as("an infinitive is no verb of the headline's own")
        .isEqualTo(new ParseRepair.Retag(3, "VBP"));
  }

  @Test
  void afterAPluralOrACapitalisedNounTheHeadlinesNounOrBaseFormIsItsVerb() {
    assertThat(
            headline(
                "(ROOT (NP (NP (NNS Protesters) (NN storm) (NN parliament)) (PP (IN in) (NP (NNP"
                    + " Nairobi)))))"))
        .isEqualTo(new ParseRepair.Retag(1, "VBP"));
    assertThat(headline("(ROOT (S (NN Xi) (VP (NNS hosts) (NP (NNP Putin)))))"))
        .isEqualTo(new ParseRepair.Retag(1, "VBZ"));
    assertThat(
            headline(
                "(ROOT (NP (NP (NNP Thai)) (, ,) (NP (JJ Cambodian) (NNS troops)) (S (VP (VB clash)"
                    + " (PP (IN on) (NP (NN border)))))))"))
        .isEqualTo(new ParseRepair.Retag(4, "VBP"));
    assertThat(headline("(ROOT (NP (NP (JJ Oil) (NNS prices)) (PP (IN in) (NP (NNP Asia)))))"))
        .as("no noun between the plural and the preposition")
        .isNull();
  }

  @Test
  void afterASingularNounAPluralIsTheHeadlinesVerbAndAParticleMayFollowIt() {
    assertThat(
            headline(
                "(ROOT (FRAG (NP (NP (JJ Indonesian) (NN president) (NNS visits)) (NP (NNP"
                    + " Australia))) (PP (IN for) (NP (JJ first) (NN time)))))"))
        .isEqualTo(new ParseRepair.Retag(2, "VBZ"));
    assertThat(
            headline(
                "(ROOT (NP (JJ Iraqi) (NN parliament) (NNS demands) (NNP US) (NN troop) (NN"
                    + " withdrawal)))"))
        .isEqualTo(new ParseRepair.Retag(2, "VBZ"));
    assertThat(
            headline(
                "(ROOT (NP (NP (NNP Fiji) (NNS hands)) (PP (IN over) (NP (NP (NN drug) (NNS"
                    + " suspects)) (PP (IN to) (NP (NNP New) (NNP Zealand)))))))"))
        .isEqualTo(new ParseRepair.Retag(1, "VBZ"));
    assertThat(headline("(ROOT (NP (NP (NN border) (NNS talks)) (PP (IN in) (NP (NNP Geneva)))))"))
        .as("a preposition that is no particle")
        .isNull();
  }

  private static List<ParseRepair.Retag> headlineVerbs(String parse, String... verbs) {
    return found(
        parse, (tokens, tree) -> ParseRepair.headlineVerbs(tokens, Set.of(verbs)::contains));
  }

  @Test
  void theCodersVerbFormsAreTriedFromLeftToRightAfterANoun() {
    String police =
        "(ROOT (NP (NP (JJ Kenyan) (NN police) (NN fire) (NN tear) (NN gas)) (PP (IN at) (NP (NNS"
            + " protesters)))))";
    assertThat(headlineVerbs(police, "fire", "gas"))
        .containsExactly(new ParseRepair.Retag(2, "VBP"), new ParseRepair.Retag(4, "VBP"));
    assertThat(headlineVerbs(police)).as("no verb forms known").isEmpty();
    assertThat(
            headlineVerbs(
                "(ROOT (NP (NP (NN Ceasefire) (NNS talks)) (NN resume) (PP (IN in) (NP (NNP"
                    + " Doha)))))",
                "talks",
                "resume"))
        .as("a plural before another verb form is the subject's head")
        .containsExactly(new ParseRepair.Retag(2, "VBP"));
    assertThat(
            headlineVerbs(
                "(ROOT (NP (NNP Nigeria) (NNS probes) (NN army) (NN strike) (. .)))", "probes"))
        .containsExactly(new ParseRepair.Retag(1, "VBZ"));
  }

  @Test
  void headlineVerbsKeepOnlyAKnownVerbFormOfTheFirstRule() {
    String caledonia =
        "(ROOT (NP (NNP New) (NNP Caledonia) (NN independence) (NNS supporters) (NN riot) (PP (IN"
            + " in) (NP (NNP Noumea)))))";
    assertThat(headline(caledonia)).isEqualTo(new ParseRepair.Retag(2, "VBP"));
    assertThat(headlineVerbs(caledonia, "riot")).containsExactly(new ParseRepair.Retag(4, "VBP"));
  }

  @Test
  void participlesThatModifyLeaveAHeadlineVerbless() {
    assertThat(
            headlineVerbs(
                "(ROOT (NP (NNP Sudan) (NN boost) (NN cooperation) (IN along) (VBN shared) (NN"
                    + " border)))",
                "boost"))
        .containsExactly(new ParseRepair.Retag(1, "VBP"));
    assertThat(
            headlineVerbs(
                "(ROOT (NP (NNP RSF) (NNS shells) (NN market) (, ,) (VBG killing) (NNS dozens)))",
                "shells"))
        .containsExactly(new ParseRepair.Retag(1, "VBZ"));
    assertThat(
            headlineVerbs(
                "(ROOT (S (NP (NNP Japan)) (VP (VBN overwhelmed) (NP (NNP Germany)))))",
                "overwhelmed"))
        .as("a participle before a name is a verb")
        .isEmpty();
  }

  @Test
  void aLongSentenceWithAFullStopIsNoHeadline() {
    String words =
        "(NP (NNP Japan) (POS 's) (JJ fluid) (NN attack) (JJ overwhelmed) (NNP Germany) (IN in)"
            + " (DT a) (JJ friendly) (NN win) (IN in) (NNP Wolfsburg) (IN on) (NNP Saturday) (, ,)"
            + " (VBG piling) (NN pressure))";
    assertThat(headlineVerbs("(ROOT " + words + " (. .))", "overwhelmed")).isEmpty();
    assertThat(headlineVerbs("(ROOT " + words + ")", "overwhelmed")).isNotEmpty();
  }

  @Test
  void aLowerCaseNounHeadingAClausesVerbPhraseIsRetaggedAsAVerb() {
    Tree tree =
        Tree.valueOf(
            "(ROOT (S (NP (NNP Morocco)) (VP (NNS thanks) (NP (NNP Spain)) (PP (IN for) (NP (NN"
                + " support))))))");
    assertThat(ParseRepair.nounHeadedVerbPhrases(tree))
        .containsExactly(new ParseRepair.Retag(1, "VBZ"));
    assertThat(
            ParseRepair.nounHeadedVerbPhrases(
                Tree.valueOf("(ROOT (S (NP (NNP Morocco)) (VP (VBZ thanks) (NP (NNP Spain)))))")))
        .isEmpty();
  }

  @Test
  void aSentenceWithAVerbOrATitleCasedNounIsNoHeadline() {
    assertThat(
            headline(
                "(ROOT (S (NP (NNP Israel)) (VP (VBZ strikes) (NP (NNP Hezbollah) (NNS targets)))"
                    + " (. .)))"))
        .isNull();
    assertThat(headline("(ROOT (NP (NNP US) (NNP Sanctions) (NNP List) (. .)))")).isNull();
  }

  private static int noun(String parse) {
    return found(parse, ParseRepair::nounAfterDeterminer);
  }

  @Test
  void aBaseFormVerbHeadingTheVerbPhraseAfterTheOpeningDeterminerIsANoun() {
    assertThat(
            noun(
                "(ROOT (S (NP (DT A) (NNP Russian)) (VP (VB drone) (SBAR (S (NP (NN strike)) (VP"
                    + " (VBD hit) (NP (DT a) (NN hospital)))))) (. .)))"))
        .isEqualTo(2);
  }

  @Test
  void aVerbAfterANounOrNotHeadingAVerbPhraseIsLeftAlone() {
    // a bare infinitive after its subject ("let the UN inspect") does not open the sentence
    assertThat(
            noun(
                "(ROOT (S (VP (VB Let) (S (NP (DT the) (NNP UN)) (VP (VB inspect) (NP (DT the) (NN"
                    + " site))))) (. .)))"))
        .isEqualTo(-1);
    assertThat(
            noun(
                "(ROOT (S (NP (DT An) (JJ Israeli) (VB drone) (NN strike)) (VP (VBD killed) (NP (DT"
                    + " a) (NN commander))) (. .)))"))
        .isEqualTo(-1);
    assertThat(
            noun(
                "(ROOT (S (NP (DT The) (NN army)) (VP (VBP say) (SBAR (S (NP (PRP it)) (VP (VBD"
                    + " won))))) (. .)))"))
        .isEqualTo(-1);
  }

  private static final String APPOSITION =
      "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD fired) (NP (NNS missiles)) (PP (IN on) (NP (NP (NNP"
          + " Thursday)) (, ,) (NP (NNP Gondor) (POS 's) (NN army))))) (VP (VBD said))) (. .)))";

  @Test
  void aClosingAttributionWithoutAClauseOfItsOwnIsFoundAtItsComma() {
    assertThat(found(APPOSITION, ParseRepair::misparsedAttribution)).isEqualTo(5);
    assertThat(
            found(
                "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD fired) (NP (NNS missiles)) (PP (IN on) (NP"
                    + " (NNP Thursday))))) (, ,) (NP (NNP Gondor) (POS 's) (NN army)) (VP (VBD"
                    + " said)) (. .)))",
                ParseRepair::misparsedAttribution))
        .as("already a clause of the root")
        .isEqualTo(-1);
    assertThat(
            found(
                "(ROOT (S (NP (NNP Arnor)) (VP (VBD fired) (NP (NNS missiles)) (, ,) (SBAR (WHNP"
                    + " (WDT which)) (S (NP (NNS officials)) (VP (VBD said))))) (. .)))",
                ParseRepair::misparsedAttribution))
        .as("a relative clause")
        .isEqualTo(-1);
  }

  @Test
  void aClauseSwallowedByTheSubjectOfTheAttributionIsFoundAtItsComma() {
    // "Gunmen on motorcycles shot dead a journalist on Thursday, police said."
    assertThat(
            found(
                "(ROOT (S (NP (NP (NNS Gunmen)) (PP (IN on) (NP (NP (NNS motorcycles)) (VP (VBN"
                    + " shot) (ADVP (RB dead)) (NP (NP (DT a) (NN journalist)) (PP (IN on) (NP (NP"
                    + " (NNP Thursday)) (, ,) (NP (NN police))))))))) (VP (VBD said)) (. .)))",
                ParseRepair::misparsedAttribution))
        .isEqualTo(9);
    // the subject ends at the comma, the speaker outside it
    assertThat(
            found(
                "(ROOT (S (NP (NP (NNS Warplanes)) (PP (IN from) (NP (NNP Arnor))) (VP (VBD bombed)"
                    + " (NP (NNP Gondor)))) (, ,) (NP (NNS residents)) (VP (VBD said)) (. .)))",
                ParseRepair::misparsedAttribution))
        .isEqualTo(5);
    // the subject takes the comma in: "Warplanes bombed Gondor, killing dozens, residents said."
    assertThat(
            found(
                "(ROOT (S (NP (NP (NNS Warplanes)) (VP (VBN bombed) (NP (NNP Gondor))) (, ,) (VP"
                    + " (VBG killing) (NP (NNS dozens))) (, ,)) (NP (NNS residents)) (VP (VBD"
                    + " said)) (. .)))",
                ParseRepair::misparsedAttribution))
        .isEqualTo(6);
    assertThat(
            found(
                "(ROOT (S (NP (NP (DT The) (NN man)) (PP (IN from) (NP (NNP Arnor)))) (, ,) (NP"
                    + " (NNS residents)) (VP (VBD said)) (. .)))",
                ParseRepair::misparsedAttribution))
        .as("no verb before the comma")
        .isEqualTo(-1);
  }

  @Test
  void aParticipleBeforeAnAdverbAndItsObjectIsTheVerb() {
    assertThat(
            candidate(
                "(ROOT (NP (NP (NNS Gunmen)) (PP (IN on) (NP (NP (NNS motorcycles)) (VP (VBN shot)"
                    + " (ADVP (RB dead)) (NP (DT a) (NN journalist))))) (. .)))"))
        .isEqualTo(3);
  }

  private static int describing(String parse) {
    return ParseRepair.participleAdjective(tokens(Tree.valueOf(parse)));
  }

  @Test
  void aParticipleThatDescribesTheNounAfterItIsFound() {
    assertThat(
            describing(
                "(ROOT (S (NP (NNS Troops)) (VP (VBD killed) (NP (NP (CD 20)) (VBN suspected) (NNP"
                    + " Boko) (NNP Haram) (NNS militants))) (. .)))"))
        .isEqualTo(3);
    assertThat(
            describing(
                "(ROOT (S (NP (NNS Police)) (VP (VBD suspected) (NP (DT a) (NN plot))) (. .)))"))
        .as("the sentence's verb")
        .isEqualTo(-1);
  }

  @Test
  void theTwoPartsOfAnAttributedSentenceJoinUnderTheRootClause() {
    Tree whole = Tree.valueOf(APPOSITION);
    List<Tree> leaves = whole.getLeaves();
    Tree main =
        Tree.valueOf(
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD fired) (NP (NNS missiles)) (PP (IN on) (NP (NNP"
                + " Thursday)))) (. .)))");
    Tree speech =
        Tree.valueOf("(ROOT (S (NP (NNP Gondor) (POS 's) (NN army)) (VP (VBD said)) (. .)))");

    Tree joined =
        ParseRepair.joinAttribution(
            main, speech, leaves.get(5).parent(whole), leaves.get(10).parent(whole));

    assertThat(joined.toString())
        .isEqualTo(
            "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD fired) (NP (NNS missiles)) (PP (IN on) (NP (NNP"
                + " Thursday))))) (, ,) (NP (NNP Gondor) (POS 's) (NN army)) (VP (VBD said)) (. .)))");
    assertThat(joined.getLeaves()).hasSize(leaves.size());
  }
}
