package org.faultline.store;

import java.time.LocalDate;
import org.faultline.formats.DatasetEvent;

/**
 * The filters every query takes.
 *
 * @param dataset only events of this dataset ({@code faultline}, {@code gdelt}, ...), or null for
 *     all
 * @param from only events on or after this date, or null
 * @param to only events on or before this date, or null
 * @param oneADay count events with the same dataset, date, source, target and code once
 * @param minSources only events reported by at least this many sources (1: no filter). For imported
 *     rows the dataset's NumSources counts (a missing count counts as 1); for coded events, the
 *     number of distinct publishers (documents without one count by document) that reported an
 *     event with the same date, source, target and code.
 * @param where an extra SQL condition on the events columns, or null
 */
public record QueryFilter(
    String dataset, LocalDate from, LocalDate to, boolean oneADay, int minSources, String where) {

  /** Validates the filters. */
  public QueryFilter {
    if (dataset != null && !DatasetEvent.isDatasetName(dataset)) {
      throw new IllegalArgumentException(
          "dataset must be lower-case letters, digits or underscores: " + dataset);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from: " + from + " > " + to);
    }
    if (minSources < 1) {
      throw new IllegalArgumentException("min sources must be >= 1: " + minSources);
    }
  }

  /** No filter: every event. */
  public static QueryFilter all() {
    return new QueryFilter(null, null, null, false, 1, null);
  }

  public QueryFilter withDataset(String value) {
    return new QueryFilter(value, from, to, oneADay, minSources, where);
  }

  public QueryFilter withDates(LocalDate fromDate, LocalDate toDate) {
    return new QueryFilter(dataset, fromDate, toDate, oneADay, minSources, where);
  }

  public QueryFilter withOneADay(boolean value) {
    return new QueryFilter(dataset, from, to, value, minSources, where);
  }

  public QueryFilter withMinSources(int value) {
    return new QueryFilter(dataset, from, to, oneADay, value, where);
  }

  public QueryFilter withWhere(String value) {
    return new QueryFilter(dataset, from, to, oneADay, minSources, value);
  }
}
