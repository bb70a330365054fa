package org.faultline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.faultline.store.ExportFormat;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code faultline export --format F}: writes stored events in a format. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes stored events (coded and imported) in a format: gdelt (GDELT 2.0, 61 columns),"
          + " phoenix, plover (PLOVER JSONL), csv (the flat event table), parquet (needs --out),"
          + " jsonl (Faultline events). Rows come in the order they are stored (direct GDELT"
          + " imports store rows in parallel, in no set order).",
      "Without --out the events go to standard output and the count to standard error."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin StoreOptions store;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "F",
      description = "gdelt, phoenix, plover, csv, parquet or jsonl.")
  String format;

  @Option(
      names = "--where",
      paramLabel = "SQL",
      description =
          "Only events matching this SQL condition on the events columns,"
              + " e.g. \"dataset = 'gdelt' AND date >= DATE '2015-01-01'\".")
  String where;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file.")
  Path out;

  @Override
  public Integer call() throws IOException {
    ExportFormat f = ExportFormat.of(format);
    try (Store s = Store.open(store.db)) {
      if (out == null) {
        PrintWriter w = spec.commandLine().getOut();
        long n = s.export(f, where, w);
        w.flush();
        spec.commandLine().getErr().println("exported " + n + " events");
      } else {
        long n = s.export(f, where, out);
        spec.commandLine().getOut().println("exported " + n + " events to " + out);
      }
    }
    return 0;
  }
}
