package org.faultline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.faultline.core.dict.Dictionaries;
import org.faultline.formats.input.InputFormat;
import org.faultline.formats.input.InputSources;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and coding options that {@code code} and {@code ingest} share (a picocli mixin). */
final class CodingInputOptions {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories or -.")
  List<String> inputs;

  @Option(names = "--threads", defaultValue = "0", description = "Threads (0: all cores).")
  int threads;

  @Option(names = "--dicts", paramLabel = "DIR", description = "User dictionaries on top.")
  Path dicts;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Date of documents that carry none (else a leading dateline is used).")
  LocalDate date;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description = "text, jsonl or xml for every input (default: by file extension).")
  String inputFormat;

  /** The threads to code on: {@code --threads}, or every core. */
  int threadCount() {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }

  /** How the inputs are read. */
  InputSources.Options sourceOptions() {
    return new InputSources.Options(
        inputFormat == null ? null : InputFormat.parse(inputFormat), date, System.in);
  }

  /** The shipped dictionaries with {@code --dicts} on top. */
  Dictionaries dictionaries(boolean strict, PrintWriter err) throws java.io.IOException {
    return CodingSetup.dictionaries(dicts, strict, err);
  }
}
