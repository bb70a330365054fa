package org.faultline.core.cameo;

import java.util.Optional;

/**
 * One CAMEO event type: a root (two digits), base (three digits) or leaf (four digits) code of the
 * CAMEO codebook with its name, Goldstein weight, quad class and PLOVER mapping.
 *
 * <p>Codes are strings, never numbers: {@code "010"} (make statement) and {@code "10"} (demand) are
 * different codes. The first two digits are the root, 01-20, and the quad class must be the one of
 * that root. Instances are immutable.
 *
 * @param code the CAMEO code, 2-4 ASCII digits with a root of 01-20
 * @param name the codebook's short name, not blank
 * @param goldstein the Goldstein conflict-cooperation weight, -10 (most conflictual) to 10
 * @param quadClass the quad class of the code's root
 * @param plover the PLOVER mapping, empty where PLOVER does not map the code (roots 01 and 02)
 */
public record CameoEventType(
    String code,
    String name,
    double goldstein,
    QuadClass quadClass,
    Optional<PloverMapping> plover) {

  /** Validates the components; see the record description for the rules. */
  public CameoEventType {
    int root = checkCode(code);
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(
          "cameo name must not be blank: " + (name == null ? "null" : "'" + name + "'"));
    }
    if (!(goldstein >= -10.0 && goldstein <= 10.0)) {
      throw new IllegalArgumentException("goldstein must be in [-10, 10]: " + goldstein);
    }
    QuadClass expected = QuadClass.ofRoot(root);
    if (quadClass != expected) {
      throw new IllegalArgumentException(
          "quad class of cameo code " + code + " must be " + expected + ": " + quadClass);
    }
    if (plover == null) {
      throw new IllegalArgumentException("plover mapping must be an Optional, empty if none: null");
    }
  }

  /**
   * Creates an event type whose quad class is derived from the code's root.
   *
   * @throws IllegalArgumentException if a component breaks the rules of the record
   */
  public static CameoEventType of(
      String code, String name, double goldstein, Optional<PloverMapping> plover) {
    return new CameoEventType(code, name, goldstein, QuadClass.ofRoot(checkCode(code)), plover);
  }

  /** Returns the root: the first two digits of the code, e.g. {@code "19"} for {@code "193"}. */
  public String root() {
    return code.substring(0, 2);
  }

  /** Returns the root as a number, 1-20. */
  public int rootNumber() {
    return Integer.parseInt(root());
  }

  /** Returns whether this is one of the twenty two-digit root codes. */
  public boolean isRoot() {
    return code.length() == 2;
  }

  /** Returns the level in the hierarchy, which is the number of digits: 2, 3 or 4. */
  public int level() {
    return code.length();
  }

  /** Returns the code one level up ({@code "195"} for {@code "1951"}), empty for a root. */
  public Optional<String> parentCode() {
    return isRoot() ? Optional.empty() : Optional.of(code.substring(0, code.length() - 1));
  }

  /**
   * Checks that a string is a well-formed CAMEO code.
   *
   * @return the root as a number, 1-20
   * @throws IllegalArgumentException if it is not 2-4 ASCII digits with a root of 01-20
   */
  static int checkCode(String code) {
    if (code == null || code.length() < 2 || code.length() > 4 || !isAsciiDigits(code)) {
      throw new IllegalArgumentException("cameo code must be 2-4 digits: " + code);
    }
    int root = Integer.parseInt(code.substring(0, 2));
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("cameo root must be 01-20: " + code.substring(0, 2));
    }
    return root;
  }

  private static boolean isAsciiDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
