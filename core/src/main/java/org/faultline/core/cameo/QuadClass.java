package org.faultline.core.cameo;

/**
 * The four quad classes that partition the twenty CAMEO root codes, numbered as in GDELT.
 *
 * <p>Roots 01-05 are verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict and
 * 14-20 material conflict.
 */
public enum QuadClass {
  /** Roots 01-05: statements, appeals, intents to cooperate, consultations, diplomatic support. */
  VERBAL_COOPERATION(1),
  /** Roots 06-08: material cooperation, aid, yielding. */
  MATERIAL_COOPERATION(2),
  /** Roots 09-13: investigations, demands, disapproval, rejections, threats. */
  VERBAL_CONFLICT(3),
  /** Roots 14-20: protests, force posture, reduced relations, coercion, assaults, fighting. */
  MATERIAL_CONFLICT(4);

  private final int number;

  QuadClass(int number) {
    this.number = number;
  }

  /** Returns the GDELT quad class number, 1-4. */
  public int number() {
    return number;
  }

  /**
   * Returns the quad class of a CAMEO root.
   *
   * @param root the root as a number, 1-20
   * @throws IllegalArgumentException if {@code root} is outside 1-20
   */
  public static QuadClass ofRoot(int root) {
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("cameo root must be 1-20: " + root);
    }
    if (root <= 5) {
      return VERBAL_COOPERATION;
    }
    if (root <= 8) {
      return MATERIAL_COOPERATION;
    }
    if (root <= 13) {
      return VERBAL_CONFLICT;
    }
    return MATERIAL_CONFLICT;
  }

  /**
   * Returns the quad class with a GDELT quad class number.
   *
   * @param number 1-4
   * @throws IllegalArgumentException if {@code number} is outside 1-4
   */
  public static QuadClass ofNumber(int number) {
    for (QuadClass quadClass : values()) {
      if (quadClass.number == number) {
        return quadClass;
      }
    }
    throw new IllegalArgumentException("quad class must be 1-4: " + number);
  }
}
