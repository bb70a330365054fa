package org.faultline.formats.input;

import java.util.Locale;

/** The kinds of input documents Faultline reads. */
public enum InputFormat {
  /** Plain text, one article per file (date from the options or a leading dateline). */
  TEXT,
  /** One JSON object per line: id, date, title, text, url, source. */
  JSONL,
  /** PETRARCH XML: {@code <Sentence>} elements with {@code <Text>} and optional {@code <Parse>}. */
  PETRARCH_XML;

  /** The format a file name suggests: .jsonl/.json, .xml, anything else text. */
  public static InputFormat forFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson")) {
      return JSONL;
    }
    if (n.endsWith(".xml")) {
      return PETRARCH_XML;
    }
    return TEXT;
  }

  /** Parses a format name as users type it: text, jsonl, xml. */
  public static InputFormat parse(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "text":
      case "txt":
        return TEXT;
      case "jsonl":
      case "json":
        return JSONL;
      case "xml":
      case "petrarch":
        return PETRARCH_XML;
      default:
        throw new IllegalArgumentException("input format must be text, jsonl or xml: " + name);
    }
  }
}
