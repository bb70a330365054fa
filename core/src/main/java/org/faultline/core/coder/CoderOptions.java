package org.faultline.core.coder;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Options of the pattern coder. {@link #defaults()} are TABARI/PETRARCH's (used for their
 * validation files); {@link #news()} adds what coding today's news needs.
 *
 * @param newActorLength when a noun phrase has no actor or agent code, use the phrase itself in
 *     quotes as the code if it has at most this many words; 0 turns this off
 * @param requireDyad drop events whose source or target is the null code {@code ---} (except the
 *     one-actor codes)
 * @param commaMin internal comma clauses of at least this many words are removed...
 * @param commaMax ...if they have at most this many (0 turns internal removal off)
 * @param commaBMin initial clause minimum length
 * @param commaBMax initial clause maximum length (0: off, the default)
 * @param commaEMin terminal clause minimum length
 * @param commaEMax terminal clause maximum length (0: off)
 * @param negation a negated verb ("did not attack") yields no event unless its pattern names the
 *     negation itself
 * @param modality a cooperative action under "will/would" or an intent verb ("agreed to send
 *     troops") is coded as the matching intent (03x); a hostile one as the matching threat (13x)
 * @param reportedSpeech a statement verb ("said") whose complement clause holds an event yields
 *     that event with the speaker as {@code reportedBy}; "according to X" and a final ", X said"
 *     set {@code reportedBy} of the sentence's events
 * @param oneActorCodes code prefixes whose events are kept without a target (protests,
 *     mobilisations, curfews)
 * @param inferCountries an actor known only by its role ({@code ---GOV}) takes the country of the
 *     place the sentence names ("in Nairobi") or of the other actor when that is a part of its
 *     country ("police arrested Kenyan protesters", not "the government thanked China"); a compound
 *     subject without an object ("A and B met") codes events among its members
 * @param clauseStructure the source of a verb is the subject of its own clause, or of the main
 *     clause for an opening phrase without one ("After meeting Putin, Xi praised..."); an aspectual
 *     verb with a clause as complement ("began sending troops") codes the clause; a terminal comma
 *     clause that holds the main verb is not removed
 */
public record CoderOptions(
    int newActorLength,
    boolean requireDyad,
    int commaMin,
    int commaMax,
    int commaBMin,
    int commaBMax,
    int commaEMin,
    int commaEMax,
    boolean negation,
    boolean modality,
    boolean reportedSpeech,
    List<String> oneActorCodes,
    boolean inferCountries,
    boolean clauseStructure) {

  /**
   * The roots whose events news coding keeps without a target: actions that mean something on their
   * own ("Thailand lifted the state of emergency", "Hamas rejected the peace plan", "rebels carried
   * out air strikes", "Russia threatened to use nuclear weapons"). Left out are the relational
   * roots, consult (04), diplomatic and material cooperation (05, 06), aid (07) and disapprove
   * (11), whose matches without a target were more often wrong than right on the development sets.
   */
  public static final List<String> NEWS_ONE_ACTOR_CODES =
      List.of(
          "01", "02", "03", "08", "09", "10", "12", "13", "14", "15", "16", "17", "18", "19", "20");

  /** The option names {@link #with(String, String)} accepts. */
  public static final List<String> NAMES =
      List.of(
          "new_actor_length",
          "require_dyad",
          "comma_min",
          "comma_max",
          "comma_bmin",
          "comma_bmax",
          "comma_emin",
          "comma_emax",
          "negation",
          "modality",
          "reported_speech",
          "one_actor_codes",
          "infer_countries",
          "clause_structure");

  public CoderOptions {
    if (newActorLength < 0) {
      throw new IllegalArgumentException("new_actor_length must be >= 0: " + newActorLength);
    }
    for (int v : new int[] {commaMin, commaMax, commaBMin, commaBMax, commaEMin, commaEMax}) {
      if (v < 0) {
        throw new IllegalArgumentException("comma clause lengths must be >= 0: " + v);
      }
    }
    oneActorCodes = List.copyOf(oneActorCodes);
  }

  /** PETRARCH's defaults: no new actors, dyads required, internal and terminal clauses 2-8. */
  public static CoderOptions defaults() {
    return new CoderOptions(
        0, true, 2, 8, 0, 0, 2, 8, false, false, false, List.of(), false, false);
  }

  /**
   * Defaults for news: PETRARCH's plus negation, modality, reported speech, country inference,
   * clause structure, and one-actor events for {@link #NEWS_ONE_ACTOR_CODES}.
   */
  public static CoderOptions news() {
    return new CoderOptions(
        0, true, 2, 8, 0, 0, 2, 8, true, true, true, NEWS_ONE_ACTOR_CODES, true, true);
  }

  /** True if events with this code may have no target. */
  public boolean oneActor(String code) {
    for (String p : oneActorCodes) {
      if (code.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A copy with one option changed, by its name (PETRARCH's names for the PETRARCH options).
   *
   * @throws IllegalArgumentException for an unknown name (the message lists the known ones) or a
   *     value of the wrong type
   */
  public CoderOptions with(String name, String value) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    switch (n) {
      case "require_dyad":
        return copy(n, bool(n, value), 0, null);
      case "negation":
      case "modality":
      case "reported_speech":
      case "infer_countries":
      case "clause_structure":
        return copy(n, bool(n, value), 0, null);
      case "one_actor_codes":
        List<String> codes =
            Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
        return copy(n, false, 0, codes);
      default:
        if (!NAMES.contains(n)) {
          throw new IllegalArgumentException("Unknown option: " + name + " (known: " + NAMES + ")");
        }
        int v;
        try {
          v = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(n + " must be an integer: " + value, e);
        }
        return copy(n, false, v, null);
    }
  }

  private static boolean bool(String name, String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (!v.equals("true") && !v.equals("false")) {
      throw new IllegalArgumentException(name + " must be true or false: " + value);
    }
    return v.equals("true");
  }

  private CoderOptions copy(String n, boolean b, int v, List<String> codes) {
    return new CoderOptions(
        n.equals("new_actor_length") ? v : newActorLength,
        n.equals("require_dyad") ? b : requireDyad,
        n.equals("comma_min") ? v : commaMin,
        n.equals("comma_max") ? v : commaMax,
        n.equals("comma_bmin") ? v : commaBMin,
        n.equals("comma_bmax") ? v : commaBMax,
        n.equals("comma_emin") ? v : commaEMin,
        n.equals("comma_emax") ? v : commaEMax,
        n.equals("negation") ? b : negation,
        n.equals("modality") ? b : modality,
        n.equals("reported_speech") ? b : reportedSpeech,
        n.equals("one_actor_codes") ? codes : oneActorCodes,
        n.equals("infer_countries") ? b : inferCountries,
        n.equals("clause_structure") ? b : clauseStructure);
  }
}
