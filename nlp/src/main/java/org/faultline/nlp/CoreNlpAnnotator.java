package org.faultline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.faultline.core.event.SentenceTokens;
import org.faultline.core.text.AnnotatedSentence;
import org.faultline.core.text.Annotator;
import org.faultline.core.tree.ParseTree;

/**
 * The {@link Annotator} on Stanford CoreNLP: tokenizer, sentence splitter (a blank line ends a
 * sentence, a single newline does not), part-of-speech tagger, optionally NER, and a constituency
 * parser, by default the shift-reduce model {@code englishSR}.
 *
 * <p>Creating an annotator is cheap: the models load on the first {@link #annotate} that has text
 * to parse, once per process and configuration, and are shared by every annotator with the same
 * {@link CoreNlpOptions}. {@link #annotate} is safe to call from many threads at once; it uses one
 * thread per call, so throughput scales by calling it from several threads.
 *
 * <p>Sentence indexes count every sentence CoreNLP found, skipped ones included, so they stay
 * document positions. Token words are CoreNLP's (PTB tokenization without bracket escapes;
 * hyphenated words such as "Al-Qaeda" kept whole, as the dictionaries write them), except that
 * parentheses are written {@code -LRB-}/{@code -RRB-} so that trees print in Penn Treebank bracket
 * form. The shift-reduce model's {@code NML} brackets are folded into their noun phrase, which
 * gives the flat noun phrases of PTB-era parses that the coder reads (see {@code docs/nlp.md}). A
 * sentence whose parse the coder cannot read is parsed again ({@link ParseRepair}).
 */
public final class CoreNlpAnnotator implements Annotator {
  private final CoreNlpOptions options;
  private final Predicate<String> verbs;

  /** An annotator with {@link CoreNlpOptions#defaults()}. */
  public CoreNlpAnnotator() {
    this(CoreNlpOptions.defaults());
  }

  public CoreNlpAnnotator(CoreNlpOptions options) {
    this(options, null);
  }

  private CoreNlpAnnotator(CoreNlpOptions options, Predicate<String> verbs) {
    this.options = Objects.requireNonNull(options, "options");
    this.verbs = verbs;
  }

  /**
   * This annotator, sharing its models, with the words the coder knows as verb forms ({@code verbs}
   * takes a word as written): a headline the tagger left without a verb has its first such word
   * after a noun tried as the verb ("Kenyan police fire tear gas at protesters"), see {@link
   * ParseRepair#headlineVerbs}.
   */
  public CoreNlpAnnotator withVerbs(Predicate<String> verbs) {
    return new CoreNlpAnnotator(options, Objects.requireNonNull(verbs, "verbs"));
  }

  /** The options this annotator runs with. */
  public CoreNlpOptions options() {
    return options;
  }

  /** The CoreNLP version on the class path, e.g. {@code 4.5.10}. */
  public static String coreNlpVersion() {
    String v = StanfordCoreNLP.class.getPackage().getImplementationVersion();
    return v == null ? "unknown" : v;
  }

  /** Loads the models now rather than on the first {@link #annotate} (for warm-up and timing). */
  public void load() {
    CoreNlpPipelines.get(options);
  }

