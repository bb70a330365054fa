package org.faultline.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The time buckets of a series: a period is named by its first day. Weeks start on Monday. */
public enum Period {
  DAY("day", "1 DAY"),
  WEEK("week", "1 WEEK"),
  MONTH("month", "1 MONTH"),
  YEAR("year", "1 YEAR");

  private final String unit;
  private final String interval;

  Period(String unit, String interval) {
    this.unit = unit;
    this.interval = interval;
  }

  /** The DuckDB {@code date_trunc} unit. */
  String unit() {
    return unit;
  }

  /** The DuckDB interval of one period. */
  String interval() {
    return interval;
  }

  /** The first day of the period containing {@code date}. */
  public LocalDate start(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
      case YEAR -> date.withDayOfYear(1);
    };
  }

  /** The first day after the period containing {@code date}. */
  public LocalDate end(LocalDate date) {
    LocalDate s = start(date);
    return switch (this) {
      case DAY -> s.plusDays(1);
      case WEEK -> s.plusWeeks(1);
      case MONTH -> s.plusMonths(1);
      case YEAR -> s.plusYears(1);
    };
  }

  /**
   * The period with a name ({@code day}, {@code week}, {@code month}, {@code year}).
   *
   * @throws IllegalArgumentException for another name
   */
  public static Period of(String name) {
    for (Period p : values()) {
      if (p.unit.equals(name.toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException("period must be day, week, month or year: " + name);
  }
}
