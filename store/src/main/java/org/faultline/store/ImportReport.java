package org.faultline.store;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.faultline.core.io.InvalidFormatException;

/**
 * What importing one file did. Every row is accounted for: {@code rowsSeen = rowsAdded +
 * rowsDuplicate + rowsRejected}.
 *
 * @param importId the id of the import in the {@code imports} table
 * @param file the file as given
 * @param dataset the dataset name the rows got
 * @param rowsSeen data rows read (headers and blank lines excluded)
 * @param rowsAdded rows stored
 * @param rowsDuplicate good rows not stored because the store (or an earlier row of the file)
 *     already had their dataset and row id
 * @param rowsRejected rows that could not be parsed
 * @param firstRejects the first rejected rows, with file, line and problem
 * @param elapsed wall-clock time of the import
 * @param method how the rows went in: {@code direct} (DuckDB read a clean GDELT file itself) or
 *     {@code chunked} (rows parsed in Java and loaded in chunks); the rows stored are the same
 */
public record ImportReport(
    long importId,
    String file,
    String dataset,
    long rowsSeen,
    long rowsAdded,
    long rowsDuplicate,
    long rowsRejected,
    List<InvalidFormatException> firstRejects,
    Duration elapsed,
    String method) {

  /** Copies the list. */
  public ImportReport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(dataset, "dataset");
    firstRejects = List.copyOf(firstRejects);
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(method, "method");
  }

  /** Rows read per second, rejected ones included. */
  public double rowsPerSecond() {
    double s = elapsed.toNanos() / 1e9;
    return s > 0 ? rowsSeen / s : 0;
  }

  /**
   * One line: {@code FILE: 1,000 rows, 998 added, 0 already stored, 2 rejected (gdelt, direct, 1.2
   * s, 830,000 rows/s)}.
   */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "%s: %,d rows, %,d added, %,d already stored, %,d rejected (%s, %s, %.1f s, %,.0f rows/s)",
        file,
        rowsSeen,
        rowsAdded,
        rowsDuplicate,
        rowsRejected,
        dataset,
        method,
        elapsed.toNanos() / 1e9,
        rowsPerSecond());
  }
}
