package org.faultline.formats.icews;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.faultline.core.cameo.ActorCode;

/**
 * Maps what ICEWS says about an actor (a country name, a comma-separated list of sectors) to CAMEO
 * actor code blocks, so that ICEWS rows can be queried with the same codes as GDELT and Faultline
 * rows.
 *
 * <p>Countries: every country of the CAMEO actor table by its description ({@code Russia}, {@code
 * Congo (Brazzaville)}, also the parts before and inside the parentheses), plus the spellings in
 * the bundled {@code country-aliases.tsv} ({@code Russian Federation}, {@code Occupied Palestinian
 * Territory}); case-insensitive. Sectors: the first sector, in ICEWS order, whose name contains one
 * of a fixed list of keywords ({@code Military} to {@code MIL}, {@code Police} to {@code COP}, ...)
 * gives the agent block; see {@link #sectorCode}. Immutable and thread-safe.
 */
public final class IcewsActors {
  private static final String ALIASES = "country-aliases.tsv";

  /** Sector keywords and the CAMEO agent block they map to, first match wins. */
  private static final List<Map.Entry<String, String>> SECTORS =
      List.of(
          Map.entry("military", "MIL"),
          Map.entry("army", "MIL"),
          Map.entry("navy", "MIL"),
          Map.entry("air force", "MIL"),
          Map.entry("police", "COP"),
          Map.entry("law enforcement", "COP"),
          Map.entry("intelligence", "SPY"),
          Map.entry("judicia", "JUD"),
          Map.entry("court", "JUD"),
          Map.entry("legislat", "LEG"),
          Map.entry("parliament", "LEG"),
          Map.entry("rebel", "REB"),
          Map.entry("insurgen", "INS"),
          Map.entry("opposition", "OPP"),
          Map.entry("party", "PTY"),
          Map.entry("government", "GOV"),
          Map.entry("executive", "GOV"),
          Map.entry("cabinet", "GOV"),
          Map.entry("ministry", "GOV"),
          Map.entry("media", "MED"),
          Map.entry("news", "MED"),
          Map.entry("business", "BUS"),
          Map.entry("education", "EDU"),
          Map.entry("health", "HLH"),
          Map.entry("medical", "HLH"),
          Map.entry("labor", "LAB"),
          Map.entry("labour", "LAB"),
          Map.entry("refugee", "REF"),
          Map.entry("crimin", "CRM"),
          Map.entry("agricultur", "AGR"),
          Map.entry("environment", "ENV"),
          Map.entry("human rights", "HRI"),
          Map.entry("religio", "REL"),
          Map.entry("elite", "ELI"),
          Map.entry("civilian", "CVL"));

  private static final IcewsActors STANDARD = load();

  private final Map<String, String> countries;

  private IcewsActors(Map<String, String> countries) {
    this.countries = Map.copyOf(countries);
  }

  /** The mapping from the CAMEO actor table and the bundled aliases. */
  public static IcewsActors standard() {
    return STANDARD;
  }

  private static IcewsActors load() {
    Map<String, String> names = new HashMap<>();
    for (char a = 'A'; a <= 'Z'; a++) {
      for (char b = 'A'; b <= 'Z'; b++) {
        for (char c = 'A'; c <= 'Z'; c++) {
          String code = new String(new char[] {a, b, c});
          if (ActorCode.isKnownCountry(code)) {
            ActorCode.describe(code).ifPresent(d -> index(names, d, code));
          }
        }
      }
    }
    try (InputStream in = IcewsActors.class.getResourceAsStream(ALIASES)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource must exist: " + ALIASES);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != 2 || !ActorCode.isKnownCountry(cells[1])) {
          throw new IllegalStateException(
              ALIASES + ":" + number + ": row must be a name and a known country code: " + line);
        }
        names.put(cells[0].strip().toLowerCase(Locale.ROOT), cells[1]);
      }
    } catch (IOException e) {
      throw new IllegalStateException("bundled country aliases must load: " + e.getMessage(), e);
    }
    return new IcewsActors(names);
  }

  private static void index(Map<String, String> names, String description, String code) {
    String d = description.toLowerCase(Locale.ROOT);
    int open = d.indexOf(" (");
    if (open > 0) {
      names.putIfAbsent(d.substring(0, open).strip(), code);
      int close = d.indexOf(')', open);
      if (close > open) {
        String inner = d.substring(open + 2, close).strip();
        if (!inner.equals("historical") && inner.chars().noneMatch(ch -> ch == ';' || ch == ',')) {
          names.putIfAbsent(inner, code);
        }
      }
    }
    names.putIfAbsent(d, code);
  }

  /** The CAMEO country code of a country name, case-insensitive, if known. */
  public Optional<String> countryCode(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(countries.get(name.strip().toLowerCase(Locale.ROOT)));
  }

  /**
   * The CAMEO agent block of an ICEWS sector list such as {@code "Government,Executive"}: the first
   * sector that contains a known keyword decides, empty if none does.
   */
  public static Optional<String> sectorCode(String sectors) {
    if (sectors == null || sectors.isBlank()) {
      return Optional.empty();
    }
    for (String sector : sectors.split(",")) {
      String s = sector.strip().toLowerCase(Locale.ROOT);
      for (Map.Entry<String, String> e : SECTORS) {
        if (s.contains(e.getKey())) {
          return Optional.of(e.getValue());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The CAMEO actor code of an ICEWS actor: country block ({@code ---} if the country is unknown)
   * followed by the sector's agent block; "" when neither is known.
   */
  public String actorCode(String country, String sectors) {
    Optional<String> c = countryCode(country);
    Optional<String> agent = sectorCode(sectors);
    if (c.isEmpty() && agent.isEmpty()) {
      return "";
    }
    return c.orElse(ActorCode.UNKNOWN) + agent.orElse("");
  }
}
