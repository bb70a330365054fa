package org.faultline.core.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.faultline.core.io.InvalidFormatException;

/**
 * Splits a TABARI/PETRARCH dictionary file into meaningful lines.
 *
 * <p>Removed as comments: XML comments {@code <!-- ... -->} (also across lines), lines starting
 * with {@code <!} or {@code #}, and the rest of a line from a {@code #} or {@code ;} that follows
 * whitespace or a closing bracket (so codes such as {@code [###]} survive). Blank lines are
 * dropped. Line numbers always refer to the physical file.
 */
final class DictionaryText {
  private DictionaryText() {}

  /**
   * Reads a UTF-8 file, named in messages by its file name; malformed UTF-8 is an {@link
   * InvalidFormatException} at the line holding the bad bytes.
   */
  static List<SourceLine> read(Path file) throws IOException {
    return load(file).lines();
  }

  /** A file's meaningful lines, its name for messages and the SHA-256 of its bytes. */
  record Loaded(String source, List<SourceLine> lines, String sha256) {}

  /** Reads a file once: its lines (see {@link #read(Path)}) and its checksum. */
  static Loaded load(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String source = file.getFileName().toString();
    return new Loaded(
        source, read(new StringReader(decode(bytes, source)), source), Checksums.sha256(bytes));
  }

  /** Reads a reader once, as {@link #load(Path)} reads a file; {@code source} names it. */
  static Loaded load(Reader reader, String source) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buf = new char[8192];
    int n;
    while ((n = reader.read(buf)) > 0) {
      text.append(buf, 0, n);
    }
    String s = text.toString();
    return new Loaded(
        source,
        read(new StringReader(s), source),
        Checksums.sha256(s.getBytes(StandardCharsets.UTF_8)));
  }

  /** Decodes UTF-8 strictly, reporting the physical line of the first bad byte. */
  static String decode(byte[] bytes, String source) throws InvalidFormatException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new InvalidFormatException(
          source, line, "dictionary must be UTF-8: malformed bytes at byte " + in.position());
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /** Reads lines from a reader; {@code source} names it in error messages. */
  static List<SourceLine> read(Reader reader, String source) throws IOException {
    List<SourceLine> lines = new ArrayList<>();
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    boolean inXmlComment = false;
    int number = 0;
    String raw;
    try {
      while ((raw = in.readLine()) != null) {
        number++;
        if (number == 1 && !raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
          raw = raw.substring(1);
        }
        if (raw.indexOf('\0') >= 0) {
          throw new InvalidFormatException(source, number, "dictionary must be text: NUL byte");
        }
        String text = raw;
        StringBuilder kept = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
          if (inXmlComment) {
            int end = text.indexOf("-->", i);
            if (end < 0) {
              i = text.length();
            } else {
              inXmlComment = false;
              i = end + 3;
            }
          } else {
            int start = text.indexOf("<!--", i);
            if (start < 0) {
              kept.append(text, i, text.length());
              i = text.length();
            } else {
              kept.append(text, i, start);
              inXmlComment = true;
              i = start + 4;
            }
          }
        }
        text = stripLineComment(kept.toString());
        String stripped = text.strip();
        if (stripped.isEmpty() || stripped.startsWith("<!") || text.startsWith("#")) {
          continue;
        }
        lines.add(new SourceLine(number, stripTrailing(text), raw));
      }
    } catch (CharacterCodingException e) {
      throw new InvalidFormatException(
          source, number + 1, "dictionary must be UTF-8: " + e.getMessage(), e);
    }
    if (inXmlComment) {
      throw new InvalidFormatException(source, number, "XML comment must be closed with -->");
    }
    return lines;
  }

  private static String stripLineComment(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '#' || c == ';')
          && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == ']')) {
        return text.substring(0, i);
      }
    }
    return text;
  }

  private static String stripTrailing(String text) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}
