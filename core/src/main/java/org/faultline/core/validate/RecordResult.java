package org.faultline.core.validate;

import java.util.List;
import java.util.Objects;
import org.faultline.core.coder.CodedEvent;
import org.faultline.core.coder.CodingResult;

/**
 * The outcome of one evaluated record.
 *
 * @param record the record
 * @param result what the coder produced
 * @param passed true if the set of (source, target, code) produced equals the set expected
 * @param missing expected events that were not produced
 * @param extra produced events that were not expected
 */
public record RecordResult(
    ValidationRecord record,
    CodingResult result,
    boolean passed,
    List<ExpectedEvent> missing,
    List<CodedEvent> extra) {
  public RecordResult {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(result, "result");
    missing = List.copyOf(missing);
    extra = List.copyOf(extra);
  }
}
