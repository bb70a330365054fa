package org.faultline.core.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.faultline.core.io.InvalidFormatException;

/**
 * Faultline's own dictionaries, bundled as resources and listed in {@code index.txt}, optionally
 * layered under a user's dictionary directory.
 *
 * <p>A user directory holds files named like the shipped ones ({@code *.verbs.txt}, {@code
 * *.actors.txt} or {@code *.actors.*.txt}, {@code *.agents.txt}, {@code *.discards.txt}, {@code
 * *.issues.txt}, {@code *.lexicon.txt}); they are loaded before the shipped files, so their actor
 * and agent phrases win over shipped phrases of the same length, except verbs and lexicons, loaded
 * after, so that their verb forms replace shipped ones and their words add to or take from the
 * shipped lists.
 */
public final class ShippedDictionaries {
  private static final String BASE = "/org/faultline/core/dictionaries/";

  /**
   * System property naming a directory to read the shipped files (and their index) from instead of
   * the class path: for dictionary authors working on the files in a source tree.
   */
  public static final String DIRECTORY_PROPERTY = "faultline.dictionaries";

  /** The English lexicon, read by every {@link Dictionaries.Loader} (not listed in the index). */
  static final String LEXICON = "faultline.lexicon.txt";

  private ShippedDictionaries() {}

  /** One entry of the index. */
  public record Entry(String kind, String file) {}

  /** The index of shipped files. */
  public static List<Entry> index() throws IOException {
    List<Entry> out = new ArrayList<>();
    try (InputStream in = open("index.txt")) {
      if (in == null) {
        throw new IOException("shipped dictionary index must be on the class path: " + BASE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] parts = t.split("\\s+");
        if (parts.length != 2) {
          throw new InvalidFormatException(
              "index.txt", n, "index line must be <kind> <file>: " + t);
        }
        out.add(new Entry(parts[0].toLowerCase(Locale.ROOT), parts[1]));
      }
    }
    return out;
  }

  /** Loads the shipped dictionaries alone. */
  public static Dictionaries load(LoadMode mode) throws IOException {
    return load(mode, null);
  }

  /**
   * Loads the shipped dictionaries with a user directory (may be null) on top: the user's actor and
   * agent phrases are loaded first, so they win over shipped phrases of the same length; the user's
   * verbs are loaded last, so their forms and blocks replace shipped ones.
   *
   * @throws InvalidFormatException for a malformed line in strict mode
   */
  public static Dictionaries load(LoadMode mode, Path userDir) throws IOException {
    Dictionaries.Loader loader = Dictionaries.loader(mode);
    List<Path> userVerbs = new ArrayList<>();
    List<Path> userLexicons = new ArrayList<>();
    if (userDir != null) {
      if (!Files.isDirectory(userDir)) {
        throw new IOException("dictionary directory must exist: " + userDir);
      }
      List<Path> files;
      try (Stream<Path> s = Files.list(userDir)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        String kind = kindOf(f.getFileName().toString());
        if ("verbs".equals(kind)) {
          userVerbs.add(f);
        } else if ("lexicon".equals(kind)) {
          userLexicons.add(f);
        } else if (kind != null) {
          load(loader, kind, f);
        }
      }
    }
    for (Entry e : index()) {
      try (InputStream in = open(e.file())) {
        if (in == null) {
          continue; // listed but not (yet) shipped
        }
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
        loader.read(e.kind(), r, e.file());
      }
    }
    for (Path f : userVerbs) {
      loader.verbs(f);
    }
    for (Path f : userLexicons) {
      loader.lexicon(f);
    }
    return loader.build();
  }

  /** A shipped file from the override directory if set, else from the class path; or null. */
  static InputStream open(String file) throws IOException {
    String dir = System.getProperty(DIRECTORY_PROPERTY);
    if (dir != null && !dir.isBlank()) {
      Path p = Path.of(dir, file);
      return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
    }
    return ShippedDictionaries.class.getResourceAsStream(BASE + file);
  }

  /** The kind of a dictionary file from its name, or null if it is not one. */
  static String kindOf(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (!n.endsWith(".txt")) {
      return null;
    }
    for (String kind : List.of("verbs", "actors", "agents", "discards", "issues", "lexicon")) {
      if (n.contains("." + kind + ".") || n.startsWith(kind + ".")) {
        return kind;
      }
    }
    return null;
  }

  private static void load(Dictionaries.Loader loader, String kind, Path f) throws IOException {
    switch (kind) {
      case "verbs":
        loader.verbs(f);
        break;
      case "actors":
        loader.actors(f);
        break;
      case "agents":
        loader.agents(f);
        break;
      case "discards":
        loader.discards(f);
        break;
      default:
        loader.issues(f);
        break;
    }
  }
}
