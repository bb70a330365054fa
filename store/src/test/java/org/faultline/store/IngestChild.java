package org.faultline.store;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A child process for {@link IngestKillTest}: ingests documents 1..N into a store file in batches
 * and prints {@code committed K} after each batch, so that the test can kill it mid-way. Arguments:
 * store file, number of documents, batch size.
 */
public final class IngestChild {
  private IngestChild() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int documents = Integer.parseInt(args[1]);
    int batch = Integer.parseInt(args[2]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (Store store = Store.open(file);
        StoreIngester ingester = store.ingester(batch)) {
      long committed = 0;
      for (int n = 1; n <= documents; n++) {
        ingester.add(
            Fixtures.document(n, LocalDate.of(2024, 1, 1).plusDays(n % 30), "Wire", "USA", "CHN"));
        if (ingester.batches() > committed) {
          committed = ingester.batches();
          out.println("committed " + committed);
        }
      }
    }
    out.println("done");
  }
}
