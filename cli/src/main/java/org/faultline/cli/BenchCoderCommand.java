package org.faultline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder replaced below. */
@Command(name = "coder", description = "Coder throughput on parsed sentences.")
final class BenchCoderCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
