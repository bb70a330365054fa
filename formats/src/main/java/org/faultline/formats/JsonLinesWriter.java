package org.faultline.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * The common part of the JSON Lines writers: one Jackson generator over the writer, one compact
 * object per line ({@link #endLine} after each), non-ASCII text as UTF-8 characters. Subclasses
 * write the objects. Not thread-safe.
 */
public abstract class JsonLinesWriter implements DatasetWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final Writer out;

  /** The generator to write each line's object with. */
  protected final JsonGenerator json;

  /**
   * @param out where lines go (a UTF-8 writer); closed by {@link #close}
   */
  protected JsonLinesWriter(Writer out) throws IOException {
    this.out = Objects.requireNonNull(out, "out");
    this.json = FACTORY.createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setPrettyPrinter(new MinimalPrettyPrinter(""));
  }

  /** Ends the line of the object just written. */
  protected final void endLine() throws IOException {
    json.writeRaw('\n');
  }

  @Override
  public void flush() throws IOException {
    json.flush();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    json.close();
    out.close();
  }
}
