package org.faultline.cli;

import java.nio.file.Path;
import org.faultline.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option of the store commands (a picocli mixin). */
final class StoreOptions {
  @Option(
      names = "--db",
      paramLabel = "FILE",
      description = "The store file (default: ./faultline.duckdb; created if missing).")
  Path db = Store.DEFAULT_FILE;
}
