package org.faultline.formats;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The lines of a UTF-8 text file that may be gzip- or zip-compressed, with the name and 1-based
 * line number of each line for error messages.
 *
 * <p>Compression is recognised by the file's first bytes, not its name: gzip (also concatenated
 * members) is read as one text, a zip archive as the concatenation of its file entries in archive
 * order, each numbered from line 1 and named {@code archive.zip!entry}. Malformed UTF-8 is read as
 * U+FFFD rather than failing the whole file. Not thread-safe.
 */
public final class LineSource implements Closeable {
  private static final int BUFFER = 1 << 20;

  private final String name;
  private final InputStream raw;
  private final ZipInputStream zip;
  private BufferedReader reader;
  private String entryName;
  private int lineNumber;

  private LineSource(String name, InputStream raw, ZipInputStream zip, BufferedReader reader) {
    this.name = name;
    this.raw = raw;
    this.zip = zip;
    this.reader = reader;
    this.entryName = name;
  }

  /**
   * Opens a file, plain, gzip or zip.
   *
   * @throws IOException if the file cannot be opened (a {@link java.nio.file.NoSuchFileException}
   *     when it does not exist)
   */
  public static LineSource open(Path file) throws IOException {
    String label = file.toString();
    InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
    try {
      in.mark(4);
      int b0 = in.read();
      int b1 = in.read();
      int b2 = in.read();
      int b3 = in.read();
      in.reset();
      if (b0 == 0x1f && b1 == 0x8b) {
        return new LineSource(label, in, null, reader(new GZIPInputStream(in, BUFFER)));
      }
      if (b0 == 'P' && b1 == 'K' && b2 == 3 && b3 == 4) {
        return new LineSource(label, in, new ZipInputStream(in, StandardCharsets.UTF_8), null);
      }
      return new LineSource(label, in, null, reader(in));
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Lines of text already open; {@code name} labels them in messages. */
  public static LineSource of(Reader text, String name) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(name, "name");
    BufferedReader r = text instanceof BufferedReader b ? b : new BufferedReader(text, BUFFER);
    return new LineSource(name, null, null, r);
  }

  private static BufferedReader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER);
  }

  /**
   * The next line without its terminator, or null at the end of the input (of the last entry of a
   * zip archive).
   */
  public String readLine() throws IOException {
    while (true) {
      if (reader == null && !nextEntry()) {
        return null;
      }
      String line = reader.readLine();
      if (line != null) {
        lineNumber++;
        return line;
      }
      if (zip == null) {
        return null;
      }
      reader = null;
    }
  }

  private boolean nextEntry() throws IOException {
    ZipEntry entry;
    while ((entry = zip.getNextEntry()) != null) {
      if (!entry.isDirectory()) {
        entryName = name + "!" + entry.getName();
        lineNumber = 0;
        reader = reader(zip);
        return true;
      }
    }
    return false;
  }

  /** The name of the file (or {@code archive!entry}) that the last line came from. */
  public String source() {
    return entryName;
  }

  /** The 1-based number of the last line read within its file or entry; 0 before the first. */
  public int lineNumber() {
    return lineNumber;
  }

  @Override
  public void close() throws IOException {
    if (zip != null) {
      zip.close();
    } else if (reader != null) {
      reader.close();
    }
    if (raw != null) {
      raw.close();
    }
  }
}
