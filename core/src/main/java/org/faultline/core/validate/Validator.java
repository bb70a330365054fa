package org.faultline.core.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.core.coder.CodedEvent;
import org.faultline.core.coder.CoderOptions;
import org.faultline.core.coder.CodingResult;
import org.faultline.core.coder.PatternCoder;

/**
 * Runs the records of a validation file through a coder. {@code <Config>} elements change the coder
 * options for the records that follow them; {@code sentence="false"} records are skipped; a record
 * passes when the set of (source, target, code) it produced equals the set it expects (records
 * marked {@code noevents} or {@code error} expect none).
 */
public final class Validator {
  /** PETRARCH runner options that do not affect coding. */
  private static final Set<String> RUNNER_OPTIONS = Set.of("stop_on_error");

  private final PatternCoder coder;
  private final boolean respectInclude;

  /**
   * @param coder the coder with the validation file's dictionaries and the starting options
   * @param respectInclude evaluate only the categories the file's {@code <Include>} names
   */
  public Validator(PatternCoder coder, boolean respectInclude) {
    this.coder = coder;
    this.respectInclude = respectInclude;
  }

  /**
   * Runs every record.
   *
   * @throws IllegalArgumentException for an unknown {@code <Config>} option, naming its line
   */
  public ValidationReport run(ValidationFile file) {
    PatternCoder current = coder;
    List<RecordResult> results = new ArrayList<>();
    List<ValidationRecord> skipped = new ArrayList<>();
    for (ValidationFile.Entry entry : file.entries()) {
      if (entry instanceof ValidationFile.OptionChange change) {
        if (RUNNER_OPTIONS.contains(change.option().toLowerCase(java.util.Locale.ROOT))) {
          continue;
        }
        CoderOptions next;
        try {
          next = current.options().with(change.option(), change.value());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              file.path() + ":" + change.line() + ": " + e.getMessage(), e);
        }
        current = current.withOptions(next);
        continue;
      }
      ValidationRecord record = ((ValidationFile.RecordEntry) entry).record();
      boolean excluded =
          respectInclude
              && ((!file.include().isEmpty() && !file.include().contains(record.category()))
                  || file.exclude().contains(record.category()));
      if (!record.sentence() || excluded) {
        skipped.add(record);
        continue;
      }
      results.add(evaluate(current, record));
    }
    return new ValidationReport(results, skipped);
  }

  /**
   * Explains how {@code record} is coded with the options in force at its place in the file.
   *
   * @see PatternCoder#explain(String, String, java.time.LocalDate)
   */
  public static String explain(ValidationFile file, PatternCoder coder, ValidationRecord record) {
    PatternCoder current = coder;
    for (ValidationFile.Entry entry : file.entries()) {
      if (entry instanceof ValidationFile.OptionChange change) {
        if (!RUNNER_OPTIONS.contains(change.option().toLowerCase(java.util.Locale.ROOT))) {
          current = current.withOptions(current.options().with(change.option(), change.value()));
        }
      } else if (((ValidationFile.RecordEntry) entry).record() == record) {
        break;
      }
    }
    return current.explain(record.text(), record.parse(), record.date());
  }

  /** Codes one record and compares. */
  public static RecordResult evaluate(PatternCoder coder, ValidationRecord record) {
    CodingResult result = coder.code(record.text(), record.parse(), record.date());
    Map<String, ExpectedEvent> expected = new LinkedHashMap<>();
    for (ExpectedEvent e : record.expected()) {
      expected.put(e.triple(), e);
    }
    Map<String, CodedEvent> produced = new LinkedHashMap<>();
    for (CodedEvent e : result.events()) {
      produced.put(e.triple(), e);
    }
    List<ExpectedEvent> missing = new ArrayList<>();
    expected.forEach(
        (k, v) -> {
          if (!produced.containsKey(k)) {
            missing.add(v);
          }
        });
    List<CodedEvent> extra = new ArrayList<>();
    produced.forEach(
        (k, v) -> {
          if (!expected.containsKey(k)) {
            extra.add(v);
          }
        });
    return new RecordResult(record, result, missing.isEmpty() && extra.isEmpty(), missing, extra);
  }
}
