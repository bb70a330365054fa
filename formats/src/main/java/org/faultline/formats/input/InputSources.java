package org.faultline.formats.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.faultline.core.event.Document;
import org.faultline.core.pipeline.DocumentStream;
import org.faultline.core.pipeline.InputDocument;
import org.faultline.core.pipeline.InputProblem;

/**
 * Reads input documents from files, directories (recursively, in name order) and standard input
 * ({@code -}), in plain text, JSONL or PETRARCH XML. Every problem with one input (a malformed
 * JSONL line, a file that is not UTF-8 text, malformed XML) is reported to the problem sink with
 * its file and line, and reading goes on with the next input. Not thread-safe: one reader pulls.
 */
public final class InputSources implements DocumentStream {
  /**
   * How to read inputs.
   *
   * @param format the format of every input, or null to choose by file extension
   * @param date the date of documents that carry none (text files), or null to look for a dateline
   * @param stdin where {@code -} reads from
   */
  public record Options(InputFormat format, LocalDate date, InputStream stdin) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Options options;
  private final ProblemSink problems;
  private final Deque<Input> pending = new ArrayDeque<>();
  private Reader current;

  private record Input(Path path, String label, boolean stdin) {}

  private interface Reader {
    InputDocument next() throws IOException;
  }

  private InputSources(Options options, ProblemSink problems) {
    this.options = options;
    this.problems = problems;
  }

