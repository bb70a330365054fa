package org.faultline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.faultline.core.coder.CoderOptions;
import org.faultline.core.coder.PatternCoder;
import org.faultline.core.dict.Dictionaries;
import org.faultline.core.text.AnnotatedSentence;
import org.faultline.core.text.Annotator;
import org.faultline.core.text.TextNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code faultline explain TEXT}: how a text is coded, sentence by sentence. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Parses and codes a text with the shipped dictionaries and prints, for each sentence, the"
          + " noun phrases with their actor codes, each verb tried with the pattern that matched,"
          + " and the events. For dictionary authors and for tracing an event to its words."
    })
final class ExplainCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The text (words are joined).")
  String[] words;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date for dated codes.")
  LocalDate date;

  @Option(names = "--dicts", paramLabel = "DIR", description = "User dictionaries on top.")
  Path dicts;

  @Option(names = "--petrarch", description = "Use PETRARCH's options instead of news options.")
  boolean petrarch;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Dictionaries d = CodingSetup.dictionaries(dicts, false, spec.commandLine().getErr());
    PatternCoder coder =
        new PatternCoder(d, petrarch ? CoderOptions.defaults() : CoderOptions.news());
    Annotator annotator = CodingSetup.annotator(d);
    String text = TextNormalizer.normalize(String.join(" ", words));
    LocalDate on = date != null ? date : LocalDate.now(java.time.ZoneOffset.UTC);
    for (AnnotatedSentence s : annotator.annotate(text).sentences()) {
      out.println("== sentence " + s.index() + ": " + s.text());
      out.println("tree: " + s.parse());
      out.print(coder.explain(s.text(), s.parse().toString(), on));
    }
    return 0;
  }
}
