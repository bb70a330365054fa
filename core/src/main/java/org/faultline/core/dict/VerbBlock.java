package org.faultline.core.dict;

import java.util.List;
import java.util.Objects;

/**
 * A block of synonymous verbs ({@code --- RESTORE [064] ---}) and the patterns they share.
 *
 * @param name the block name from its header
 * @param code the block's default code, {@code ---} if the bare verb codes nothing
 * @param patterns the block's patterns in file order
 * @param source file
 * @param line line of the header
 */
public record VerbBlock(
    String name, String code, List<VerbPattern> patterns, String source, int line) {
  public VerbBlock {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    patterns = List.copyOf(patterns);
    Objects.requireNonNull(source, "source");
  }

  @Override
  public String toString() {
    return "--- " + name + " [" + code + "] --- (" + source + ":" + line + ")";
  }
}
