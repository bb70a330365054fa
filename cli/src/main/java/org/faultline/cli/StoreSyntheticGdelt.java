package org.faultline.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.faultline.core.cameo.ActorCode;
import org.faultline.core.cameo.CameoEventType;
import org.faultline.core.cameo.CameoOntology;

/**
 * Writes seeded synthetic GDELT 2.0 event rows for {@code faultline bench store}: 61 columns like a
 * real export, geography included, so that rows have a realistic size (about 450 bytes).
 *
 * <p>Forty countries with skewed frequencies (the first, USA and CHN, the most common), agents,
 * CAMEO codes with realistic root frequencies, dates spread evenly over 2015-2024, increasing
 * GLOBALEVENTIDs. The same seed gives the same file.
 */
final class StoreSyntheticGdelt {
  private StoreSyntheticGdelt() {}

  private static final String[] COUNTRIES = {
    "USA", "CHN", "RUS", "GBR", "FRA", "DEU", "IRN", "ISR", "IND", "PAK", "SYR", "TUR", "UKR",
    "JPN", "KOR", "PRK", "AFG", "IRQ", "EGY", "SAU", "NGA", "ZAF", "BRA", "MEX", "CAN", "AUS",
    "ITA", "ESP", "POL", "VEN", "CUB", "LBY", "YEM", "LBN", "PSE", "SDN", "ETH", "KEN", "IDN",
    "PHL"
  };

  private static final String[] AGENTS = {
    "", "", "", "", "GOV", "GOV", "MIL", "BUS", "OPP", "MED", "COP", "JUD", "REB", "LEG", "EDU"
  };

  /** Relative frequency of each CAMEO root 01-20, roughly as in news event data. */
  private static final int[] ROOT_WEIGHTS = {
    14, 4, 9, 20, 7, 2, 3, 3, 1, 2, 5, 2, 2, 3, 1, 2, 4, 2, 5, 1
  };

  static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  static final int DAYS = 3653;

  /**
   * Writes {@code rows} rows.
   *
   * @return the number of bytes written
   */
  static long write(Path file, long rows, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    int[] countryPick = weightedIndex(COUNTRIES.length);
    String[] names = new String[COUNTRIES.length];
    for (int i = 0; i < COUNTRIES.length; i++) {
      names[i] = ActorCode.describe(COUNTRIES[i]).orElse(COUNTRIES[i]).toUpperCase(Locale.ROOT);
    }
    List<CameoEventType> codes = new ArrayList<>();
    for (CameoEventType t : CameoOntology.standard().all()) {
      if (!t.isRoot()) {
        int w = ROOT_WEIGHTS[t.rootNumber() - 1];
        for (int k = 0; k < w; k++) {
          codes.add(t);
        }
      }
    }
    String[] dates = new String[DAYS];
    for (int d = 0; d < DAYS; d++) {
      dates[d] = FIRST_DAY.plusDays(d).toString().replace("-", "");
    }
    long bytes = 0;
    StringBuilder r = new StringBuilder(1024);
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.US_ASCII),
            1 << 20)) {
      for (long i = 0; i < rows; i++) {
        r.setLength(0);
        int day = random.nextInt(DAYS);
        String date = dates[day];
        int month = Integer.parseInt(date, 4, 6, 10);
        int dom = Integer.parseInt(date, 6, 8, 10);
        r.append(1_000_000_000L + i).append('\t').append(date).append('\t');
        r.append(date, 0, 6).append('\t').append(date, 0, 4).append('\t');
        int fraction = (int) Math.round(((month - 1) * 30 + dom) / 365.0 * 10000);
        r.append(date, 0, 4).append('.');
        r.append(fraction < 1000 ? fraction < 100 ? fraction < 10 ? "000" : "00" : "0" : "");
        r.append(Math.min(fraction, 9999)).append('\t');
        int a1 = countryPick[random.nextInt(countryPick.length)];
        int a2 = countryPick[random.nextInt(countryPick.length)];
        actor(r, a1, names, random);
        if (random.nextInt(10) == 0) {
          r.append("\t\t\t\t\t\t\t\t\t\t");
        } else {
          actor(r, a2, names, random);
        }
        CameoEventType t = codes.get(random.nextInt(codes.size()));
        String code = t.code();
        r.append(random.nextInt(3) == 0 ? '1' : '0').append('\t');
        r.append(code).append('\t').append(code, 0, Math.min(3, code.length())).append('\t');
        r.append(t.root()).append('\t').append(t.quadClass().number()).append('\t');
        r.append(t.goldstein()).append('\t');
        int mentions = 1 + (random.nextInt(4) == 0 ? random.nextInt(30) : random.nextInt(3));
        r.append(mentions).append('\t').append(1 + random.nextInt(Math.min(mentions, 5)));
        r.append('\t').append(mentions).append('\t');
        int tone = random.nextInt(1500) - 1000;
        r.append(tone / 100).append('.').append(Math.abs(tone % 100)).append('\t');
        geo(r, random.nextInt(2) == 0 ? -1 : a1, names, random);
        geo(r, random.nextInt(2) == 0 ? -1 : a2, names, random);
        geo(r, random.nextInt(5) == 0 ? -1 : a1, names, random);
        r.append(date).append(random.nextInt(24) < 10 ? "0" : "").append(random.nextInt(24));
        r.append("1500\t");
        r.append("https://www.example-news.com/").append(date, 0, 4).append('/');
        r.append(date, 4, 6).append('/').append(date, 6, 8).append("/world/story-");
        r.append(1_000_000_000L + i).append(".html\n");
        out.append(r);
        bytes += r.length();
      }
    }
    // On disk before the import is timed, so that the import does not pay for writing it back.
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    return bytes;
  }

  private static void actor(StringBuilder r, int country, String[] names, SplittableRandom random) {
    String agent = AGENTS[random.nextInt(AGENTS.length)];
    r.append(COUNTRIES[country]).append(agent).append('\t');
    r.append(names[country]).append('\t').append(COUNTRIES[country]).append("\t\t\t\t\t");
    r.append(agent).append("\t\t\t");
  }

  private static void geo(StringBuilder r, int country, String[] names, SplittableRandom random) {
    if (country < 0) {
      r.append("0\t\t\t\t\t\t\t\t");
      return;
    }
    String c = COUNTRIES[country];
    int lat = random.nextInt(180_0000) - 90_0000;
    int lon = random.nextInt(360_0000) - 180_0000;
    r.append("4\t").append("Capital City, Province, ").append(names[country]).append('\t');
    r.append(c, 0, 2).append('\t').append(c, 0, 2).append("01\t").append(c, 0, 2);
    r.append("0101\t").append(lat / 10000.0).append('\t').append(lon / 10000.0).append('\t');
    r.append(-1 - random.nextInt(3_000_000)).append('\t');
  }

  /** Indices 0..n-1 repeated in proportion to 1/(rank+1)^0.8, for skewed picks. */
  private static int[] weightedIndex(int n) {
    List<Integer> picks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int copies = (int) Math.round(100 / Math.pow(i + 1, 0.8));
      for (int k = 0; k < copies; k++) {
        picks.add(i);
      }
    }
    return picks.stream().mapToInt(Integer::intValue).toArray();
  }
}
