package org.faultline.core.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Results of running a validation file.
 *
 * @param results one result per evaluated record, in file order
 * @param skipped records not evaluated ({@code sentence="false"} or excluded), by id
 */
public record ValidationReport(List<RecordResult> results, List<ValidationRecord> skipped) {
  /** Pass and fail counts of one category. */
  public record CategoryCount(String category, int passed, int failed) {
    public int total() {
      return passed + failed;
    }
  }

  public ValidationReport {
    results = List.copyOf(results);
    skipped = List.copyOf(skipped);
  }

  public int passed() {
    return (int) results.stream().filter(RecordResult::passed).count();
  }

  public int failed() {
    return results.size() - passed();
  }

  public List<RecordResult> failures() {
    return results.stream().filter(r -> !r.passed()).toList();
  }

  /** Pass rate among evaluated records, 0..1. */
  public double passRate() {
    return results.isEmpty() ? 0 : (double) passed() / results.size();
  }

  /** Counts per category, in order of first appearance. */
  public List<CategoryCount> byCategory() {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (RecordResult r : results) {
      int[] c = counts.computeIfAbsent(r.record().category(), k -> new int[2]);
      c[r.passed() ? 0 : 1]++;
    }
    return counts.entrySet().stream()
        .map(e -> new CategoryCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
  }

  /** The result of a record by id (the first if ids repeat), or null. */
  public RecordResult result(String id) {
    Objects.requireNonNull(id, "id");
    return results.stream().filter(r -> r.record().id().equals(id)).findFirst().orElse(null);
  }
}
