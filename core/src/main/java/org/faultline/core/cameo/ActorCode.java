package org.faultline.core.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A CAMEO actor code as a value: a concatenation of three-character blocks such as {@code PRKMIL}
 * (North Korea, military) or {@code IGOUNOREFHCR}.
 *
 * <p>The first block is the primary part, kept in {@link #country()}: a country ({@code PRK}), an
 * international generic code ({@code IGO}, {@code NGO}, ...), a region ({@code MEA}), an identity
 * group, or {@code ---} for an actor whose country is unknown. The remaining blocks are agent,
 * sector or organization blocks, kept in order in {@link #agents()}. Blocks are upper-case ASCII
 * letters or digits; {@code -} appears only in a leading {@code ---}.
 *
 * <p>Any well-formed code is accepted, whether or not its blocks are known: dictionaries, including
 * test dictionaries with invented countries such as {@code MORORC}, define their own. Only {@link
 * #countryCode()}, {@link #isKnownCountry} and {@link #isKnownAgent} consult the bundled table of
 * CAMEO codes ({@code actor-codes.tsv} beside this class).
 *
 * <p>Instances are immutable; {@link #toString()} returns the {@link #code()}.
 *
 * @param country the primary block: three upper-case letters or digits, or {@code ---}
 * @param agents the agent blocks after it, each three upper-case letters or digits; may be empty
 */
public record ActorCode(String country, List<String> agents) {

  /** The primary block of an actor whose country is unknown. */
  public static final String UNKNOWN = "---";

  /** Validates the blocks and copies the agent list; see the record description for the rules. */
  public ActorCode {
    if (country == null || !(UNKNOWN.equals(country) || isBlock(country))) {
      throw new IllegalArgumentException(
          "actor country must be 3 upper-case letters or digits, or ---: " + country);
    }
    if (agents == null) {
      throw new IllegalArgumentException("actor agents must be a list, empty if none: null");
    }
    for (String agent : agents) {
      checkAgent(agent);
    }
    agents = List.copyOf(agents);
  }

  /**
   * Parses a concatenated actor code such as {@code PRKMIL} or {@code ---GOV}.
   *
   * @throws IllegalArgumentException if the code is not a sequence of three-character blocks:
   *     {@code "actor code must be 3-letter blocks: PRKM"}
   */
  public static ActorCode parse(String code) {
    if (code == null || code.isEmpty() || code.length() % 3 != 0) {
      throw blocksError(code);
    }
    String primary = code.substring(0, 3);
    if (!(UNKNOWN.equals(primary) || isBlock(primary))) {
      throw blocksError(code);
    }
    List<String> agents = new ArrayList<>(code.length() / 3 - 1);
    for (int i = 3; i < code.length(); i += 3) {
      String agent = code.substring(i, i + 3);
      if (!isBlock(agent)) {
        throw blocksError(code);
      }
      agents.add(agent);
    }
    return new ActorCode(primary, agents);
  }

  /**
   * Creates an actor code from its blocks, e.g. {@code of("PRK", "MIL")}.
   *
   * @throws IllegalArgumentException if a block breaks the rules of the record
   */
  public static ActorCode of(String country, String... agents) {
    if (agents == null) {
      throw new IllegalArgumentException("actor agents must be a list, empty if none: null");
    }
    return new ActorCode(country, Arrays.asList(agents));
  }

  /** Returns the concatenated code, e.g. {@code PRKMIL}. */
  public String code() {
    StringBuilder code = new StringBuilder(3 + 3 * agents.size()).append(country);
    for (String agent : agents) {
      code.append(agent);
    }
    return code.toString();
  }

  /**
   * Returns this code with one more agent block at the end: {@code PRK} with {@code MIL} is {@code
   * PRKMIL}.
   *
   * @throws IllegalArgumentException if {@code agent} is not three upper-case letters or digits
   */
  public ActorCode withAgent(String agent) {
    checkAgent(agent);
    List<String> more = new ArrayList<>(agents.size() + 1);
    more.addAll(agents);
    more.add(agent);
    return new ActorCode(country, more);
  }

  /** Returns whether the country is unknown, i.e. the primary block is {@code ---}. */
  public boolean isUnknown() {
    return UNKNOWN.equals(country);
  }

  /**
   * Returns the primary block if it is a country code known to CAMEO ({@code PRK} for {@code
   * PRKMIL}), empty for unknown, international, regional or invented codes.
   */
  public Optional<String> countryCode() {
    return isKnownCountry(country) ? Optional.of(country) : Optional.empty();
  }

  /**
   * Returns whether a block is a country code in the bundled table: ISO 3166-1 alpha-3 codes as
   * CAMEO uses them, plus historical and CAMEO-specific state codes such as {@code KSV}.
   */
  public static boolean isKnownCountry(String block) {
    return Table.kindOf(block).filter(kind -> kind.equals("country")).isPresent();
  }

  /**
   * Returns whether a block is known as a non-primary block in the bundled table: a role or sector
   * code ({@code GOV}, {@code MIL}, {@code REB}, ...), an international generic code ({@code IGO},
   * {@code NGO}, ...), a special organization code ({@code UNO}, {@code IRC}, ...) or a religion.
   */
  public static boolean isKnownAgent(String block) {
    return Table.kindOf(block).filter(Table.AGENT_KINDS::contains).isPresent();
  }

  /** Returns the one-line description of a block in the bundled table, if it is there. */
  public static Optional<String> describe(String block) {
    return Optional.ofNullable(block == null ? null : Table.DESCRIPTIONS.get(block));
  }

  @Override
  public String toString() {
    return code();
  }

  private static void checkAgent(String agent) {
    if (agent == null || !isBlock(agent)) {
      throw new IllegalArgumentException(
          "actor agent must be 3 upper-case letters or digits: " + agent);
    }
  }

  private static boolean isBlock(String block) {
    if (block.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = block.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  private static IllegalArgumentException blocksError(String code) {
    return new IllegalArgumentException("actor code must be 3-letter blocks: " + code);
  }

  /** The bundled table of known blocks, loaded once on first use. */
  private static final class Table {
    static final String RESOURCE = "actor-codes.tsv";
    static final List<String> COLUMNS = List.of("code", "kind", "description");
    static final List<String> KINDS =
        List.of("country", "region", "international", "organization", "agent", "religion");
    static final Set<String> AGENT_KINDS =
        Set.of("international", "organization", "agent", "religion");
    static final Map<String, String> KIND_OF;
    static final Map<String, String> DESCRIPTIONS;

    static {
      Map<String, String> kinds = new HashMap<>();
      Map<String, String> descriptions = new HashMap<>();
      try {
        read(kinds, descriptions);
      } catch (IOException e) {
        throw new IllegalStateException("bundled actor table must load: " + e.getMessage(), e);
      }
      KIND_OF = Map.copyOf(kinds);
      DESCRIPTIONS = Map.copyOf(descriptions);
    }

    static Optional<String> kindOf(String block) {
      return Optional.ofNullable(block == null ? null : KIND_OF.get(block));
    }

    private static void read(Map<String, String> kinds, Map<String, String> descriptions)
        throws IOException {
      try (InputStream in = ActorCode.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IOException(RESOURCE + ": bundled resource must exist: " + RESOURCE);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        boolean headerSeen = false;
        int lineNumber = 0;
        String line;
        while ((line = reader.readLine()) != null) {
          lineNumber++;
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          List<String> cells = Arrays.asList(line.split("\t", -1));
          String where = RESOURCE + ":" + lineNumber + ": ";
          if (!headerSeen) {
            if (!cells.equals(COLUMNS)) {
              throw new IOException(
                  where + "header must be " + String.join(", ", COLUMNS) + ": " + line);
            }
            headerSeen = true;
            continue;
          }
          if (cells.size() != COLUMNS.size()) {
            throw new IOException(where + "row must have 3 tab-separated columns: " + cells.size());
          }
          String code = cells.get(0);
          if (!isBlock(code)) {
            throw new IOException(where + "code must be 3 upper-case letters or digits: " + code);
          }
          if (!KINDS.contains(cells.get(1))) {
            throw new IOException(where + "kind must be one of " + KINDS + ": " + cells.get(1));
          }
          if (cells.get(2).isBlank()) {
            throw new IOException(where + "description must not be blank: " + code);
          }
          if (kinds.putIfAbsent(code, cells.get(1)) != null) {
            throw new IOException(where + "code must be unique: " + code);
          }
          descriptions.put(code, cells.get(2));
        }
      }
    }
  }
}
