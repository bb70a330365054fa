package org.faultline.nlp;

/**
 * The CoreNLP constituency parsers this module can run, with the classpath resource of each model.
 * Both come from the CoreNLP model jars this module depends on.
 */
public enum ParserModel {
  /**
   * The shift-reduce parser ({@code englishSR}, 64 MB compressed, in {@code models-english}): the
   * default, several times faster than the PCFG and more accurate.
   */
  SHIFT_REDUCE("englishSR", "edu/stanford/nlp/models/srparser/englishSR.ser.gz"),
  /**
   * The unlexicalized PCFG ({@code englishPCFG}, 3 MB, in {@code models}): the parser PETRARCH2's
   * pipeline used; kept for comparisons.
   */
  PCFG("englishPCFG", "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz");

  private final String shortName;
  private final String resource;

  ParserModel(String shortName, String resource) {
    this.shortName = shortName;
    this.resource = resource;
  }

  /** The model's name as provenance records show it, e.g. {@code englishSR}. */
  public String shortName() {
    return shortName;
  }

  /** The model's classpath resource. */
  public String resource() {
    return resource;
  }

  /**
   * The model with this short name or enum name, case-insensitively ({@code englishSR}, {@code sr},
   * {@code shift_reduce}, {@code englishPCFG}, {@code pcfg}).
   *
   * @throws IllegalArgumentException for any other name
   */
  public static ParserModel named(String name) {
    String n = name.strip();
    for (ParserModel m : values()) {
      if (m.shortName.equalsIgnoreCase(n) || m.name().equalsIgnoreCase(n)) {
        return m;
      }
    }
    if (n.equalsIgnoreCase("sr")) {
      return SHIFT_REDUCE;
    }
    throw new IllegalArgumentException(
        "parser must be englishSR (sr) or englishPCFG (pcfg): " + name);
  }
}
