package org.faultline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faultline.core.coder.CoderOptions;
import org.faultline.core.coder.CodingResult;
import org.faultline.core.coder.PatternCoder;
import org.faultline.core.dict.Dictionaries;
import org.faultline.core.dict.LoadMode;
import org.faultline.core.text.AnnotatedSentence;
import org.faultline.core.text.Annotator;
import org.faultline.core.text.TextNormalizer;
import org.faultline.core.validate.ValidationFile;
import org.faultline.core.validate.ValidationFileReader;
import org.faultline.core.validate.ValidationRecord;
import org.faultline.nlp.CoreNlpAnnotator;
import org.faultline.nlp.CoreNlpOptions;
import org.faultline.nlp.ParserModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code faultline bench pipeline}: end-to-end throughput of the text pipeline (normalize, annotate
 * with CoreNLP, code with the validation dictionaries), and the cost of the PCFG-with-NER parse
 * stage PETRARCH2's pipeline needed, on the same sentences.
 */
@Command(
    name = "pipeline",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Times normalize + annotate (CoreNLP, englishSR) + code (PETRARCH validation dictionaries)"
          + " over the texts of the PETRARCH unit-test records and the dev-gold file, repeated to"
          + " --size texts, after a warm-up; with one thread and with all cores. Prints the median,"
          + " min and max sentences/s over --runs runs, and peak RSS (VmHWM).",
      "Then times the annotate stage alone on --parse-size texts with englishSR and with"
          + " englishPCFG + NER (PETRARCH2's pipeline) and prints the ratio. The default run takes"
          + " 3-5 minutes on 2 cores and about 6 GB of memory (the PCFG parser's charts)."
    })
final class BenchPipelineCommand implements Callable<Integer> {
  private static final Pattern DEV_GOLD_ITEM =
      Pattern.compile("<Sentence\\b([^>]*)>|<Text>(.*?)</Text>", Pattern.DOTALL);
  private static final Pattern DATE_ATTRIBUTE = Pattern.compile("\\bdate=\"(\\d{8})\"");
  private static final DateTimeFormatter YYYYMMDD =
      DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

  @Spec CommandSpec spec;

  @Option(
      names = "--records",
      paramLabel = "FILE",
      defaultValue =
          "${env:FAULTLINE_SHARED:-../shared}/petrarch-unit-tests/PETR.UnitTest.records.xml",
      description =
          "PETRARCH validation file: its texts, and the dictionaries its <Environment>"
              + " names (default: ${DEFAULT-VALUE}).")
  Path records;

  @Option(
      names = "--dev-gold",
      paramLabel = "FILE",
      defaultValue = "${env:FAULTLINE_SHARED:-../shared}/dev-gold/PETR2_GSR_validation.xml",
      description = "File of <Text> elements added to the corpus (default: ${DEFAULT-VALUE}).")
  Path devGold;

