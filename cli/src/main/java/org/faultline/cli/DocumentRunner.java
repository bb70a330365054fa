package org.faultline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.faultline.core.coder.CodingResult;
import org.faultline.core.pipeline.CodedDocument;
import org.faultline.core.pipeline.DocumentCoder;
import org.faultline.core.pipeline.DocumentStream;
import org.faultline.core.pipeline.InputDocument;

/**
 * Codes the documents of a stream on several threads and hands them to a sink in input order,
 * reporting each document that could not be coded (empty, binary, not English) on one line.
 */
final class DocumentRunner {
  /** Receives coded documents in input order, on one thread. */
  interface Sink {
    void accept(CodedDocument document) throws IOException;
  }

  /** Totals of a run. */
  record Summary(
      long documents,
      long coded,
      long failed,
      long sentences,
      long events,
      long skippedLong,
      long discarded,
      double seconds) {}

  private DocumentRunner() {}

  static Summary run(
      DocumentStream in,
      DocumentCoder coder,
      int threads,
      Sink sink,
      PrintWriter err,
      Progress progress,
      long[] inputProblems)
      throws IOException, InterruptedException {
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "coder-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    long start = System.nanoTime();
    long[] c = new long[7];
    Deque<Future<CodedDocument>> window = new ArrayDeque<>();
    int max = threads * 4 + 4;
    try {
      InputDocument doc;
      while ((doc = in.read()) != null) {
        InputDocument d = doc;
        window.add(pool.submit(() -> coder.code(d)));
        while (window.size() >= max || (!window.isEmpty() && window.peek().isDone())) {
          drain(window.poll(), sink, err, c);
          progress.update(c[0], c[3], c[4], c[2] + inputProblems[0]);
        }
      }
      while (!window.isEmpty()) {
        drain(window.poll(), sink, err, c);
        progress.update(c[0], c[3], c[4], c[2] + inputProblems[0]);
      }
    } finally {
      pool.shutdownNow();
      progress.finish();
    }
    return new Summary(c[0], c[1], c[2], c[3], c[4], c[5], c[6], (System.nanoTime() - start) / 1e9);
  }

  private static void drain(Future<CodedDocument> f, Sink sink, PrintWriter err, long[] c)
      throws IOException, InterruptedException {
    CodedDocument d;
    try {
      d = f.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    }
    c[0]++;
    switch (d.status()) {
      case CODED:
        c[1]++;
        for (CodedDocument.Sentence s : d.sentences()) {
          if (s.result().outcome() == CodingResult.Outcome.CODER_ERROR) {
            err.println(
                "faultline: "
                    + d.input().origin()
                    + ": sentence "
                    + (s.index() + 1)
                    + ": coder error ("
                    + s.result().detail()
                    + "); sentence skipped");
          }
        }
        c[3] += d.sentences().size();
        c[4] += d.events().size();
        c[5] += d.skippedLong();
        break;
      case DISCARDED:
        c[6]++;
        break;
      default:
        c[2]++;
        err.println("faultline: " + d.input().origin() + ": " + reason(d));
        break;
    }
    sink.accept(d);
  }

  private static String reason(CodedDocument d) {
    switch (d.status()) {
      case EMPTY:
        return "document is empty; skipped";
      case BINARY:
        return "document is not text (" + d.detail() + "); skipped";
      case NOT_ENGLISH:
        return "document is not English (" + d.detail() + "); skipped";
      default:
        return d.detail();
    }
  }
}
