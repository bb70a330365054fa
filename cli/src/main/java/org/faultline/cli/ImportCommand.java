package org.faultline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.faultline.core.io.InvalidFormatException;
import org.faultline.formats.RejectLog;
import org.faultline.store.ImportFormat;
import org.faultline.store.ImportReport;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code faultline import FORMAT FILE...}: streams dataset files into the store. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports event data files into the store: gdelt (GDELT 2.0 event exports), gdelt1 (GDELT"
          + " 1.0), icews, phoenix, or jsonl (Faultline events). Files may be plain, .gz or .zip.",
      "Rows already stored (same dataset and row id) are counted, not stored again. Rows that"
          + " cannot be parsed are counted and reported as FILE:LINE: problem on standard error"
          + " (the first N per file). One summary line per file on standard output. Exit status 0"
          + " when no row was rejected, 1 otherwise."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin StoreOptions store;

  @Parameters(
      index = "0",
      paramLabel = "FORMAT",
      description = "gdelt, gdelt1, icews, phoenix or jsonl.")
  String format;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Files to import.")
  List<Path> files;

  @Option(
      names = "--show-rejects",
      paramLabel = "N",
      defaultValue = "20",
      description = "Rejected rows to print per file (all are counted; default ${DEFAULT-VALUE}).")
  int showRejects;

  @Override
  public Integer call() throws IOException {
    ImportFormat f = ImportFormat.of(format);
    if (showRejects < 0) {
      throw new IllegalArgumentException("--show-rejects must be >= 0: " + showRejects);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long seen = 0;
    long added = 0;
    long duplicate = 0;
    long rejected = 0;
    try (Store s = Store.open(store.db)) {
      for (Path file : files) {
        RejectLog log = new RejectLog(showRejects);
        ImportReport r = s.importFile(f, file, log);
        for (InvalidFormatException p : r.firstRejects()) {
          err.println("rejected " + p.getMessage());
        }
        if (r.rowsRejected() > r.firstRejects().size()) {
          err.printf(
              Locale.ROOT,
              "rejected %,d more rows of %s (see table import_rejects)%n",
              r.rowsRejected() - r.firstRejects().size(),
              file);
        }
        out.println(r.summary());
        out.flush();
        seen += r.rowsSeen();
        added += r.rowsAdded();
        duplicate += r.rowsDuplicate();
        rejected += r.rowsRejected();
      }
    }
    if (files.size() > 1) {
      out.printf(
          Locale.ROOT,
          "total: %,d rows in %d files, %,d added, %,d already stored, %,d rejected%n",
          seen,
          files.size(),
          added,
          duplicate,
          rejected);
    }
    return rejected == 0 ? 0 : 1;
  }
}
