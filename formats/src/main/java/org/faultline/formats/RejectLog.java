package org.faultline.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.faultline.core.io.InvalidFormatException;

/**
 * Where readers report the rows they reject: counts every one and keeps the first few, each with
 * its file, line and problem, for the user to see.
 *
 * <p>Thread-safe: a reader may report from a parsing thread while another thread reads the count.
 */
public final class RejectLog implements Consumer<InvalidFormatException> {
  private final int keep;
  private final List<InvalidFormatException> first = new ArrayList<>();
  private long count;

  /**
   * @param keep how many rejected rows to keep for display (all are counted)
   * @throws IllegalArgumentException if {@code keep} is negative
   */
  public RejectLog(int keep) {
    if (keep < 0) {
      throw new IllegalArgumentException("rejects to keep must be >= 0: " + keep);
    }
    this.keep = keep;
  }

  /** Records one rejected row. */
  @Override
  public synchronized void accept(InvalidFormatException problem) {
    count++;
    if (first.size() < keep) {
      first.add(problem);
    }
  }

  /** The number of rejected rows so far. */
  public synchronized long count() {
    return count;
  }

  /** The first rejected rows, at most the number given at construction, in the order reported. */
  public synchronized List<InvalidFormatException> first() {
    return List.copyOf(first);
  }
}
