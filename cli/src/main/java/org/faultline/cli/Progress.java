package org.faultline.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress display on standard error for runs over many documents: documents/s,
 * sentences/s, events and, when the total is known, an ETA. Silent when standard error is not a
 * terminal. Call from one thread.
 */
final class Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private final int totalDocuments;
  private long lastDraw;
  private boolean drawn;

  /**
   * @param totalDocuments the number of documents if known, else -1
   */
  Progress(PrintWriter err, int totalDocuments) {
    this.err = err;
    this.enabled = System.console() != null && !"1".equals(System.getenv("FAULTLINE_QUIET"));
    this.totalDocuments = totalDocuments;
  }

  void update(long documents, long sentences, long events, long failed) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < 200_000_000L) {
      return;
    }
    lastDraw = now;
    double seconds = Math.max(1e-3, (now - start) / 1e9);
    StringBuilder line = new StringBuilder();
    line.append(String.format(Locale.ROOT, "\r%,d docs", documents));
    if (totalDocuments > 0) {
      line.append(String.format(Locale.ROOT, "/%,d", totalDocuments));
    }
    line.append(
        String.format(
            Locale.ROOT,
            "  %.1f docs/s  %.1f sentences/s  %,d events",
            documents / seconds,
            sentences / seconds,
            events));
    if (failed > 0) {
      line.append(String.format(Locale.ROOT, "  %,d failed", failed));
    }
    if (totalDocuments > 0 && documents > 0) {
      long eta = (long) ((totalDocuments - documents) * seconds / documents);
      line.append(String.format(Locale.ROOT, "  ETA %d:%02d", eta / 60, eta % 60));
    }
    line.append("   ");
    err.print(line);
    err.flush();
    drawn = true;
  }

  void finish() {
    if (enabled && drawn) {
      err.print("\r" + " ".repeat(100) + "\r");
      err.flush();
    }
  }
}