  /**
   * Opens the inputs. Paths that do not exist are reported as problems.
   *
   * @param inputs files, directories, or {@code -} for standard input
   */
  public static InputSources open(List<String> inputs, Options options, ProblemSink problems)
      throws IOException {
    InputSources s = new InputSources(options, problems);
    for (String in : inputs) {
      if (in.equals("-")) {
        s.pending.add(new Input(null, "<stdin>", true));
        continue;
      }
      Path p = Path.of(in);
      if (Files.isDirectory(p)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(p)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
          s.pending.add(new Input(f, p.relativize(f).toString(), false));
        }
      } else if (Files.isRegularFile(p)) {
        s.pending.add(new Input(p, p.getFileName().toString(), false));
      } else {
        problems.report(new InputProblem(in, 0, "input must be a file, a directory or -"));
      }
    }
    return s;
  }

  @Override
  public InputDocument read() throws IOException {
    while (true) {
      if (current != null) {
        InputDocument d = current.next();
        if (d != null) {
          return d;
        }
        current = null;
      }
      Input next = pending.poll();
      if (next == null) {
        return null;
      }
      current = open(next);
    }
  }

  @Override
  public void close() {
    pending.clear();
    current = null;
  }

  private Reader open(Input in) throws IOException {
    byte[] bytes = in.stdin() ? options.stdin().readAllBytes() : Files.readAllBytes(in.path());
    String source = in.stdin() ? "<stdin>" : in.path().toString();
    String text;
    try {
      text = decode(bytes);
    } catch (CharacterCodingException e) {
      problems.report(new InputProblem(source, 0, "input must be UTF-8 text (binary file?)"));
      return () -> null;
    }
    if (text.indexOf('\0') >= 0) {
      problems.report(new InputProblem(source, 0, "input must be text: it contains NUL bytes"));
      return () -> null;
    }
    InputFormat format =
        options.format() != null
            ? options.format()
            : in.stdin() ? InputFormat.TEXT : InputFormat.forFileName(in.label());
    switch (format) {
      case JSONL:
        return jsonl(text, source);
      case PETRARCH_XML:
        return xml(text, source);
      default:
        return single(textDocument(text, in.label(), source));
    }
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    String s =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static Reader single(InputDocument doc) {
    InputDocument[] holder = {doc};
    return () -> {
      InputDocument d = holder[0];
      holder[0] = null;
      return d;
    };
  }

  private InputDocument textDocument(String text, String label, String source) {
    String id = label.replaceFirst("\\.(txt|text)$", "");
    String title = "";
    int nl = text.indexOf('\n');
    String first = (nl >= 0 ? text.substring(0, nl) : text).strip();
    if (nl >= 0 && first.length() > 0 && first.length() < 200 && !first.endsWith(".")) {
      title = first;
    }
    LocalDate date = options.date();
    if (date == null) {
      date = Datelines.find(text, LocalDate.now(java.time.ZoneOffset.UTC).getYear());
    }
    return InputDocument.of(Document.of(id, date, title, text, "", ""), source);
  }

  private Reader jsonl(String text, String source) {
    BufferedReader lines = new BufferedReader(new StringReader(text));
    int[] number = {0};
    return () -> {
      String line;
      while ((line = lines.readLine()) != null) {
        number[0]++;
        if (line.isBlank()) {
          continue;
        }
        try {
          return jsonDocument(JSON.readTree(line), source, number[0]);
        } catch (JsonProcessingException e) {
          problems.report(
              new InputProblem(
                  source, number[0], "line must be one JSON object: " + e.getOriginalMessage()));
        } catch (IllegalArgumentException e) {
          problems.report(new InputProblem(source, number[0], e.getMessage()));
        }
      }
      return null;
    };
  }

  private InputDocument jsonDocument(JsonNode node, String source, int line) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("line must be a JSON object with a text field");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw new IllegalArgumentException("document must have a text string");
    }
    LocalDate date = options.date();
    JsonNode d = node.get("date");
    if (d != null && !d.isNull()) {
      date = parseDate(d.asText());
    }
    return InputDocument.of(
        Document.of(
            str(node, "id"),
            date,
            str(node, "title"),
            text.asText(),
            str(node, "url"),
            str(node, "source")),
        source + ":" + line);
  }

  private static String str(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** Dates as inputs write them: 2024-10-25, 2024-10-25T08:00:00Z, 20241025. */
  static LocalDate parseDate(String s) {
    String t = s.strip();
    try {
      if (t.matches("\\d{8}")) {
        return LocalDate.of(
            Integer.parseInt(t.substring(0, 4)),
            Integer.parseInt(t.substring(4, 6)),
            Integer.parseInt(t.substring(6, 8)));
      }
      return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
    } catch (java.time.DateTimeException | NumberFormatException e) {
      throw new IllegalArgumentException("date must be YYYY-MM-DD: " + s, e);
    }
  }

  private Reader xml(String text, String source) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader r;
    try {
      r = factory.createXMLStreamReader(new StringReader(text));
    } catch (XMLStreamException e) {
      problems.report(new InputProblem(source, 0, "input must be XML: " + e.getMessage()));
      return () -> null;
    }
    return () -> {
      try {
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Sentence")) {
            int line = r.getLocation().getLineNumber();
            try {
              return xmlSentence(r, source, line);
            } catch (IllegalArgumentException e) {
              problems.report(new InputProblem(source, line, e.getMessage()));
            }
          }
        }
      } catch (XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        String m = String.valueOf(e.getMessage());
        problems.report(
            new InputProblem(
                source, line, "XML must be well-formed: " + m.substring(m.lastIndexOf('\n') + 1)));
      }
      return null;
    };
  }

  private InputDocument xmlSentence(XMLStreamReader r, String source, int line)
      throws XMLStreamException {
    String id = r.getAttributeValue(null, "id");
    String dateText = r.getAttributeValue(null, "date");
    String src = r.getAttributeValue(null, "source");
    String text = null;
    String parse = null;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Sentence")) {
        break;
      }
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if (r.getLocalName().equals("Text")) {
          text = r.getElementText().strip().replaceAll("\\s+", " ");
        } else if (r.getLocalName().equals("Parse")) {
          parse = r.getElementText();
        }
      }
    }
    if (text == null) {
      throw new IllegalArgumentException("<Sentence> must have a <Text>: " + id);
    }
    LocalDate date = dateText == null ? options.date() : parseDate(dateText);
    Document doc = Document.of(id, date, "", text, "", src);
    List<InputDocument.GivenSentence> given = new ArrayList<>();
    if (parse != null && !parse.isBlank()) {
      given.add(new InputDocument.GivenSentence(text, parse));
    }
    return new InputDocument(doc, given, source + ":" + line);
  }
}
