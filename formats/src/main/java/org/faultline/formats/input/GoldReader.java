package org.faultline.formats.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faultline.core.io.InvalidFormatException;
import org.faultline.core.validate.ExpectedEvent;
import org.faultline.core.validate.GoldRecord;

/**
 * Reads gold files for evaluation: the simple JSONL gold format ({@code {"id", "text", "date",
 * "events": [{"source", "target", "code"}]}}, one record per line, an empty events list meaning
 * none) and PETRARCH-2 "GSR" validation files, whose {@code <Sentence .../>} elements are followed
 * by {@code <EventCoding>}, {@code <Text>} and {@code <Parse>} siblings (the parse is ignored: the
 * text is coded).
 */
public final class GoldReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ATTR = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");

  private GoldReader() {}

  /** Reads a gold file, JSONL for .jsonl/.json names, else PETRARCH-2 XML. */
  public static List<GoldRecord> read(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return name.endsWith(".jsonl") || name.endsWith(".json")
        ? readJsonl(text, file.toString())
        : readPetrarch2(text, file.toString());
  }

  static List<GoldRecord> readJsonl(String text, String source) throws IOException {
    List<GoldRecord> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      JsonNode n;
      try {
        n = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        throw new InvalidFormatException(
            source, i + 1, "gold line must be one JSON object: " + e.getOriginalMessage(), e);
      }
      if (!n.hasNonNull("text")) {
        throw new InvalidFormatException(source, i + 1, "gold record must have a text");
      }
      List<ExpectedEvent> events = new ArrayList<>();
      JsonNode evs = n.get("events");
      if (evs != null && evs.isArray()) {
        for (JsonNode e : evs) {
          if (!e.hasNonNull("source") || !e.hasNonNull("target") || !e.hasNonNull("code")) {
            throw new InvalidFormatException(
                source, i + 1, "gold event must have source, target and code: " + e);
          }
          events.add(
              new ExpectedEvent(
                  e.get("source").asText(), e.get("target").asText(), e.get("code").asText()));
        }
      }
      LocalDate date;
      try {
        date = n.hasNonNull("date") ? InputSources.parseDate(n.get("date").asText()) : null;
      } catch (IllegalArgumentException e) {
        throw new InvalidFormatException(source, i + 1, e.getMessage(), e);
      }
      out.add(
          new GoldRecord(
              n.hasNonNull("id") ? n.get("id").asText() : "line" + (i + 1),
              n.hasNonNull("category") ? n.get("category").asText() : "",
              date,
              n.get("text").asText(),
              events,
              i + 1));
    }
    return out;
  }

  static List<GoldRecord> readPetrarch2(String text, String source) throws IOException {
    List<GoldRecord> out = new ArrayList<>();
    Matcher sentence = Pattern.compile("<Sentence\\s([^>]*)>").matcher(text);
    List<int[]> starts = new ArrayList<>();
    while (sentence.find()) {
      starts.add(new int[] {sentence.start(), sentence.end()});
    }
    for (int k = 0; k < starts.size(); k++) {
      int from = starts.get(k)[0];
      int to = k + 1 < starts.size() ? starts.get(k + 1)[0] : text.length();
      String head = text.substring(from, starts.get(k)[1]);
      String body = text.substring(starts.get(k)[1], to);
      int line = lineOf(text, from);
      String id = attr(head, "id");
      String evaluate = attr(head, "evaluate");
      if (evaluate != null && !evaluate.equalsIgnoreCase("true")) {
        continue;
      }
      if (id == null) {
        throw new InvalidFormatException(source, line, "<Sentence> must have an id");
      }
      Matcher t = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL).matcher(body);
      if (!t.find()) {
        throw new InvalidFormatException(source, line, "<Sentence> must have a <Text>: " + id);
      }
      List<ExpectedEvent> events = new ArrayList<>();
      Matcher ec = Pattern.compile("<EventCoding\\s([^>]*)>").matcher(body);
      while (ec.find()) {
        String attrs = ec.group(1);
        String code = attr(attrs, "eventcode");
        String src = attr(attrs, "sourcecode");
        String tgt = attr(attrs, "targetcode");
        if (code != null && src != null && tgt != null) {
          events.add(new ExpectedEvent(src, tgt, code));
        } else if (attr(attrs, "noevents") == null) {
          throw new InvalidFormatException(
              source,
              lineOf(text, starts.get(k)[1] + ec.start()),
              "<EventCoding> must have sourcecode, targetcode and eventcode, or noevents");
        }
      }
      String dateText = attr(head, "date");
      LocalDate date = null;
      if (dateText != null) {
        try {
          date =
              dateText.length() == 6
                  ? InputSources.parseDate(
                      (Integer.parseInt(dateText.substring(0, 2)) <= 30 ? "20" : "19") + dateText)
                  : InputSources.parseDate(dateText);
        } catch (IllegalArgumentException e) {
          throw new InvalidFormatException(source, line, e.getMessage() + " (" + id + ")", e);
        }
      }
      String category = attr(head, "category");
      out.add(
          new GoldRecord(
              id,
              category == null ? "" : category,
              date,
              t.group(1)
                  .strip()
                  .replaceAll("\\s+", " ")
                  .replace("&amp;", "&")
                  .replace("&lt;", "<")
                  .replace("&gt;", ">")
                  .replace("&quot;", "\"")
                  .replace("&apos;", "'"),
              events,
              line));
    }
    return out;
  }

  private static String attr(String attrs, String name) {
    Matcher m = ATTR.matcher(attrs);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    return null;
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
