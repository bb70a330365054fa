package org.faultline.core.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The CAMEO event codes as an immutable lookup: every root, base and leaf code with its name,
 * Goldstein weight, quad class and PLOVER mapping.
 *
 * <p>{@link #standard()} is the bundled table of the CAMEO codebook 1.1b3 ({@code cameo-events.tsv}
 * beside this class); {@link #load} reads another table of the same format. Instances are immutable
 * and safe to share between threads.
 *
 * <p>Code order, used by {@link #all()} and {@link #children}, is the string order of the codes,
 * which lists each code right before its sub-codes: {@code 01, 010, ..., 019, 02, 020, 021, 0211}.
 *
 * <h2>File format</h2>
 *
 * <p>UTF-8, one header line {@code code name goldstein plover_type plover_mode plover_context}
 * separated by tabs, then one tab-separated row per code. Blank lines and lines starting with
 * {@code #} are ignored. The PLOVER columns are all empty for an unmapped code; mode and context
 * may be empty alone. Codes must be unique, and every code's parent (the code one digit shorter)
 * must be in the table too.
 */
public final class CameoOntology {

  /** The columns of the header line, in order. */
  static final List<String> COLUMNS =
      List.of("code", "name", "goldstein", "plover_type", "plover_mode", "plover_context");

  private static final String RESOURCE = "cameo-events.tsv";

  private final String sourceName;
  private final List<CameoEventType> all;
  private final Map<String, CameoEventType> byCode;
  private final Map<String, List<CameoEventType>> children;

  private CameoOntology(String sourceName, TreeMap<String, CameoEventType> sorted) {
    this.sourceName = sourceName;
    this.all = List.copyOf(sorted.values());
    this.byCode = Map.copyOf(sorted);
    Map<String, List<CameoEventType>> kids = new HashMap<>();
    for (CameoEventType type : all) {
      kids.put(type.code(), new ArrayList<>());
    }
    for (CameoEventType type : all) {
      type.parentCode().ifPresent(parent -> kids.get(parent).add(type));
    }
    Map<String, List<CameoEventType>> frozen = new HashMap<>();
    kids.forEach((code, list) -> frozen.put(code, List.copyOf(list)));
    this.children = Map.copyOf(frozen);
  }

  /**
   * Returns the bundled CAMEO 1.1b3 ontology, loaded on first use and shared afterwards.
   *
   * @throws IllegalStateException if the bundled table is missing or malformed (a build error)
   */
  public static CameoOntology standard() {
    return Standard.INSTANCE;
  }

  /** Holds the bundled ontology; the JVM loads it once, lazily and thread-safely. */
  private static final class Standard {
    static final CameoOntology INSTANCE = loadBundled();

    private static CameoOntology loadBundled() {
      try (InputStream in = CameoOntology.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled resource must exist: " + RESOURCE);
        }
        return load(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
      } catch (IOException e) {
        throw new IllegalStateException("bundled cameo table must load: " + e.getMessage(), e);
      }
    }
  }

  /**
   * Parses a CAMEO event table in the format described in the class documentation.
   *
   * <p>The reader is read to the end but not closed.
   *
   * @param tsv the table
   * @param sourceName the name used in error messages, e.g. a file name
   * @throws IOException if reading fails, or for the first malformed line, with a message of the
   *     form {@code "<sourceName>:<line>: <what> must <rule>: <value>"}
   */
  public static CameoOntology load(Reader tsv, String sourceName) throws IOException {
    if (tsv == null || sourceName == null) {
      throw new IllegalArgumentException("reader and source name must not be null");
    }
    BufferedReader reader =
        tsv instanceof BufferedReader ? (BufferedReader) tsv : new BufferedReader(tsv);
    TreeMap<String, CameoEventType> sorted = new TreeMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    boolean headerSeen = false;
    int lineNumber = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = split(line);
      if (!headerSeen) {
        if (!cells.equals(COLUMNS)) {
          throw error(
              sourceName,
              lineNumber,
              "header must be " + String.join(", ", COLUMNS) + ": " + String.join(", ", cells));
        }
        headerSeen = true;
        continue;
      }
      CameoEventType type = parseRow(cells, sourceName, lineNumber);
      Integer previous = lineOf.putIfAbsent(type.code(), lineNumber);
      if (previous != null) {
        throw error(
            sourceName,
            lineNumber,
            "cameo code must be unique (first on line " + previous + "): " + type.code());
      }
      sorted.put(type.code(), type);
    }
    if (!headerSeen) {
      throw error(
          sourceName,
          lineNumber + 1,
          "header must be " + String.join(", ", COLUMNS) + ": end of input");
    }
    for (CameoEventType type : sorted.values()) {
      Optional<String> parent = type.parentCode();
      if (parent.isPresent() && !sorted.containsKey(parent.get())) {
        throw error(
            sourceName,
            lineOf.get(type.code()),
            "parent of cameo code " + type.code() + " must be listed: " + parent.get());
      }
    }
    return new CameoOntology(sourceName, sorted);
  }

  private static CameoEventType parseRow(List<String> cells, String sourceName, int lineNumber)
      throws IOException {
    if (cells.size() != COLUMNS.size()) {
      throw error(
          sourceName,
          lineNumber,
          "row must have " + COLUMNS.size() + " tab-separated columns: " + cells.size());
    }
    String goldsteinText = cells.get(2);
    if (!goldsteinText.matches("[-+]?[0-9]+(\\.[0-9]+)?")) {
      throw error(sourceName, lineNumber, "goldstein must be a number: " + goldsteinText);
    }
    String ploverType = cells.get(3);
    String mode = cells.get(4);
    String context = cells.get(5);
    if (ploverType.isEmpty() && !mode.isEmpty()) {
      throw error(
          sourceName, lineNumber, "plover mode must be empty without a plover type: " + mode);
    }
    if (ploverType.isEmpty() && !context.isEmpty()) {
      throw error(
          sourceName, lineNumber, "plover context must be empty without a plover type: " + context);
    }
    try {
      Optional<PloverMapping> plover =
          ploverType.isEmpty()
              ? Optional.empty()
              : Optional.of(new PloverMapping(ploverType, mode, context));
      return CameoEventType.of(
          cells.get(0), cells.get(1), Double.parseDouble(goldsteinText), plover);
    } catch (IllegalArgumentException e) {
      throw error(sourceName, lineNumber, e.getMessage());
    }
  }

  private static List<String> split(String line) {
    String[] raw = line.split("\t", -1);
    List<String> cells = new ArrayList<>(raw.length);
    for (String cell : raw) {
      cells.add(cell.strip());
    }
    return cells;
  }

  private static IOException error(String sourceName, int lineNumber, String message) {
    return new IOException(sourceName + ":" + lineNumber + ": " + message);
  }

  /** Returns the event type with exactly this code, or empty (also for {@code null}). */
  public Optional<CameoEventType> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
  }

  /**
   * Returns the event type with exactly this code.
   *
   * @throws IllegalArgumentException if there is none: {@code "unknown cameo code: 999"}
   */
  public CameoEventType get(String code) {
    return find(code)
        .orElseThrow(() -> new IllegalArgumentException("unknown cameo code: " + code));
  }

  /**
   * Finds the event type for a possibly non-standard code from an old dictionary or coder output.
   *
   * <p>An exact match wins. Otherwise only the leading ASCII digits count (so {@code 075A}, {@code
   * 023?} and {@code 042:043} read as {@code 075}, {@code 023} and {@code 042}, surrounding spaces
   * ignored), and the longest prefix of at most four of them that is a known code is returned, down
   * to the root: {@code 0759} gives {@code 075}, {@code 1999} gives {@code 19}. Codes without a
   * known two-digit root, such as {@code ---}, {@code +++}, {@code ###}, {@code 21} or {@code 7},
   * give empty, as does {@code null}.
   */
  public Optional<CameoEventType> resolve(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String trimmed = code.strip();
    CameoEventType exact = byCode.get(trimmed);
    if (exact != null) {
      return Optional.of(exact);
    }
    int digits = 0;
    while (digits < trimmed.length()
        && trimmed.charAt(digits) >= '0'
        && trimmed.charAt(digits) <= '9') {
      digits++;
    }
    for (int length = Math.min(digits, 4); length >= 2; length--) {
      CameoEventType type = byCode.get(trimmed.substring(0, length));
      if (type != null) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** Returns every event type in code order. */
  public List<CameoEventType> all() {
    return all;
  }

  /** Returns the root event types (two-digit codes) in code order. */
  public List<CameoEventType> roots() {
    List<CameoEventType> roots = new ArrayList<>();
    for (CameoEventType type : all) {
      if (type.isRoot()) {
        roots.add(type);
      }
    }
    return Collections.unmodifiableList(roots);
  }

  /**
   * Returns the direct sub-codes of a code in code order: the base codes of a root, the leaf codes
   * of a base code, none for a leaf.
   *
   * @throws IllegalArgumentException if the code is unknown: {@code "unknown cameo code: 999"}
   */
  public List<CameoEventType> children(String code) {
    return children.get(get(code).code());
  }

  /** Returns the number of event types. */
  public int size() {
    return all.size();
  }

  /** Returns the name of the table this ontology was loaded from, as given to {@link #load}. */
  public String sourceName() {
    return sourceName;
  }

  @Override
  public String toString() {
    return "CameoOntology[" + all.size() + " codes from " + sourceName + "]";
  }
}
