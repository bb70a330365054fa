package org.faultline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.faultline.core.coder.CodedEvent;
import org.faultline.core.coder.CoderOptions;
import org.faultline.core.coder.CodingResult;
import org.faultline.core.coder.PatternCoder;
import org.faultline.core.dict.Dictionaries;
import org.faultline.core.dict.LoadMode;
import org.faultline.core.dict.LoadReport;
import org.faultline.core.validate.ExpectedEvent;
import org.faultline.core.validate.RecordResult;
import org.faultline.core.validate.ValidationFile;
import org.faultline.core.validate.ValidationFileReader;
import org.faultline.core.validate.ValidationRecord;
import org.faultline.core.validate.ValidationReport;
import org.faultline.core.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code faultline validate RECORDS.xml}: runs a PETRARCH validation file. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Codes the records of a PETRARCH validation file and compares with their expected events.",
      "Dictionaries come from the file's <Environment>, resolved against its directory, unless"
          + " overridden. Prints each failing record, a table by category and a closing line"
          + " 'N passed, M failed'. Exit status 0 when every record passes, 1 otherwise."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RECORDS.xml", description = "The validation file.")
  Path records;

  @Option(names = "--verbs", paramLabel = "FILE", description = "Verb dictionary to use instead.")
  Path verbs;

  @Option(
      names = "--actors",
      paramLabel = "FILE",
      split = ",",
      description = "Actor dictionaries to use instead (comma-separated).")
  List<Path> actors;

  @Option(names = "--agents", paramLabel = "FILE", description = "Agent dictionary to use instead.")
  Path agents;

  @Option(names = "--discards", paramLabel = "FILE", description = "Discard list to use instead.")
  Path discards;

  @Option(
      names = "--respect-include",
      description = "Evaluate only the categories the file's <Include> lists.")
  boolean respectInclude;

  @Option(names = "--strict", description = "Stop at the first malformed dictionary line.")
  boolean strict;

  @Option(
      names = "--explain",
      paramLabel = "ID",
      split = ",",
      description = "Print how these records were coded (parse, verbs, patterns).")
  List<String> explain;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only the table and the closing line.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ValidationFile file = ValidationFileReader.read(records);
    Dictionaries.Loader loader = Dictionaries.loader(strict ? LoadMode.STRICT : LoadMode.LENIENT);
    Path v = verbs != null ? verbs : file.verbs();
    if (v == null) {
      throw new IllegalArgumentException(
          records + ": <Environment> must name a <Verbfile> (or pass --verbs)");
    }
    loader.verbs(v);
    for (Path a : actors != null ? actors : file.actors()) {
      loader.actors(a);
    }
    Path ag = agents != null ? agents : file.agents();
    if (ag != null) {
      loader.agents(ag);
    }
    Path d = discards != null ? discards : file.discards();
    if (d != null) {
      loader.discards(d);
    }
    if (file.issues() != null) {
      loader.issues(file.issues());
    }
    Dictionaries dicts = loader.build();
    for (LoadReport r : dicts.reports()) {
      err.println(r.summary());
      r.rejected().forEach(p -> err.println("  rejected " + p));
    }
    PatternCoder coder = new PatternCoder(dicts, CoderOptions.defaults());
    ValidationReport report = new Validator(coder, respectInclude).run(file);
    if (explain != null) {
      for (String id : explain) {
        RecordResult r = report.result(id);
        if (r == null) {
          err.println("faultline: no evaluated record with id " + id);
          continue;
        }
        out.println("== " + id);
        out.print(Validator.explain(file, coder, r.record()));
      }
    }
    if (!quiet) {
      for (RecordResult r : report.failures()) {
        printFailure(out, r);
      }
    }
    out.println();
    out.printf(Locale.ROOT, "%-12s %7s %7s %7s%n", "category", "records", "passed", "failed");
    for (ValidationReport.CategoryCount c : report.byCategory()) {
      out.printf(
          Locale.ROOT, "%-12s %7d %7d %7d%n", c.category(), c.total(), c.passed(), c.failed());
    }
    out.printf(
        Locale.ROOT,
        "%-12s %7d %7d %7d%n",
        "all",
        report.results().size(),
        report.passed(),
        report.failed());
    if (!report.skipped().isEmpty()) {
      out.println(
          report.skipped().size()
              + " records skipped (sentence=\"false\""
              + (respectInclude ? " or not included" : "")
              + "): "
              + report.skipped().stream()
                  .map(ValidationRecord::id)
                  .collect(Collectors.joining(" ")));
    }
    out.println(report.passed() + " passed, " + report.failed() + " failed");
    return report.failed() == 0 ? 0 : 1;
  }

  private static void printFailure(PrintWriter out, RecordResult r) {
    ValidationRecord rec = r.record();
    out.println("FAIL " + rec.id() + " [" + rec.category() + "] line " + rec.line());
    out.println("  text:     " + rec.text());
    String expected =
        rec.expectedError() != null
            ? "no events (" + rec.expectedError() + ")"
            : rec.expected().isEmpty()
                ? "no events"
                : rec.expected().stream()
                    .map(ExpectedEvent::toString)
                    .collect(Collectors.joining(" | "));
    out.println("  expected: " + expected);
    CodingResult res = r.result();
    String produced =
        res.events().isEmpty()
            ? "no events"
            : res.events().stream().map(CodedEvent::toString).collect(Collectors.joining(" | "));
    if (res.outcome() != CodingResult.Outcome.CODED) {
      produced += " (" + res.outcome().label() + ": " + res.detail() + ")";
    }
    out.println("  produced: " + produced);
  }
}
