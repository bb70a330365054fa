package org.faultline.core.dict;

import java.util.List;
import java.util.Objects;

/**
 * What a dictionary reader did with one file: how many entries it loaded and which lines it
 * rejected or warned about. Nothing a reader skips goes unreported.
 *
 * @param source the file name
 * @param kind what was read ("verbs", "actors", "agents", "discards", "issues")
 * @param lines number of meaningful (non-comment, non-blank) lines read
 * @param entries number of entries loaded (patterns, phrases, codes: see each reader)
 * @param rejected lines that could not be used, with the reason
 * @param warnings lines that were used but look wrong (redefinitions, non-standard codes)
 * @param sha256 hex SHA-256 of the file's bytes, for provenance
 */
public record LoadReport(
    String source,
    String kind,
    int lines,
    int entries,
    List<Problem> rejected,
    List<Problem> warnings,
    String sha256) {

  public LoadReport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    rejected = List.copyOf(rejected);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(sha256, "sha256");
  }

  /** A problem at one line of a dictionary file. */
  public record Problem(String source, int line, String message) {
    public Problem {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(message, "message");
    }

    /** {@code source:line: message}, the form users see. */
    @Override
    public String toString() {
      return source + ":" + line + ": " + message;
    }
  }

  /** One line summary, e.g. {@code verbs PETR.Validate.verbs.txt: 905 entries, 0 rejected}. */
  public String summary() {
    return kind
        + " "
        + source
        + ": "
        + entries
        + " entries from "
        + lines
        + " lines, "
        + rejected.size()
        + " rejected, "
        + warnings.size()
        + " warnings";
  }
}
