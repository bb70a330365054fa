package org.faultline.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.faultline.core.coder.CoderOptions;
import org.faultline.core.dict.Dictionaries;
import org.faultline.core.pipeline.CodedDocument;
import org.faultline.core.pipeline.DocumentCoder;
import org.faultline.core.pipeline.DocumentStream;
import org.faultline.core.pipeline.InputDocument;
import org.faultline.formats.input.InputSources;
import org.faultline.store.IngestReport;
import org.faultline.store.Store;
import org.faultline.store.StoreIngester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code faultline ingest INPUT...}: code news and store documents, sentences and events. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Codes the inputs like 'code' and stores each document with its sentences and events in the"
          + " store (default ./faultline.duckdb), one transaction per batch of documents.",
      "Idempotent: a document already stored (same id or same content) is skipped before it is"
          + " coded and reported; a run killed at any point leaves no half-stored document, and"
          + " rerunning the same command finishes the job. Exit status 4 if some inputs failed."
    })
final class IngestCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin StoreOptions store;

  @Mixin CodingInputOptions input;

  @Option(
      names = "--batch",
      defaultValue = "50",
      description = "Documents per transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Dictionaries d = input.dictionaries(false, err);
    DocumentCoder coder = CodingSetup.documentCoder(d, CoderOptions.news());
    long[] inputProblems = {0};
    long[] alreadyStored = {0};
    InputSources.Options opts = input.sourceOptions();
    int n = input.threadCount();
    DocumentRunner.Summary s;
    IngestReport report;
    try (Store db = Store.open(store.db);
        InputSources in =
            InputSources.open(
                input.inputs,
                opts,
                p -> {
                  inputProblems[0]++;
                  err.println("faultline: " + p);
                });
        StoreIngester ingester = db.ingester(batch)) {
      DocumentStream fresh =
          new DocumentStream() {
            @Override
            public InputDocument read() throws java.io.IOException {
              InputDocument doc;
              while ((doc = in.read()) != null) {
                if (!db.hasDocument(doc.document().id(), doc.document().contentHash())) {
                  return doc;
                }
                alreadyStored[0]++;
              }
              return null;
            }

            @Override
            public void close() {}
          };
      s =
          DocumentRunner.run(
              fresh,
              coder,
              n,
              doc -> {
                if (doc.status() == CodedDocument.Status.CODED) {
                  ingester.add(doc.input().document(), sentences(doc), doc.events());
                }
              },
              err,
              new Progress(err, -1),
              inputProblems);
      ingester.flush();
      report = ingester.report();
    }
    for (IngestReport.Skipped k : report.skipped()) {
      err.println(
          "faultline: "
              + k.documentId()
              + ": already stored as "
              + k.storedAs()
              + " ("
              + k.reason()
              + "); skipped");
    }
    long failed = s.failed() + inputProblems[0];
    err.printf(
        Locale.ROOT,
        "faultline: stored %,d documents (%,d sentences, %,d events) in %.1f s into %s;"
            + " %,d already stored; %,d inputs failed; %,d discarded%n",
        report.stored().size(),
        s.sentences(),
        report.eventsStored(),
        s.seconds(),
        store.db,
        alreadyStored[0] + report.skipped().size(),
        failed,
        s.discarded());
    return failed > 0 ? CodeCommand.SOME_INPUTS_FAILED : 0;
  }

  /** Sentence texts by index; indexes of skipped (too long) sentences hold "". */
  private static List<String> sentences(CodedDocument doc) {
    int size = 0;
    for (CodedDocument.Sentence s : doc.sentences()) {
      size = Math.max(size, s.index() + 1);
    }
    List<String> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add("");
    }
    for (CodedDocument.Sentence s : doc.sentences()) {
      out.set(s.index(), s.text());
    }
    return out;
  }
}
