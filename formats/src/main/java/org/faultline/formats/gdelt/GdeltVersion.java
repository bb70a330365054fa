package org.faultline.formats.gdelt;

/**
 * The two GDELT event file layouts. Both start with the same 35 columns (ids, dates, two actors,
 * event codes, counts, tone); they differ in the geography blocks (2.0 adds an ADM2 code to each)
 * and in DATEADDED (1.0: {@code YYYYMMDD}; 2.0: {@code YYYYMMDDHHMMSS}).
 */
public enum GdeltVersion {
  /** GDELT 1.0 daily and historical files: 57 columns, 58 from April 2013 with SOURCEURL. */
  V1("gdelt1", 57, 58, 56),
  /** GDELT 2.0 15-minute event exports: 61 columns. */
  V2("gdelt", 61, 61, 59);

  private final String dataset;
  private final int minColumns;
  private final int maxColumns;
  private final int dateAddedColumn;

  GdeltVersion(String dataset, int minColumns, int maxColumns, int dateAddedColumn) {
    this.dataset = dataset;
    this.minColumns = minColumns;
    this.maxColumns = maxColumns;
    this.dateAddedColumn = dateAddedColumn;
  }

  /** The dataset name rows of this layout get: {@code gdelt1} or {@code gdelt}. */
  public String dataset() {
    return dataset;
  }

  /** The fewest columns a row may have. */
  public int minColumns() {
    return minColumns;
  }

  /** The most columns a row may have. */
  public int maxColumns() {
    return maxColumns;
  }

  /** 0-based index of DATEADDED; SOURCEURL, when present, follows it. */
  public int dateAddedColumn() {
    return dateAddedColumn;
  }
}