  @Option(
      names = "--size",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Texts per timed run; the corpus is repeated to this size (default: 1000).")
  int size;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = "5",
      description = "Timed runs per configuration (default: 5).")
  int runs;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "600",
      description = "Texts processed before timing, for the JIT (default: 600).")
  int warmup;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "0",
      description = "Threads of the multi-threaded runs; 0: all cores (default: 0).")
  int threads;

  @Option(
      names = "--ner",
      description =
          "Also time the end-to-end pipeline with CoreNLP NER on, over at most 300 texts per run"
              + " (adds 2-4 minutes).")
  boolean ner;

  @Option(
      names = "--parse-size",
      paramLabel = "N",
      defaultValue = "60",
      description =
          "Texts, spread over the corpus, for the parse-stage comparison with englishPCFG + NER;"
              + " 0 skips it (default: 60).")
  int parseSize;

  @Option(
      names = "--parse-runs",
      paramLabel = "N",
      defaultValue = "3",
      description = "Timed runs of the parse-stage comparison (default: 3).")
  int parseRuns;

  @Option(
      names = "--max-sentence-tokens",
      paramLabel = "N",
      defaultValue = "120",
      description = "Longer sentences are skipped, not parsed (default: 120).")
  int maxSentenceTokens;

  /** One text of the corpus with its date (null when unknown). */
  private record Doc(String text, LocalDate date) {}

  /** What one timed run did. */
  private record Run(double seconds, int sentences, int skipped, int events) {
    double sentencesPerSecond() {
      return sentences / seconds;
    }
  }

  @Override
  public Integer call() throws IOException, InterruptedException, ExecutionException {
    check(size >= 1, "--size must be >= 1: " + size);
    check(runs >= 1, "--runs must be >= 1: " + runs);
    check(warmup >= 0, "--warmup must be >= 0: " + warmup);
    check(threads >= 0, "--threads must be >= 0: " + threads);
    check(parseSize >= 0, "--parse-size must be >= 0: " + parseSize);
    check(parseRuns >= 1, "--parse-runs must be >= 1: " + parseRuns);
    PrintWriter out = spec.commandLine().getOut();
    int cores = Runtime.getRuntime().availableProcessors();
    int many = threads == 0 ? cores : threads;
    CoreNlpOptions srOptions = CoreNlpOptions.defaults().withMaxSentenceTokens(maxSentenceTokens);

    ValidationFile file = ValidationFileReader.read(records);
    List<Doc> corpus = new ArrayList<>();
    for (ValidationRecord r : file.records()) {
      corpus.add(new Doc(r.text(), r.date()));
    }
    int fromRecords = corpus.size();
    corpus.addAll(readDevGold(devGold));
    check(!corpus.isEmpty(), "the corpus must have texts: " + records + ", " + devGold);

    long t0 = System.nanoTime();
    Dictionaries dicts = file.dictionaries(LoadMode.LENIENT);
    PatternCoder coder = new PatternCoder(dicts, CoderOptions.defaults());
    double dictSeconds = seconds(t0);

    CoreNlpAnnotator sr = new CoreNlpAnnotator(srOptions);
    out.printf(
        Locale.ROOT,
        "bench pipeline: %s; %d cores; heap max %.1f GiB; load average %s%n",
        sr.description(),
        cores,
        Runtime.getRuntime().maxMemory() / (double) (1L << 30),
        loadAverage());
    out.printf(
        Locale.ROOT,
        "corpus: %d texts (%d unit-test records, %d dev-gold), repeated to %d texts per run%n",
        corpus.size(),
        fromRecords,
        corpus.size() - fromRecords,
        size);
    t0 = System.nanoTime();
    sr.load();
    out.printf(
        Locale.ROOT,
        "load: dictionaries %.1f s, CoreNLP englishSR models %.1f s%n",
        dictSeconds,
        seconds(t0));
    out.flush();

    List<Doc> timed = repeat(corpus, size);
    t0 = System.nanoTime();
    run(repeat(corpus, warmup), sr, coder, many);
    out.printf(Locale.ROOT, "warm-up: %d texts on %d threads, %.1f s%n", warmup, many, seconds(t0));

    List<Integer> threadCounts = many == 1 ? List.of(1) : List.of(1, many);
    out.println();
    out.println(
        "end to end (normalize + annotate + code), " + runs + " runs of " + size + " texts:");
    printHeader(out);
    for (int n : threadCounts) {
      printRow(out, "englishSR", n, time(timed, sr, coder, n));
    }
    if (ner) {
      CoreNlpAnnotator srNer = new CoreNlpAnnotator(srOptions.withNer(true));
      t0 = System.nanoTime();
      srNer.load();
      out.printf(Locale.ROOT, "(NER models loaded in %.1f s)%n", seconds(t0));
      run(repeat(corpus, Math.min(warmup, 300)), srNer, coder, many);
      List<Doc> nerTimed = repeat(corpus, Math.min(size, 300));
      for (int n : threadCounts) {
        printRow(out, "englishSR + NER", n, time(nerTimed, srNer, coder, n));
      }
    }
    out.printf(Locale.ROOT, "peak RSS (VmHWM): %s%n", BenchCommand.peakRss());
    out.flush();

    if (parseSize > 0) {
      compareParsers(out, corpus, sr, srOptions, many);
      out.printf(
          Locale.ROOT, "peak RSS (VmHWM) with both pipelines loaded: %s%n", BenchCommand.peakRss());
    }
    out.printf(Locale.ROOT, "load average at the end: %s%n", loadAverage());
    return 0;
  }

  /** Times the annotate stage alone with englishSR and with englishPCFG + NER. */
  private void compareParsers(
      PrintWriter out, List<Doc> corpus, CoreNlpAnnotator sr, CoreNlpOptions srOptions, int many)
      throws InterruptedException, ExecutionException {
    CoreNlpAnnotator pcfg =
        new CoreNlpAnnotator(srOptions.withParser(ParserModel.PCFG).withNer(true));
    long t0 = System.nanoTime();
    pcfg.load();
    out.println();
    out.printf(Locale.ROOT, "load: CoreNLP englishPCFG + NER models %.1f s%n", seconds(t0));
    List<Doc> sample = spread(corpus, parseSize);
    run(sample.subList(0, Math.min(sample.size(), 30)), pcfg, null, many);
    out.printf(
        Locale.ROOT,
        "parse stage alone (annotate, no coding), %d runs of %d texts (englishSR: 10 times"
            + " over):%n",
        parseRuns,
        parseSize);
    printHeader(out);
    // englishSR gets the same texts ten times over, so that its runs last long enough to time.
    List<Doc> srSample = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      srSample.addAll(sample);
    }
    List<Run> srRuns = new ArrayList<>();
    List<Run> pcfgRuns = new ArrayList<>();
    for (int i = 0; i < parseRuns; i++) {
      // Interleaved, so that both parsers see the same machine load.
      srRuns.add(run(srSample, sr, null, many));
      pcfgRuns.add(run(sample, pcfg, null, many));
    }
    printRow(out, "englishSR", many, srRuns);
    printRow(out, "englishPCFG + NER", many, pcfgRuns);
    double srRate = median(srRuns);
    double pcfgRate = median(pcfgRuns);
    out.printf(
        Locale.ROOT,
        "englishSR parses %.1fx as many sentences per second as englishPCFG + NER%n",
        srRate / pcfgRate);
  }

  private List<Run> time(List<Doc> docs, Annotator annotator, PatternCoder coder, int n)
      throws InterruptedException, ExecutionException {
    List<Run> result = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      result.add(run(docs, annotator, coder, n));
    }
    return result;
  }

  /**
   * Processes the texts on {@code n} threads: normalize, annotate, and code each sentence unless
   * {@code coder} is null.
   */
  private static Run run(List<Doc> docs, Annotator annotator, PatternCoder coder, int n)
      throws InterruptedException, ExecutionException {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            n,
            r -> {
              Thread t = new Thread(r, "bench-pipeline-" + threadNumber.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      long t0 = System.nanoTime();
      List<Future<int[]>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(
            pool.submit(
                () -> {
                  int[] counts = new int[3];
                  for (int k = next.getAndIncrement();
                      k < docs.size();
                      k = next.getAndIncrement()) {
                    Doc d = docs.get(k);
                    Annotator.Annotation a = annotator.annotate(TextNormalizer.normalize(d.text()));
                    counts[0] += a.sentences().size();
                    counts[1] += a.skippedLong();
                    if (coder != null) {
                      for (AnnotatedSentence s : a.sentences()) {
                        CodingResult r = coder.code(s.text(), s.parse(), d.date());
                        counts[2] += r.events().size();
                      }
                    }
                  }
                  return counts;
                }));
      }
      int[] total = new int[3];
      for (Future<int[]> f : futures) {
        int[] c = f.get();
        for (int i = 0; i < 3; i++) {
          total[i] += c[i];
        }
      }
      return new Run(seconds(t0), total[0], total[1], total[2]);
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  private static void printHeader(PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "  %-22s %7s %14s %8s %8s %10s %8s %8s%n",
        "pipeline",
        "threads",
        "median sent/s",
        "min",
        "max",
        "sentences",
        "skipped",
        "events");
  }

  private static void printRow(PrintWriter out, String name, int threads, List<Run> runs) {
    double[] rates = runs.stream().mapToDouble(Run::sentencesPerSecond).sorted().toArray();
    Run first = runs.get(0);
    out.printf(
        Locale.ROOT,
        "  %-22s %7d %14.1f %8.1f %8.1f %10d %8d %8d%n",
        name,
        threads,
        median(runs),
        rates[0],
        rates[rates.length - 1],
        first.sentences(),
        first.skipped(),
        first.events());
    out.flush();
  }

  private static double median(List<Run> runs) {
    double[] rates = runs.stream().mapToDouble(Run::sentencesPerSecond).sorted().toArray();
    int m = rates.length / 2;
    return rates.length % 2 == 1 ? rates[m] : (rates[m - 1] + rates[m]) / 2;
  }

  private static List<Doc> repeat(List<Doc> corpus, int n) {
    List<Doc> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(corpus.get(i % corpus.size()));
    }
    return out;
  }

  /**
   * {@code n} texts spread evenly over the corpus (all of it, repeated, when n exceeds its size).
   */
  private static List<Doc> spread(List<Doc> corpus, int n) {
    if (n >= corpus.size()) {
      return repeat(corpus, n);
    }
    List<Doc> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(corpus.get((int) ((long) i * corpus.size() / n)));
    }
    return out;
  }

  /** The texts of a PETRARCH-2 validation file, which is not well-formed XML, by pattern. */
  private static List<Doc> readDevGold(Path path) throws IOException {
    String s = Files.readString(path, StandardCharsets.UTF_8);
    List<Doc> out = new ArrayList<>();
    LocalDate date = null;
    Matcher m = DEV_GOLD_ITEM.matcher(s);
    while (m.find()) {
      if (m.group(1) != null) {
        Matcher d = DATE_ATTRIBUTE.matcher(m.group(1));
        date = null;
        if (d.find()) {
          try {
            date = LocalDate.parse(d.group(1), YYYYMMDD);
          } catch (DateTimeParseException e) {
            date = null;
          }
        }
      } else {
        String text = unescape(m.group(2)).strip();
        if (!text.isEmpty()) {
          out.add(new Doc(text, date));
        }
      }
    }
    return out;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  private static String loadAverage() {
    try {
      String[] parts =
          Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).strip().split(" ");
      return String.join(" ", Arrays.asList(parts).subList(0, 3));
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
