package org.faultline.store;

import java.util.Locale;

/** The formats {@link Store#export} writes. */
public enum ExportFormat {
  /** GDELT 2.0 event export rows (61 tab-separated columns). */
  GDELT,
  /** Phoenix rows (26 tab-separated columns). */
  PHOENIX,
  /** PLOVER JSON Lines. */
  PLOVER,
  /** The flat event table as CSV with a header. */
  CSV,
  /** The flat event table as Parquet, written by DuckDB. */
  PARQUET,
  /** Faultline event JSONL. */
  JSONL;

  /** The command-line name, lower case. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format with a command-line name, case-insensitive.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static ExportFormat of(String name) {
    for (ExportFormat f : values()) {
      if (f.label().equals(name.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "export format must be one of gdelt, phoenix, plover, csv, parquet, jsonl: " + name);
  }

  @Override
  public String toString() {
    return label();
  }
}
