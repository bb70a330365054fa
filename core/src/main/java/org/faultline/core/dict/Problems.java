package org.faultline.core.dict;

import java.util.ArrayList;
import java.util.List;
import org.faultline.core.io.InvalidFormatException;

/** Collects rejected lines and warnings for one file, or throws in strict mode. */
final class Problems {
  private final String source;
  private final LoadMode mode;
  final List<LoadReport.Problem> rejected = new ArrayList<>();
  final List<LoadReport.Problem> warnings = new ArrayList<>();

  Problems(String source, LoadMode mode) {
    this.source = source;
    this.mode = mode;
  }

  String source() {
    return source;
  }

  void reject(int line, String message) throws InvalidFormatException {
    if (mode == LoadMode.STRICT) {
      throw new InvalidFormatException(source, line, message);
    }
    rejected.add(new LoadReport.Problem(source, line, message));
  }

  void warn(int line, String message) {
    warnings.add(new LoadReport.Problem(source, line, message));
  }
}
