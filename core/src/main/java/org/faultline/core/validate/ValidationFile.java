package org.faultline.core.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.faultline.core.dict.Dictionaries;
import org.faultline.core.dict.LoadMode;

/**
 * A PETRARCH validation file: the dictionaries its {@code <Environment>} names (resolved against
 * the file's directory) and its records and option changes, in file order.
 *
 * @param path the file
 * @param verbs the verb dictionary, or null if not named
 * @param actors the actor dictionaries
 * @param agents the agent dictionary, or null
 * @param discards the discard list, or null
 * @param issues the issue list, or null
 * @param include categories to evaluate (empty: all)
 * @param exclude categories to skip
 * @param entries records and option changes in order
 */
public record ValidationFile(
    Path path,
    Path verbs,
    List<Path> actors,
    Path agents,
    Path discards,
    Path issues,
    List<String> include,
    List<String> exclude,
    List<Entry> entries) {

  /** A record or an option change. */
  public sealed interface Entry permits RecordEntry, OptionChange {}

  /** A record. */
  public record RecordEntry(ValidationRecord record) implements Entry {}

  /**
   * A {@code <Config option="..." value="...">} element: applies to the records after it.
   *
   * @param option option name
   * @param value new value
   * @param line line in the file
   */
  public record OptionChange(String option, String value, int line) implements Entry {}

  public ValidationFile {
    Objects.requireNonNull(path, "path");
    actors = List.copyOf(actors);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    entries = List.copyOf(entries);
  }

  /** The records only. */
  public List<ValidationRecord> records() {
    return entries.stream()
        .filter(e -> e instanceof RecordEntry)
        .map(e -> ((RecordEntry) e).record())
        .toList();
  }

  /**
   * Loads the dictionaries the file names.
   *
   * @throws IllegalArgumentException if it names no verb dictionary
   */
  public Dictionaries dictionaries(LoadMode mode) throws IOException {
    if (verbs == null) {
      throw new IllegalArgumentException(path + ": <Environment> must name a <Verbfile>");
    }
    Dictionaries.Loader loader = Dictionaries.loader(mode).verbs(verbs);
    for (Path a : actors) {
      loader.actors(a);
    }
    if (agents != null) {
      loader.agents(agents);
    }
    if (discards != null) {
      loader.discards(discards);
    }
    if (issues != null) {
      loader.issues(issues);
    }
    return loader.build();
  }
}
