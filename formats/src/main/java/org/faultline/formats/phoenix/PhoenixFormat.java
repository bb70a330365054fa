package org.faultline.formats.phoenix;

import java.util.List;

/** The column layout of Phoenix event files, shared by the reader and the writer. */
public final class PhoenixFormat {
  private PhoenixFormat() {}

  /** The dataset name of Phoenix rows. */
  public static final String DATASET = "phoenix";

  /** The 26 columns, in file order (the files have no header). */
  public static final List<String> COLUMNS =
      List.of(
          "EventID",
          "Date",
          "Year",
          "Month",
          "Day",
          "SourceActorFull",
          "SourceActorEntity",
          "SourceActorRole",
          "SourceActorAttribute",
          "TargetActorFull",
          "TargetActorEntity",
          "TargetActorRole",
          "TargetActorAttribute",
          "EventCode",
          "EventRootCode",
          "QuadClass",
          "GoldsteinScore",
          "Issues",
          "Lat",
          "Lon",
          "LocationName",
          "StateName",
          "CountryCode",
          "SentenceID",
          "URLs",
          "NewsSources");

  /**
   * Phoenix's quad class of a CAMEO root: 0 (neutral) for roots 01 and 02, else the GDELT quad
   * class 1-4 (Phoenix calls it a penta class).
   */
  public static int pentaClass(String rootCode, int quadClass) {
    return "01".equals(rootCode) || "02".equals(rootCode) ? 0 : quadClass;
  }
}
