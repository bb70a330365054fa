package org.faultline.nlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.faultline.core.coder.CodedEvent;
import org.faultline.core.coder.CoderOptions;
import org.faultline.core.coder.CodingResult;
import org.faultline.core.coder.PatternCoder;
import org.faultline.core.dict.Dictionaries;
import org.faultline.core.text.AnnotatedSentence;
import org.faultline.core.text.Annotator;
import org.faultline.core.text.TextNormalizer;
import org.faultline.core.validate.ExpectedEvent;
import org.faultline.core.validate.RecordResult;
import org.faultline.core.validate.ValidationFile;
import org.faultline.core.validate.ValidationRecord;
import org.faultline.core.validate.ValidationReport;
import org.faultline.core.validate.Validator;

/**
 * Runs a validation file twice: as {@link Validator} does, on the records' given parses, and from
 * the records' text through an {@link Annotator}, coding every sentence the text splits into and
 * taking the union of their events. Option changes in the file apply to both runs alike.
 */
final class TextValidation {
  /** One evaluated record: whether it passed on its given parse and from its text. */
  record Outcome(
      ValidationRecord record,
      PatternCoder coder,
      boolean passedGiven,
      boolean passedText,
      Set<String> expected,
      Set<String> producedFromText,
      List<AnnotatedSentence> sentences,
      int skippedLong) {}

  private TextValidation() {}

  /** Evaluates every {@code sentence="true"} record of the file both ways. */
  static List<Outcome> run(ValidationFile file, Dictionaries dicts, Annotator annotator) {
    PatternCoder base = new PatternCoder(dicts, CoderOptions.defaults());
    ValidationReport given = new Validator(base, false).run(file);
    PatternCoder current = base;
    List<Outcome> out = new ArrayList<>();
    for (ValidationFile.Entry entry : file.entries()) {
      if (entry instanceof ValidationFile.OptionChange change) {
        if (!change.option().toLowerCase(Locale.ROOT).equals("stop_on_error")) {
          current = current.withOptions(current.options().with(change.option(), change.value()));
        }
        continue;
      }
      ValidationRecord record = ((ValidationFile.RecordEntry) entry).record();
      if (!record.sentence()) {
        continue;
      }
      RecordResult givenResult =
          given.results().stream().filter(r -> r.record() == record).findFirst().orElseThrow();
      Annotator.Annotation a = annotator.annotate(TextNormalizer.normalize(record.text()));
      Set<String> produced = new LinkedHashSet<>();
      for (AnnotatedSentence s : a.sentences()) {
        CodingResult r = current.code(s.text(), s.parse(), record.date());
        if (r.outcome() == CodingResult.Outcome.STORY_DISCARD) {
          produced.clear();
          break;
        }
        for (CodedEvent e : r.events()) {
          produced.add(e.triple());
        }
      }
      Set<String> expected = new LinkedHashSet<>();
      for (ExpectedEvent e : record.expected()) {
        expected.add(e.triple());
      }
      out.add(
          new Outcome(
              record,
              current,
              givenResult.passed(),
              produced.equals(expected),
              expected,
              produced,
              a.sentences(),
              a.skippedLong()));
    }
    return out;
  }
}
