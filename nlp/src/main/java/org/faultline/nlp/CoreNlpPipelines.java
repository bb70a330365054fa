package org.faultline.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The process-wide CoreNLP pipelines, one per configuration, each built on first use.
 *
 * <p>Building a pipeline loads its models (the shift-reduce model alone takes about 10 s and 1 GB
 * of heap), so it happens once per process and configuration, lazily: the first caller of {@link
 * #get} for a configuration builds it while later callers for the same configuration wait; other
 * configurations are not blocked. CoreNLP's own annotator cache lets pipelines that differ only in
 * NER share their tokenizer, tagger and parser. A built {@link StanfordCoreNLP} is safe to call
 * {@code annotate} on from many threads: each annotator keeps per-call state on the stack or in the
 * annotation (the parsers create a fresh query per sentence), which {@code
 * CoreNlpAnnotatorConcurrencyTest} checks.
 */
final class CoreNlpPipelines {
  /** What distinguishes one shared pipeline from another. */
  private record Key(ParserModel parser, boolean ner, int maxSentenceTokens) {}

  private static final ConcurrentMap<Key, Lazy> PIPELINES = new ConcurrentHashMap<>();
  private static final ConcurrentMap<Key, Lazy> PARSERS = new ConcurrentHashMap<>();

  private CoreNlpPipelines() {}

  /** The shared pipeline for these options, built on the first call. */
  static StanfordCoreNLP get(CoreNlpOptions options) {
    Key key = new Key(options.parser(), options.ner(), options.maxSentenceTokens());
    return PIPELINES.computeIfAbsent(key, k -> new Lazy(k, false)).get();
  }

  /**
   * The parser of this configuration alone, for sentences already tokenized and tagged; it shares
   * the parser of {@link #get} through CoreNLP's annotator cache, so it loads no second model.
   */
  static StanfordCoreNLP parser(CoreNlpOptions options) {
    Key key = new Key(options.parser(), options.ner(), options.maxSentenceTokens());
    return PARSERS.computeIfAbsent(key, k -> new Lazy(k, true)).get();
  }

  /** How many pipelines have been built so far in this process. */
  static int built() {
    return (int) PIPELINES.values().stream().filter(Lazy::isBuilt).count();
  }

  /** The CoreNLP properties of a configuration. */
  static Properties properties(CoreNlpOptions options) {
    Properties p = new Properties();
    p.setProperty(
        "annotators",
        options.ner() ? "tokenize,ssplit,pos,lemma,ner,parse" : "tokenize,ssplit,pos,parse");
    // Keep "Al-Qaeda" and "12-year" whole, as the dictionaries and PTB-era parses write them.
    p.setProperty("tokenize.options", "splitHyphenated=false");
    // News paragraphs are separated by blank lines; single newlines are line wrapping.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("parse.model", options.parser().resource());
    // Longer sentences get a flat placeholder tree instead of a parse; the annotator skips them.
    p.setProperty("parse.maxlen", Integer.toString(options.maxSentenceTokens()));
    // The coder reads constituency trees only: no dependency graphs.
    p.setProperty("parse.buildgraphs", "false");
    return p;
  }

  /** One pipeline, built once under its own lock. */
  private static final class Lazy {
    private final Key key;
    private final boolean parseOnly;
    private volatile StanfordCoreNLP pipeline;

    Lazy(Key key, boolean parseOnly) {
      this.key = key;
      this.parseOnly = parseOnly;
    }

    boolean isBuilt() {
      return pipeline != null;
    }

    StanfordCoreNLP get() {
      StanfordCoreNLP p = pipeline;
      if (p == null) {
        synchronized (this) {
          p = pipeline;
          if (p == null) {
            Properties props =
                properties(new CoreNlpOptions(key.parser(), key.ner(), key.maxSentenceTokens()));
            if (parseOnly) {
              props.setProperty("annotators", "parse");
              props.setProperty("enforceRequirements", "false");
            }
            p = new StanfordCoreNLP(props);
            pipeline = p;
          }
        }
      }
      return p;
    }
  }
}
