package org.faultline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.faultline.core.coder.CoderOptions;
import org.faultline.core.coder.PatternCoder;
import org.faultline.core.dict.Dictionaries;
import org.faultline.core.dict.LoadMode;
import org.faultline.core.validate.ValidationFile;
import org.faultline.core.validate.ValidationFileReader;
import org.faultline.core.validate.ValidationRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code faultline bench coder}: sentences per second from parse string to events, on the parses of
 * a PETRARCH validation file repeated to a fixed size, one thread and all cores.
 */
@Command(
    name = "coder",
    mixinStandardHelpOptions = true,
    description = {
      "Coder throughput from parse string to events (parsing the bracketed tree, noun phrases,"
          + " patterns, events) on the parses of a PETRARCH validation file with its own"
          + " dictionaries, repeated to --sentences. After a warm-up, runs --runs timed passes on"
          + " one thread, then on --threads threads, and prints sentences/s per run with the"
          + " median, min and max."
    })
final class BenchCoderCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--records",
      paramLabel = "FILE",
      defaultValue = "../shared/petrarch-unit-tests/PETR.UnitTest.records.xml",
      description = "Validation file whose parses are coded (default: ${DEFAULT-VALUE}).")
  Path records;

  @Option(
      names = "--sentences",
      defaultValue = "100000",
      description = "Sentences per timed run (default: ${DEFAULT-VALUE}).")
  int sentences;

  @Option(names = "--runs", defaultValue = "5", description = "Timed runs (default: 5).")
  int runs;

  @Option(
      names = "--warmup",
      defaultValue = "2",
      description = "Untimed warm-up runs (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--threads",
      defaultValue = "0",
      description = "Threads for the parallel runs; 0 means all cores (default).")
  int threads;

  @Option(
      names = "--news",
      description =
          "Code with the news options (clause structure, modality, reported speech...) instead of"
              + " PETRARCH's, so that the news rules' cost is measured too.")
  boolean news;

  private record Work(String text, String parse, LocalDate date) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (sentences < 1 || runs < 1 || warmup < 0) {
      throw new IllegalArgumentException("--sentences and --runs must be >= 1, --warmup >= 0");
    }
    ValidationFile file = ValidationFileReader.read(records);
    Dictionaries dicts = file.dictionaries(LoadMode.LENIENT);
    PatternCoder coder =
        new PatternCoder(dicts, news ? CoderOptions.news() : CoderOptions.defaults());
    List<Work> base = new ArrayList<>();
    for (ValidationRecord r : file.records()) {
      if (r.sentence()) {
        base.add(new Work(r.text(), r.parse(), r.date()));
      }
    }
    if (base.isEmpty()) {
      throw new IllegalArgumentException(records + ": no sentence=\"true\" records to code");
    }
    Work[] work = new Work[sentences];
    for (int i = 0; i < sentences; i++) {
      work[i] = base.get(i % base.size());
    }
    int cores = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    out.printf(
        Locale.ROOT,
        "coder benchmark: %d sentences per run (%d distinct parses from %s), %d warm-up and %d"
            + " timed runs, %s options%n",
        sentences,
        base.size(),
        records.getFileName(),
        warmup,
        runs,
        news ? "news" : "PETRARCH's");
    out.printf(
        Locale.ROOT, "java %s, %d cores available%n", System.getProperty("java.version"), cores);
    report(out, "1 thread", measure(coder, work, 1));
    report(out, cores + " threads", measure(coder, work, cores));
    out.printf(Locale.ROOT, "peak RSS: %s%n", BenchCommand.peakRss());
    return 0;
  }

  private double[] measure(PatternCoder coder, Work[] work, int nThreads) throws Exception {
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            nThreads,
            r -> {
              Thread t = new Thread(r, "bench-coder-" + threadNumber.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      for (int i = 0; i < warmup; i++) {
        runOnce(coder, work, nThreads, pool);
      }
      double[] rates = new double[runs];
      for (int i = 0; i < runs; i++) {
        long t0 = System.nanoTime();
        long events = runOnce(coder, work, nThreads, pool);
        double seconds = (System.nanoTime() - t0) / 1e9;
        rates[i] = work.length / seconds;
        if (events < 0) {
          throw new IllegalStateException("unreachable");
        }
      }
      return rates;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long runOnce(PatternCoder coder, Work[] work, int nThreads, ExecutorService pool)
      throws Exception {
    List<Future<Long>> parts = new ArrayList<>();
    int chunk = (work.length + nThreads - 1) / nThreads;
    for (int t = 0; t < nThreads; t++) {
      int from = t * chunk;
      int to = Math.min(work.length, from + chunk);
      parts.add(
          pool.submit(
              () -> {
                long events = 0;
                for (int i = from; i < to; i++) {
                  Work w = work[i];
                  events += coder.code(w.text(), w.parse(), w.date()).events().size();
                }
                return events;
              }));
    }
    long total = 0;
    for (Future<Long> f : parts) {
      total += f.get();
    }
    return total;
  }

  private static void report(PrintWriter out, String label, double[] rates) {
    double[] sorted = rates.clone();
    Arrays.sort(sorted);
    double median =
        sorted.length % 2 == 1
            ? sorted[sorted.length / 2]
            : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    StringBuilder each = new StringBuilder();
    for (double r : rates) {
      each.append(each.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f", r));
    }
    out.printf(
        Locale.ROOT,
        "%-10s median %,.0f sentences/s (min %,.0f, max %,.0f, spread %.1f%%) runs: %s%n",
        label,
        median,
        sorted[0],
        sorted[sorted.length - 1],
        100.0 * (sorted[sorted.length - 1] - sorted[0]) / median,
        each);
  }
}
