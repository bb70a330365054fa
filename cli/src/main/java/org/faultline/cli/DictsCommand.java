package org.faultline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.faultline.core.dict.Dictionaries;
import org.faultline.core.dict.Lexicon;
import org.faultline.core.dict.LoadMode;
import org.faultline.core.dict.LoadReport;
import org.faultline.core.dict.ShippedDictionaries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code faultline dicts ...}: inspect dictionaries. */
@Command(
    name = "dicts",
    mixinStandardHelpOptions = true,
    description = "Inspect and check dictionaries.",
    subcommands = {DictsCommand.Check.class, DictsCommand.Lint.class})
final class DictsCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code faultline dicts check}: load files and report what was loaded and rejected. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Loads dictionary files and prints, per file, the entries loaded and every rejected line"
            + " and warning as file:line: message. Without files, checks the shipped dictionaries"
            + " (and --dicts DIR on top). Exit status 1 if any line was rejected."
      })
  static final class Check implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
        arity = "0..*",
        paramLabel = "KIND=FILE",
        description = "Files to check, each as verbs=F, actors=F, agents=F, discards=F, issues=F.")
    List<String> files;

    @Option(names = "--dicts", paramLabel = "DIR", description = "User dictionary directory.")
    Path dicts;

    @Option(names = "--warnings", description = "Also print warnings.")
    boolean warnings;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      Dictionaries d;
      if (files == null || files.isEmpty()) {
        d = ShippedDictionaries.load(LoadMode.LENIENT, dicts);
      } else {
        Dictionaries.Loader loader = Dictionaries.loader(LoadMode.LENIENT);
        for (String spec : files) {
          int eq = spec.indexOf('=');
          if (eq <= 0) {
            throw new IllegalArgumentException("file must be given as KIND=FILE: " + spec);
          }
          Path p = Path.of(spec.substring(eq + 1));
          try (var r = java.nio.file.Files.newBufferedReader(p)) {
            loader.read(spec.substring(0, eq), r, p.toString());
          }
        }
        d = loader.build();
      }
      int rejected = 0;
      for (LoadReport r : d.reports()) {
        out.println(r.summary());
        for (LoadReport.Problem p : r.rejected()) {
          out.println("  rejected " + p);
          rejected++;
        }
        if (warnings) {
          r.warnings().forEach(p -> out.println("  warning " + p));
        }
      }
      out.printf(
          Locale.ROOT,
          "verbs: %d forms, %d blocks, %d patterns, %d synsets; actors: %d (%d phrases);"
              + " agents: %d phrases; discards: %d; issues: %d; lexicon: %d words in %d lists,"
              + " %d codes-by-actor rules%n",
          d.verbs().formCount(),
          d.verbs().blocks().size(),
          d.verbs().patternCount(),
          d.verbs().synsets().size(),
          d.actors().actorCount(),
          d.actors().phraseCount(),
          d.agents().phraseCount(),
          d.discards().entries().size(),
          d.issues().entries().size(),
          Arrays.stream(Lexicon.WordList.values()).mapToInt(l -> d.lexicon().words(l).size()).sum(),
          Lexicon.WordList.values().length,
          d.lexicon().refinements().size());
      return rejected == 0 ? 0 : 1;
    }
  }

  /** {@code faultline dicts lint}: find mistakes in dictionaries. */
  @Command(
      name = "lint",
      mixinStandardHelpOptions = true,
      description = {
        "Checks the shipped dictionaries (with --dicts DIR on top) for duplicate entries, codes"
            + " that are not CAMEO codes, overlapping date restrictions, unused synsets and"
            + " patterns that can never match. Prints one finding per line as file:line: kind:"
            + " message; exit status 1 if there are findings."
      })
  static final class Lint implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--dicts", paramLabel = "DIR", description = "User dictionary directory.")
    Path dicts;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      Dictionaries d = ShippedDictionaries.load(LoadMode.LENIENT, dicts);
      List<org.faultline.core.dict.DictionaryLint.Finding> findings =
          new org.faultline.core.dict.DictionaryLint(
                  org.faultline.core.cameo.CameoOntology.standard())
              .check(d);
      for (LoadReport r : d.reports()) {
        for (LoadReport.Problem p : r.rejected()) {
          out.println(p + " (rejected line)");
        }
      }
      findings.forEach(out::println);
      long rejected = d.rejected().size();
      out.println(findings.size() + rejected + " findings");
      return findings.isEmpty() && rejected == 0 ? 0 : 1;
    }
  }
}
