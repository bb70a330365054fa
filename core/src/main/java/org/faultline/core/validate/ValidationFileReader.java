package org.faultline.core.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.faultline.core.io.InvalidFormatException;

/**
 * Reads PETRARCH validation files ({@code <Validation><Environment>...</Environment>
 * <Sentences>...</Sentences></Validation>}). Dictionary file names in the environment are resolved
 * against the directory of the validation file.
 */
public final class ValidationFileReader {
  private static final DateTimeFormatter YYYYMMDD =
      DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private ValidationFileReader() {}

  /**
   * Reads a validation file.
   *
   * @throws InvalidFormatException for malformed XML or a record without id, date, text or parse
   */
  public static ValidationFile read(Path file) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    String source = file.toString();
    Path dir = file.toAbsolutePath().getParent();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = factory.createXMLStreamReader(in, "UTF-8");
      try {
        return new Parser(r, source, file, dir).parse();
      } catch (XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        throw new InvalidFormatException(
            source, line, "validation file must be well-formed XML: " + firstLine(e), e);
      } finally {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // closing a reader over a stream we close ourselves
        }
      }
    } catch (XMLStreamException e) {
      throw new InvalidFormatException(
          source, 0, "validation file must be XML: " + firstLine(e), e);
    }
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    String last = nl >= 0 ? m.substring(m.lastIndexOf('\n') + 1) : m;
    return last.strip();
  }

  private static final class Parser {
    private final XMLStreamReader r;
    private final String source;
    private final Path file;
    private final Path dir;
    private Path verbs;
    private final List<Path> actors = new ArrayList<>();
    private Path agents;
    private Path discards;
    private Path issues;
    private final List<String> include = new ArrayList<>();
    private final List<String> exclude = new ArrayList<>();
    private final List<ValidationFile.Entry> entries = new ArrayList<>();

    Parser(XMLStreamReader r, String source, Path file, Path dir) {
      this.r = r;
      this.source = source;
      this.file = file;
      this.dir = dir;
    }

    ValidationFile parse() throws XMLStreamException, IOException {
      boolean inEnvironment = false;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Environment")) {
          inEnvironment = false;
        }
        if (ev != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = r.getLocalName();
        int line = r.getLocation().getLineNumber();
        switch (name) {
          case "Environment":
            inEnvironment = true;
            break;
          case "Verbfile":
            verbs = resolve(text());
            break;
          case "Actorfile":
            actors.add(resolve(text()));
            break;
          case "Agentfile":
            agents = resolve(text());
            break;
          case "Discardfile":
            discards = resolve(text());
            break;
          case "Issuefile":
            issues = resolve(text());
            break;
          case "Include":
            include.addAll(words(text()));
            break;
          case "Exclude":
            exclude.addAll(words(text()));
            break;
          case "Config":
            String option = r.getAttributeValue(null, "option");
            String value = r.getAttributeValue(null, "value");
            if (option != null && value != null) {
              entries.add(new ValidationFile.OptionChange(option.strip(), value.strip(), line));
            } else if (!inEnvironment) {
              throw new InvalidFormatException(
                  source, line, "<Config> must have option and value attributes");
            }
            break;
          case "Sentence":
            entries.add(new ValidationFile.RecordEntry(sentence(line)));
            break;
          default:
            break;
        }
      }
      return new ValidationFile(
          file, verbs, actors, agents, discards, issues, include, exclude, entries);
    }

    private Path resolve(String name) {
      Path p = Path.of(name.strip());
      return p.isAbsolute() || dir == null ? p : dir.resolve(p);
    }

    private static List<String> words(String s) {
      return Arrays.stream(s.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    private String text() throws XMLStreamException {
      return r.getElementText();
    }

    private ValidationRecord sentence(int line) throws XMLStreamException, IOException {
      String id = attr("id");
      String dateText = attr("date");
      String category = attr("category");
      String sentenceAttr = attr("sentence");
      if (id == null) {
        throw new InvalidFormatException(source, line, "<Sentence> must have an id attribute");
      }
      if (dateText == null) {
        throw new InvalidFormatException(source, line, "<Sentence> must have a date: " + id);
      }
      LocalDate date;
      try {
        date = LocalDate.parse(dateText.strip(), YYYYMMDD);
      } catch (DateTimeParseException e) {
        throw new InvalidFormatException(
            source, line, "sentence date must be YYYYMMDD: " + dateText + " (" + id + ")", e);
      }
      boolean sentence = sentenceAttr == null || !sentenceAttr.strip().equalsIgnoreCase("false");
      String text = null;
      String parse = null;
      String error = null;
      List<ExpectedEvent> expected = new ArrayList<>();
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Sentence")) {
          break;
        }
        if (ev != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (r.getLocalName()) {
          case "Text":
            text = r.getElementText().strip().replaceAll("\\s+", " ");
            break;
          case "Parse":
            parse = r.getElementText();
            break;
          case "EventCoding":
            String err = attr("error");
            String noevents = attr("noevents");
            String src = attr("sourcecode");
            String tgt = attr("targetcode");
            String code = attr("eventcode");
            if (err != null) {
              error = err.strip();
            } else if (noevents != null) {
              if (!noevents.strip().toLowerCase(Locale.ROOT).equals("true")) {
                throw new InvalidFormatException(
                    source,
                    r.getLocation().getLineNumber(),
                    "noevents must be True: " + noevents + " (" + id + ")");
              }
            } else if (src != null && tgt != null && code != null) {
              expected.add(new ExpectedEvent(src.strip(), tgt.strip(), code.strip()));
            } else {
              throw new InvalidFormatException(
                  source,
                  r.getLocation().getLineNumber(),
                  "<EventCoding> must have sourcecode, targetcode and eventcode, or noevents, or"
                      + " error: "
                      + id);
            }
            break;
          default:
            break;
        }
      }
      if (parse == null) {
        throw new InvalidFormatException(source, line, "<Sentence> must have a <Parse>: " + id);
      }
      return new ValidationRecord(
          id,
          date,
          category == null ? "" : category.strip(),
          sentence,
          text == null ? "" : text,
          parse,
          expected,
          error,
          line);
    }

    private String attr(String name) {
      return r.getAttributeValue(null, name);
    }
  }
}
