package org.faultline.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code faultline} command: entry point of the launcher. */
@Command(
    name = "faultline",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Event coding and analysis of world politics from news text.",
    subcommands = {
      ValidateCommand.class,
      DictsCommand.class,
      EvalCommand.class,
      CodeCommand.class,
      IngestCommand.class,
      ExplainCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      QueryCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the CLI and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns its exit status (used by tests). */
  public static int run(String... args) {
    return run(
        new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8),
        args);
  }

  /** Runs with the given output and error writers. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("faultline: " + ex.getMessage());
          err.println("Try 'faultline " + commandPath(ex.getCommandLine()) + " --help'.");
          return 2;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String commandPath(CommandLine cl) {
    return cl.getCommandSpec().qualifiedName(" ").replaceFirst("^faultline ?", "").strip();
  }
}
