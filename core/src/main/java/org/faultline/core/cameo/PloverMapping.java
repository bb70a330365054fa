package org.faultline.core.cameo;

/**
 * Where a CAMEO event code lands in PLOVER: an event type with an optional mode and context.
 *
 * <p>Values come from the CAMEO-to-PLOVER table of the PLOVER manual (draft 0.8). The event type is
 * an upper-case PLOVER event such as {@code AGREE} or {@code ASSAULT}; mode (e.g. {@code visit})
 * and context (e.g. {@code diplomatic}, or several joined by {@code ;}) are free text, empty when
 * the table gives none, never {@code null}.
 *
 * @param eventType the PLOVER event type, upper-case letters and underscores
 * @param mode the PLOVER mode, or {@code ""}
 * @param context the PLOVER context, or {@code ""}
 */
public record PloverMapping(String eventType, String mode, String context) {

  /** Validates the components; see the record description for the rules. */
  public PloverMapping {
    if (eventType == null || !eventType.matches("[A-Z][A-Z_]*")) {
      throw new IllegalArgumentException(
          "plover event type must be upper-case letters: " + quoted(eventType));
    }
    checkText("plover mode", mode);
    checkText("plover context", context);
  }

  /** Returns a mapping with only an event type, no mode and no context. */
  public static PloverMapping of(String eventType) {
    return new PloverMapping(eventType, "", "");
  }

  private static void checkText(String what, String value) {
    if (value == null) {
      throw new IllegalArgumentException(what + " must be a string, empty if none: null");
    }
    if (!value.equals(value.strip())
        || value.indexOf('\t') >= 0
        || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          what + " must have no surrounding spaces, tabs or line breaks: " + quoted(value));
    }
  }

  private static String quoted(String value) {
    return value == null ? "null" : "'" + value + "'";
  }
}
