package org.faultline.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.faultline.core.event.Document;
import org.faultline.core.event.Event;

/**
 * Collects coded documents and stores them in batches, one transaction per batch ({@link
 * Store#ingest(List)}), so that a long ingest commits regularly and a killed process loses at most
 * the batch in flight. {@link #close} stores what is left. Not thread-safe; obtain one per thread
 * from {@link Store#ingester}.
 */
public final class StoreIngester implements AutoCloseable {
  private final Store store;
  private final int batchSize;
  private final List<CodedDocument> pending = new ArrayList<>();
  private IngestReport report = IngestReport.EMPTY;
  private long batches;

  StoreIngester(Store store, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be >= 1: " + batchSize);
    }
    this.store = store;
    this.batchSize = batchSize;
  }

  /** Adds a document; stores the batch when it is full. */
  public void add(Document document, List<String> sentences, List<Event> events)
      throws IOException {
    add(new CodedDocument(document, sentences, events));
  }

  /** Adds a document; stores the batch when it is full. */
  public void add(CodedDocument document) throws IOException {
    pending.add(document);
    if (pending.size() >= batchSize) {
      flush();
    }
  }

  /** Stores the pending documents now, in one transaction. */
  public void flush() throws IOException {
    if (pending.isEmpty()) {
      return;
    }
    IngestReport r = store.ingest(List.copyOf(pending));
    pending.clear();
    report = report.plus(r);
    batches++;
  }

  /** What has been stored so far (pending documents not included). */
  public IngestReport report() {
    return report;
  }

  /** The number of batches committed so far. */
  public long batches() {
    return batches;
  }

  /** Stores the last batch. */
  @Override
  public void close() throws IOException {
    flush();
  }
}
