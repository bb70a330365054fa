package org.faultline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.faultline.core.io.InvalidFormatException;
import org.faultline.formats.RejectLog;
import org.faultline.store.ImportFormat;
import org.faultline.store.ImportReport;
import org.faultline.store.Period;
import org.faultline.store.QueryFilter;
import org.faultline.store.ResultTable;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code faultline bench store}: import throughput and query latency on synthetic GDELT rows. */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    description = {
      "Writes seeded synthetic GDELT 2.0 rows to a temporary file, imports them into a new store"
          + " (rows/s), then times the monthly USA-CHN dyad series and a top-dyads query: warm-up"
          + " runs, then the median, min and max of the timed runs.",
      "Targets on a 2-core machine: import >= 500,000 rows/s; dyad series median < 0.3 s."
    })
final class BenchStoreCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--rows",
      paramLabel = "N",
      defaultValue = "10000000",
      description = "Synthetic rows (default ${DEFAULT-VALUE}).")
  long rows;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "42",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = "9",
      description = "Timed runs per query (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "2",
      description = "Untimed runs first (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Where the temporary files go (default: the system temp directory).")
  Path dir;

  @Option(names = "--keep", description = "Keep the generated file and store.")
  boolean keep;

  @Option(
      names = "--reimport",
      description = "Also time importing the file again (all duplicates).")
  boolean reimport;

  /** A timed query. */
  private interface Timed {
    ResultTable run() throws IOException;
  }

  @Override
  public Integer call() throws IOException {
    if (rows < 1 || runs < 1 || warmup < 0) {
      throw new IllegalArgumentException(
          "rows and runs must be >= 1 and warmup >= 0: " + rows + ", " + runs + ", " + warmup);
    }
    PrintWriter out = spec.commandLine().getOut();
    Path base = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"));
    Path work = Files.createTempDirectory(base, "faultline-bench-store-");
    Path tsv = work.resolve("synthetic.export.CSV");
    Path db = work.resolve("bench.duckdb");
    try {
      long t0 = System.nanoTime();
      long bytes = StoreSyntheticGdelt.write(tsv, rows, seed);
      double gen = (System.nanoTime() - t0) / 1e9;
      out.printf(
          Locale.ROOT,
          "generated %,d GDELT 2.0 rows (seed %d, %.0f MB, %.0f bytes/row) in %.1f s%n",
          rows,
          seed,
          bytes / 1e6,
          (double) bytes / rows,
          gen);
      out.flush();
      try (Store store = Store.open(db)) {
        ImportReport r = store.importFile(ImportFormat.GDELT, tsv, new RejectLog(5));
        out.printf(
            Locale.ROOT,
            "import: %,d rows in %.1f s = %,.0f rows/s (%,d added, %,d duplicate, %,d rejected;"
                + " target >= 500,000 rows/s)%n",
            r.rowsSeen(),
            r.elapsed().toNanos() / 1e9,
            r.rowsPerSecond(),
            r.rowsAdded(),
            r.rowsDuplicate(),
            r.rowsRejected());
        for (InvalidFormatException p : r.firstRejects()) {
          out.println("  rejected " + p.getMessage());
        }
        out.flush();
        if (reimport) {
          ImportReport again = store.importFile(ImportFormat.GDELT, tsv, new RejectLog(5));
          out.printf(
              Locale.ROOT,
              "re-import: %,d rows in %.1f s = %,.0f rows/s (%,d added, %,d duplicate)%n",
              again.rowsSeen(),
              again.elapsed().toNanos() / 1e9,
              again.rowsPerSecond(),
              again.rowsAdded(),
              again.rowsDuplicate());
        }
        QueryFilter all = QueryFilter.all();
        time(
            out,
            "dyad USA CHN --by month",
            () -> store.queries().dyad("USA", "CHN", false, Period.MONTH, all),
            "target median < 0.3 s");
        time(
            out,
            "dyad USA CHN --both --by month --one-a-day",
            () -> store.queries().dyad("USA", "CHN", true, Period.MONTH, all.withOneADay(true)),
            null);
        time(out, "top-dyads --limit 20", () -> store.queries().topDyads(all, 20, false), null);
      }
      if (keep) {
        out.println("kept " + work);
      }
    } finally {
      if (!keep) {
        try (Stream<Path> paths = Files.walk(work)) {
          paths
              .sorted(Collections.reverseOrder())
              .forEach(
                  p -> {
                    try {
                      Files.deleteIfExists(p);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  });
        }
      }
    }
    return 0;
  }

  private void time(PrintWriter out, String name, Timed query, String target) throws IOException {
    int resultRows = 0;
    for (int i = 0; i < warmup; i++) {
      resultRows = query.run().size();
    }
    List<Double> seconds = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      resultRows = query.run().size();
      seconds.add((System.nanoTime() - t) / 1e9);
    }
    Collections.sort(seconds);
    double median =
        seconds.size() % 2 == 1
            ? seconds.get(seconds.size() / 2)
            : (seconds.get(seconds.size() / 2 - 1) + seconds.get(seconds.size() / 2)) / 2;
    out.printf(
        Locale.ROOT,
        "%s: median %.3f s (min %.3f, max %.3f) over %d runs after %d warm-up, %d rows%s%n",
        name,
        median,
        seconds.get(0),
        seconds.get(seconds.size() - 1),
        runs,
        warmup,
        resultRows,
        target == null ? "" : "; " + target);
    out.flush();
  }
}
