package org.faultline.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.faultline.core.coder.CoderOptions;
import org.faultline.core.dict.Dictionaries;
import org.faultline.core.event.Event;
import org.faultline.core.pipeline.DocumentCoder;
import org.faultline.formats.input.InputSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code faultline code INPUT...}: news text in, events out. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = {
      "Codes news into events: reads plain-text articles, JSONL documents (id, date, title, text,"
          + " url, source), PETRARCH XML (with or without parses), directories (recursively) or"
          + " - for standard input; parses with CoreNLP; codes with the shipped dictionaries (and"
          + " --dicts DIR on top); writes one event per line in the chosen format.",
      "Bad inputs (malformed lines, empty, binary or non-English documents) are reported on one"
          + " line each on standard error; the exit status is 4 if any input failed."
    })
final class CodeCommand implements Callable<Integer> {
  /** Exit status when some inputs could not be coded. */
  static final int SOME_INPUTS_FAILED = 4;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CodingInputOptions input;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description = "Output format: jsonl (default), gdelt, phoenix or plover.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: stdout).")
  Path out;

  @Option(names = "--strict-dicts", description = "Stop at the first malformed dictionary line.")
  boolean strictDicts;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    EventOutput.Format fmt = EventOutput.Format.parse(format);
    Dictionaries d = input.dictionaries(strictDicts, err);
    DocumentCoder coder = CodingSetup.documentCoder(d, CoderOptions.news());
    long[] inputProblems = {0};
    InputSources.Options opts = input.sourceOptions();
    int n = input.threadCount();
    Writer w =
        out == null
            ? spec.commandLine().getOut()
            : new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8));
    DocumentRunner.Summary s;
    try (InputSources in =
            InputSources.open(
                input.inputs,
                opts,
                p -> {
                  inputProblems[0]++;
                  err.println("faultline: " + p);
                });
        EventOutput output = new EventOutput(fmt, w)) {
      Progress progress = new Progress(err, -1);
      s =
          DocumentRunner.run(
              in,
              coder,
              n,
              doc -> {
                for (Event e : doc.events()) {
                  output.write(doc.input().document(), e);
                }
              },
              err,
              progress,
              inputProblems);
      output.flush();
    }
    long failed = s.failed() + inputProblems[0];
    err.printf(
        Locale.ROOT,
        "faultline: coded %,d documents (%,d sentences, %,d events) in %.1f s;"
            + " %,d inputs failed; %,d discarded; %,d long sentences skipped%n",
        s.coded(),
        s.sentences(),
        s.events(),
        s.seconds(),
        failed,
        s.discarded(),
        s.skippedLong());
    return failed > 0 ? SOME_INPUTS_FAILED : 0;
  }
}
