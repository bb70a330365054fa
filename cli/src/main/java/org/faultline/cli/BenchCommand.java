package org.faultline.cli;

import picocli.CommandLine.Command;

/** {@code faultline bench ...}: benchmarks that print their figures. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks that print medians and spreads.",
    subcommands = {BenchCoderCommand.class, BenchStoreCommand.class, BenchPipelineCommand.class})
final class BenchCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
