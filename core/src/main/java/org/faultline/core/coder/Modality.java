package org.faultline.core.coder;

import java.util.Map;

/**
 * CAMEO's mapping from an action to the intent to do it (03x) or the threat to do it (13x): "will
 * send troops" is an intent to provide military aid, "threatened to impose sanctions" a threat of
 * sanctions. Codes are matched by their longest known prefix.
 */
final class Modality {
  private Modality() {}

  private static final Map<String, String> INTENT =
      Map.ofEntries(
          Map.entry("04", "036"),
          Map.entry("045", "039"),
          Map.entry("046", "036"),
          Map.entry("05", "032"),
          Map.entry("06", "031"),
          Map.entry("061", "0311"),
          Map.entry("062", "0312"),
          Map.entry("063", "0313"),
          Map.entry("064", "0314"),
          Map.entry("07", "033"),
          Map.entry("071", "0331"),
          Map.entry("072", "0332"),
          Map.entry("073", "0333"),
          Map.entry("074", "0334"),
          Map.entry("08", "035"),
          Map.entry("081", "0351"),
          Map.entry("082", "0352"),
          Map.entry("083", "034"),
          Map.entry("0831", "0341"),
          Map.entry("0832", "0342"),
          Map.entry("0833", "0343"),
          Map.entry("0834", "0344"),
          Map.entry("084", "0353"),
          Map.entry("085", "0354"),
          Map.entry("086", "0355"),
          Map.entry("087", "0356"));

  private static final Map<String, String> THREAT =
      Map.ofEntries(
          Map.entry("14", "133"),
          Map.entry("15", "138"),
          Map.entry("16", "131"),
          Map.entry("161", "1313"),
          Map.entry("162", "1311"),
          Map.entry("163", "1312"),
          Map.entry("164", "134"),
          Map.entry("165", "135"),
          Map.entry("166", "136"),
          Map.entry("17", "130"),
          Map.entry("172", "132"),
          Map.entry("1721", "1321"),
          Map.entry("1722", "1322"),
          Map.entry("1723", "1323"),
          Map.entry("1724", "1324"),
          Map.entry("173", "137"),
          Map.entry("174", "137"),
          Map.entry("175", "137"),
          Map.entry("18", "1383"),
          Map.entry("19", "138"),
          Map.entry("191", "1381"),
          Map.entry("192", "1382"),
          Map.entry("193", "1384"),
          Map.entry("194", "1384"),
          Map.entry("195", "1384"),
          Map.entry("20", "138"),
          Map.entry("204", "1385"));

  private static final Map<String, String> REFUSAL =
      Map.ofEntries(
          Map.entry("04", "125"),
          Map.entry("05", "120"),
          Map.entry("06", "121"),
          Map.entry("061", "1211"),
          Map.entry("062", "1212"),
          Map.entry("07", "122"),
          Map.entry("071", "1221"),
          Map.entry("072", "1222"),
          Map.entry("073", "1223"),
          Map.entry("074", "1224"),
          Map.entry("08", "124"),
          Map.entry("081", "1241"),
          Map.entry("082", "1242"),
          Map.entry("084", "1243"),
          Map.entry("085", "1244"),
          Map.entry("086", "1245"),
          Map.entry("087", "1246"));

  /**
   * The refusal code for a cooperative action that someone will not do ("would not provide aid":
   * reject the request for aid), or null.
   */
  static String refusal(String code) {
    return lookup(REFUSAL, code);
  }

  /** The intent code for an action code, or null if the action has none (e.g. it is verbal). */
  static String intent(String code) {
    return lookup(INTENT, code);
  }

  /** The threat code for an action code, or null. */
  static String threat(String code) {
    return lookup(THREAT, code);
  }

  /**
   * The demand code for an action someone must take ("Israel must stop the bombing": demand
   * de-escalation, 1056): CAMEO's demands (10x) mirror its intents (03x); an action with no intent
   * code is a demand not specified (100).
   */
  static String demand(String code) {
    String i = intent(code);
    if (i == null) {
      return "100";
    }
    return i.equals("039") ? "108" : "10" + i.substring(2);
  }

  /**
   * The appeal code for an action someone should take ("Israel should allow aid in": appeal to
   * allow international involvement, 0255): CAMEO's appeals (02x) mirror its intents too; an action
   * with no intent code is an appeal not specified (020).
   */
  static String appeal(String code) {
    String i = intent(code);
    if (i == null) {
      return "020";
    }
    return i.equals("039") ? "028" : "02" + i.substring(2);
  }

  /** Intent for cooperation, threat for conflict; null for codes with neither. */
  static String future(String code) {
    String i = intent(code);
    return i != null ? i : threat(code);
  }

  private static String lookup(Map<String, String> map, String code) {
    if (code == null || code.length() < 2) {
      return null;
    }
    for (int len = Math.min(4, code.length()); len >= 2; len--) {
      String v = map.get(code.substring(0, len));
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** The CAMEO root (first two characters) of a code, or "". */
  static String root(String code) {
    return code != null && code.length() >= 2 ? code.substring(0, 2) : "";
  }
}
