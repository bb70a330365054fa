package org.faultline.formats.gdelt;

import java.util.ArrayList;
import java.util.List;

/** The column names of the GDELT event file layouts, in file order (the files have no header). */
public final class GdeltColumns {
  private GdeltColumns() {}

  /** The 61 columns of a GDELT 2.0 event export. */
  public static final List<String> V2 = columns(true);

  /** The 58 columns of a GDELT 1.0 event file (the last, SOURCEURL, absent before April 2013). */
  public static final List<String> V1 = columns(false);

  private static List<String> columns(boolean v2) {
    List<String> c = new ArrayList<>();
    c.addAll(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String actor : List.of("Actor1", "Actor2")) {
      for (String f :
          List.of(
              "Code",
              "Name",
              "CountryCode",
              "KnownGroupCode",
              "EthnicCode",
              "Religion1Code",
              "Religion2Code",
              "Type1Code",
              "Type2Code",
              "Type3Code")) {
        c.add(actor + f);
      }
    }
    c.addAll(
        List.of(
            "IsRootEvent",
            "EventCode",
            "EventBaseCode",
            "EventRootCode",
            "QuadClass",
            "GoldsteinScale",
            "NumMentions",
            "NumSources",
            "NumArticles",
            "AvgTone"));
    for (String geo : List.of("Actor1Geo", "Actor2Geo", "ActionGeo")) {
      c.add(geo + "_Type");
      c.add(geo + "_FullName");
      c.add(geo + "_CountryCode");
      c.add(geo + "_ADM1Code");
      if (v2) {
        c.add(geo + "_ADM2Code");
      }
      c.add(geo + "_Lat");
      c.add(geo + "_Long");
      c.add(geo + "_FeatureID");
    }
    c.add("DATEADDED");
    c.add("SOURCEURL");
    return List.copyOf(c);
  }
}
