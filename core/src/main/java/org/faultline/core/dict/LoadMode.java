package org.faultline.core.dict;

/** What a dictionary reader does with a line it cannot use. */
public enum LoadMode {
  /** Throw an {@link org.faultline.core.io.InvalidFormatException} naming the file and line. */
  STRICT,
  /** Skip the line and record it in the {@link LoadReport}. */
  LENIENT
}
