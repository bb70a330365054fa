package org.faultline.cli;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Locale;
import org.faultline.core.event.Document;
import org.faultline.core.event.Event;
import org.faultline.formats.DatasetEvent;
import org.faultline.formats.DatasetWriter;
import org.faultline.formats.gdelt.GdeltWriter;
import org.faultline.formats.jsonl.EventJsonlWriter;
import org.faultline.formats.phoenix.PhoenixWriter;
import org.faultline.formats.plover.PloverJsonlWriter;

/** Where coded events go: one of the documented output formats. Not thread-safe. */
final class EventOutput implements AutoCloseable {
  /** The output formats of {@code code}. */
  enum Format {
    JSONL,
    GDELT,
    PHOENIX,
    PLOVER;

    static Format parse(String s) {
      try {
        return valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "format must be jsonl, gdelt, phoenix or plover: " + s, e);
      }
    }
  }

  private final EventJsonlWriter jsonl;
  private final DatasetWriter writer;

  EventOutput(Format format, Writer out) throws IOException {
    switch (format) {
      case JSONL:
        jsonl = new EventJsonlWriter(out);
        writer = null;
        break;
      case GDELT:
        jsonl = null;
        writer = new GdeltWriter(out, Instant.now());
        break;
      case PHOENIX:
        jsonl = null;
        writer = new PhoenixWriter(out);
        break;
      default:
        jsonl = null;
        writer = new PloverJsonlWriter(out);
        break;
    }
  }

  void write(Document doc, Event e) throws IOException {
    if (jsonl != null) {
      jsonl.write(e);
    } else {
      writer.write(DatasetEvent.of(e, doc.url(), doc.source()));
    }
  }

  void flush() throws IOException {
    if (jsonl != null) {
      jsonl.flush();
    } else {
      writer.flush();
    }
  }

  @Override
  public void close() throws IOException {
    if (jsonl != null) {
      jsonl.close();
    } else {
      writer.close();
    }
  }
}
