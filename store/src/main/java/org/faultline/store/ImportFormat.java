package org.faultline.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.faultline.formats.DatasetReader;
import org.faultline.formats.LineSource;
import org.faultline.formats.RejectLog;
import org.faultline.formats.gdelt.GdeltReader;
import org.faultline.formats.gdelt.GdeltVersion;
import org.faultline.formats.icews.IcewsReader;
import org.faultline.formats.jsonl.EventJsonlReader;
import org.faultline.formats.phoenix.PhoenixReader;

/** The file formats the store imports, each with the dataset name its rows get. */
public enum ImportFormat {
  /** GDELT 2.0 event exports, dataset {@code gdelt}. */
  GDELT("gdelt", "gdelt"),
  /** GDELT 1.0 event files, dataset {@code gdelt1}. */
  GDELT1("gdelt1", "gdelt1"),
  /** ICEWS coded event files, dataset {@code icews}. */
  ICEWS("icews", "icews"),
  /** Phoenix event files, dataset {@code phoenix}. */
  PHOENIX("phoenix", "phoenix"),
  /** Faultline event JSONL (re-import of coded events), dataset {@code faultline}. */
  JSONL("jsonl", "faultline");

  private final String label;
  private final String dataset;

  ImportFormat(String label, String dataset) {
    this.label = label;
    this.dataset = dataset;
  }

  /** The name used on the command line, e.g. {@code gdelt1}. */
  public String label() {
    return label;
  }

  /** The dataset name the rows get. */
  public String dataset() {
    return dataset;
  }

  /**
   * The format with a command-line name, case-insensitive.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static ImportFormat of(String name) {
    for (ImportFormat f : values()) {
      if (f.label.equals(name.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "import format must be one of gdelt, gdelt1, icews, phoenix, jsonl: " + name);
  }

  /** Opens a reader of this format on a (possibly compressed) file. */
  public DatasetReader open(Path file, RejectLog rejects) throws IOException {
    LineSource lines = LineSource.open(file);
    return switch (this) {
      case GDELT -> new GdeltReader(GdeltVersion.V2, lines, rejects);
      case GDELT1 -> new GdeltReader(GdeltVersion.V1, lines, rejects);
      case ICEWS -> new IcewsReader(lines, rejects);
      case PHOENIX -> new PhoenixReader(lines, rejects);
      case JSONL -> new EventJsonlReader(lines, rejects);
    };
  }

  @Override
  public String toString() {
    return label;
  }
}