  /**
   * {@inheritDoc}
   *
   * @throws NullPointerException if {@code text} is null
   */
  @Override
  public Annotation annotate(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      return new Annotation(List.of(), 0);
    }
    edu.stanford.nlp.pipeline.Annotation doc = new edu.stanford.nlp.pipeline.Annotation(text);
    CoreNlpPipelines.get(options).annotate(doc);
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<AnnotatedSentence> sentences = new ArrayList<>(coreSentences.size());
    int skipped = 0;
    for (int index = 0; index < coreSentences.size(); index++) {
      CoreMap s = coreSentences.get(index);
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.size() > options.maxSentenceTokens()) {
        skipped++;
        continue;
      }
      Parsed parsed = repaired(tokens, s.get(TreeCoreAnnotations.TreeAnnotation.class));
      sentences.add(sentence(text, index, s, parsed.tokens(), parsed.tree()));
    }
    return new Annotation(sentences, skipped);
  }

  /** A sentence's tokens (retagged or not) and its tree. */
  private record Parsed(List<CoreLabel> tokens, Tree tree) {}

  /**
   * The sentence parsed again where {@link ParseRepair} finds its parse unreadable by the coder: a
   * noun the tagger took for the verb after the opening determiner and a past tense it took for a
   * participle are retagged and parsed again, and a parse with no clause at the root is tried with
   * the PCFG; a new tree is kept only if it is better.
   */
  private Parsed repaired(List<CoreLabel> tokens, Tree tree) {
    Parsed p = verbTagged(repairedClause(tokens, tree));
    int comma = ParseRepair.misparsedAttribution(p.tokens(), p.tree());
    if (comma < 0) {
      return p;
    }
    // "..., South Korea's Joint Chiefs of Staff said.": each part parsed as a sentence of its own
    List<CoreLabel> words = p.tokens();
    CoreLabel period = words.get(words.size() - 1);
    List<CoreLabel> main = new ArrayList<>(words.subList(0, comma));
    main.add(period);
    List<CoreLabel> speech = new ArrayList<>(words.subList(comma + 1, words.size()));
    Tree mainTree = parse(main, options);
    Tree speechTree = parse(speech, options);
    if (mainTree == null || speechTree == null) {
      return p;
    }
    // the main part alone may still lack its verb ("Gunmen on motorcycles shot dead ..."): the
    // same repairs as a whole sentence's
    Parsed mainPart = repairedClause(main, mainTree);
    List<Tree> leaves = p.tree().getLeaves();
    Tree joined =
        ParseRepair.joinAttribution(
            mainPart.tree(),
            speechTree,
            leaves.get(comma).parent(p.tree()),
            leaves.get(leaves.size() - 1).parent(p.tree()));
    if (joined == null) {
      return p;
    }
    List<CoreLabel> tagged = new ArrayList<>(mainPart.tokens().subList(0, comma));
    tagged.addAll(words.subList(comma, words.size()));
    return new Parsed(tagged, joined);
  }

  private Parsed repairedClause(List<CoreLabel> tokens, Tree tree) {
    int adjective = ParseRepair.participleAdjective(tokens);
    if (adjective >= 0) {
      // "killed 20 suspected Boko Haram militants": the participle describes the militants
      List<CoreLabel> described = copy(tokens);
      described.get(adjective).setTag("JJ");
      Tree reparsed = parse(described, options);
      if (reparsed != null && ParseRepair.clauseAtRoot(reparsed)) {
        tokens = described;
        tree = reparsed;
      }
    }
    int noun = ParseRepair.nounAfterDeterminer(tokens, tree);
    if (noun < 0) {
      noun = ParseRepair.nounInsidePhrase(tokens, tree);
    }
    if (noun >= 0) {
      List<CoreLabel> nouned = copy(tokens);
      nouned.get(noun).setTag("NN");
      Tree reparsed = parse(nouned, options);
      if (reparsed != null
          && !ParseRepair.headsVerbPhrase(reparsed, noun)
          && ParseRepair.clauseAtRoot(reparsed)) {
        return new Parsed(nouned, reparsed);
      }
    }
    for (ParseRepair.Retag headline : ParseRepair.headlineVerbs(tokens, verbs)) {
      List<CoreLabel> verbed = copy(tokens);
      verbed.get(headline.index()).setTag(headline.tag());
      Tree reparsed = parse(verbed, options);
      if (reparsed != null && ParseRepair.headsClause(reparsed, headline.index())) {
        return new Parsed(verbed, reparsed);
      }
    }
    List<CoreLabel> retagged = null;
    int verb = ParseRepair.pastTense(tokens, tree);
    if (verb >= 0) {
      retagged = copy(tokens);
      retagged.get(verb).setTag("VBD");
      Tree reparsed = parse(retagged, options);
      if (reparsed != null && ParseRepair.headsClause(reparsed, verb)) {
        return new Parsed(retagged, reparsed);
      }
    }
    if (options.parser() == ParserModel.SHIFT_REDUCE
        && ((retagged != null && retagged.size() <= ParseRepair.PCFG_MAX_TOKENS)
            || ParseRepair.clauseless(tokens, tree))) {
      List<CoreLabel> words = retagged != null ? retagged : tokens;
      Tree reparsed = parse(words, options.withParser(ParserModel.PCFG));
      if (reparsed != null && ParseRepair.clauseAtRoot(reparsed)) {
        return new Parsed(words, reparsed);
      }
    }
    return new Parsed(tokens, tree);
  }

  /**
   * The parse with the tokens that head a clause's verb phrase but were tagged as nouns retagged as
   * verbs, in the tokens and the tree ({@link ParseRepair#nounHeadedVerbPhrases}).
   */
  private static Parsed verbTagged(Parsed p) {
    List<ParseRepair.Retag> nouns = ParseRepair.nounHeadedVerbPhrases(p.tree());
    if (nouns.isEmpty()) {
      return p;
    }
    List<CoreLabel> tokens = copy(p.tokens());
    Tree tree = p.tree().deepCopy();
    List<Tree> leaves = tree.getLeaves();
    for (ParseRepair.Retag r : nouns) {
      tokens.get(r.index()).setTag(r.tag());
      leaves.get(r.index()).parent(tree).setValue(r.tag());
    }
    return new Parsed(tokens, tree);
  }

  /** Copies of the tokens, to retag without touching the originals. */
  private static List<CoreLabel> copy(List<CoreLabel> tokens) {
    List<CoreLabel> out = new ArrayList<>(tokens.size());
    for (CoreLabel t : tokens) {
      out.add(new CoreLabel(t));
    }
    return out;
  }

  /**
   * The parse of one tokenized, tagged sentence by the parser of {@code with}, or null if the
   * parser gives none.
   */
  private static Tree parse(List<CoreLabel> tokens, CoreNlpOptions with) {
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    edu.stanford.nlp.pipeline.Annotation one = new edu.stanford.nlp.pipeline.Annotation("");
    one.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
    CoreNlpPipelines.parser(with).annotate(one);
    return sentence.get(TreeCoreAnnotations.TreeAnnotation.class);
  }

  private static AnnotatedSentence sentence(
      String text, int index, CoreMap s, List<CoreLabel> tokens, Tree tree) {
    int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    String sentenceText = text.substring(begin, end);
    List<String> words = new ArrayList<>(tokens.size());
    int[] b = new int[tokens.size()];
    int[] e = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      words.add(TreeConverter.treeWord(t.word()));
      b[i] = t.beginPosition() - begin;
      e[i] = t.endPosition() - begin;
    }
    ParseTree parse = TreeConverter.convert(tree, tokens);
    return new AnnotatedSentence(
        index, sentenceText, begin, SentenceTokens.of(sentenceText, words, b, e), parse);
  }

  @Override
  public int maxSentenceTokens() {
    return options.maxSentenceTokens();
  }

  @Override
  public String description() {
    return "corenlp "
        + coreNlpVersion()
        + " "
        + options.parser().shortName()
        + (options.ner() ? " ner" : "");
  }
}
