package org.faultline.formats;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Consumer;
import org.faultline.core.io.InvalidFormatException;

/**
 * Base of the readers of line-oriented formats: skips blank lines, lets the subclass recognise a
 * header on the first line of each file or archive entry, and turns every {@link RowProblem} or
 * {@link IllegalArgumentException} of a row into a reported {@link InvalidFormatException} with
 * file and line, as the {@link DatasetReader} contract demands.
 */
public abstract class LineReader implements DatasetReader {
  private final LineSource lines;
  private final Consumer<InvalidFormatException> rejects;
  private long rows;

  /**
   * @param lines the input; closed by {@link #close}
   * @param rejects where rejected rows are reported
   */
  protected LineReader(LineSource lines, Consumer<InvalidFormatException> rejects) {
    this.lines = Objects.requireNonNull(lines, "lines");
    this.rejects = Objects.requireNonNull(rejects, "rejects");
  }

  @Override
  public final DatasetEvent read() throws IOException {
    String line;
    while ((line = lines.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      if (lines.lineNumber() == 1 && header(line, lines.source())) {
        continue;
      }
      rows++;
      try {
        return parse(line);
      } catch (RowProblem | IllegalArgumentException e) {
        rejects.accept(
            new InvalidFormatException(lines.source(), lines.lineNumber(), e.getMessage()));
      }
    }
    return null;
  }

  /**
   * Looks at the first line of a file or archive entry.
   *
   * @return true if it is a header to skip, false if it is a data row
   * @throws InvalidFormatException if the format requires a header and this is not it
   */
  protected boolean header(String line, String source) throws InvalidFormatException {
    return false;
  }

  /**
   * Parses one non-blank data line.
   *
   * @throws RowProblem or IllegalArgumentException if the row is malformed
   */
  protected abstract DatasetEvent parse(String line);

  @Override
  public final long rowsSeen() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
