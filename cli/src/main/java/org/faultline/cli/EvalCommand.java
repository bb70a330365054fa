package org.faultline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.faultline.core.coder.CoderOptions;
import org.faultline.core.dict.Dictionaries;
import org.faultline.core.event.Document;
import org.faultline.core.event.Event;
import org.faultline.core.pipeline.CodedDocument;
import org.faultline.core.pipeline.DocumentCoder;
import org.faultline.core.pipeline.InputDocument;
import org.faultline.core.text.TextNormalizer;
import org.faultline.core.validate.Evaluation;
import org.faultline.core.validate.ExpectedEvent;
import org.faultline.core.validate.GoldRecord;
import org.faultline.formats.input.GoldReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code faultline eval GOLD}: scores coding of gold texts with the shipped dictionaries. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Codes the text of each gold record through the full pipeline (CoreNLP parse, shipped"
          + " dictionaries, news options) and scores the events against the expected ones:"
          + " exact (source, target, code), root (source, target, CAMEO root) and dyad + root"
          + " (source and target countries, CAMEO root). Reads PETRARCH-2 GSR XML or the JSONL"
          + " gold format ({\"id\", \"text\", \"date\", \"events\": [{\"source\", \"target\","
          + " \"code\"}]})."
    })
final class EvalCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GOLD", description = "Gold file (.xml or .jsonl).")
  Path gold;

  @Option(names = "--dicts", paramLabel = "DIR", description = "User dictionaries on top.")
  Path dicts;

  @Option(
      names = "--option",
      paramLabel = "NAME=VALUE",
      description = "Coder option to change (e.g. modality=false); repeatable.")
  java.util.Map<String, String> coderOptions = new java.util.LinkedHashMap<>();

  @Option(names = "--failures", description = "Print each record that does not match exactly.")
  boolean failures;

  @Option(
      names = "--threads",
      defaultValue = "0",
      description = "Threads (0: all cores, the default).")
  int threads;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<GoldRecord> records = GoldReader.read(gold);
    Dictionaries d = CodingSetup.dictionaries(dicts, false, err);
    CoderOptions options = CoderOptions.news();
    for (var e : coderOptions.entrySet()) {
      options = options.with(e.getKey(), e.getValue());
    }
    DocumentCoder coder = CodingSetup.documentCoder(d, options);
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    AtomicInteger counter = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(n, r -> new Thread(r, "eval-" + counter.incrementAndGet()));
    List<Future<List<ExpectedEvent>>> futures = new ArrayList<>();
    try {
      for (GoldRecord r : records) {
        futures.add(pool.submit(() -> code(coder, r)));
      }
      Evaluation evaluation = new Evaluation();
      for (int i = 0; i < records.size(); i++) {
        Evaluation.Scored s = evaluation.add(records.get(i), futures.get(i).get());
        if (failures && !s.exact()) {
          printFailure(out, s);
        }
      }
      out.printf(
          Locale.ROOT,
          "%-10s %7s %14s %14s %14s%n",
          "category",
          "records",
          "exact",
          "root",
          "dyad+root");
      for (Evaluation.Counts c : evaluation.byCategory()) {
        printCounts(out, c);
      }
      printCounts(out, evaluation.total());
      Evaluation.Counts t = evaluation.total();
      out.printf(
          Locale.ROOT,
          "dyad+root %.1f%%, root %.1f%%, exact %.1f%% of %d records%n",
          100 * t.dyadRootRate(),
          100 * t.rootRate(),
          100 * t.exactRate(),
          t.records());
      return 0;
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<ExpectedEvent> code(DocumentCoder coder, GoldRecord r) {
    String text = TextNormalizer.normalize(r.text());
    CodedDocument doc =
        coder.code(
            InputDocument.of(Document.of(r.id(), r.date(), "", text, "", ""), "gold:" + r.line()));
    List<ExpectedEvent> produced = new ArrayList<>();
    for (Event e : doc.events()) {
      produced.add(new ExpectedEvent(e.source().code(), e.target().code(), e.code()));
    }
    return produced;
  }

  private static void printCounts(PrintWriter out, Evaluation.Counts c) {
    out.printf(
        Locale.ROOT,
        "%-10s %7d %6d %6.1f%% %6d %6.1f%% %6d %6.1f%%%n",
        c.category(),
        c.records(),
        c.exact(),
        100 * c.exactRate(),
        c.root(),
        100 * c.rootRate(),
        c.dyadRoot(),
        100 * c.dyadRootRate());
  }

  private static void printFailure(PrintWriter out, Evaluation.Scored s) {
    out.println(
        "MISS "
            + s.record().id()
            + (s.dyadRoot() ? " (dyad+root ok)" : s.root() ? " (root ok)" : ""));
    out.println("  text:     " + s.record().text());
    out.println("  expected: " + list(s.record().expected()));
    out.println("  produced: " + list(s.produced()));
  }

  private static String list(List<ExpectedEvent> events) {
    return events.isEmpty()
        ? "no events"
        : events.stream().map(ExpectedEvent::toString).collect(Collectors.joining(" | "));
  }
}
