package org.faultline.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.faultline.store.Period;
import org.faultline.store.QueryFilter;
import org.faultline.store.ResultTable;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code faultline query ...}: analysis queries over the store. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Queries the store. Actors: a 3-letter argument (USA) matches every code starting with it,"
          + " a longer one (USAGOV) that code only.",
      "Every query takes --dataset, --from/--to, --one-a-day, --min-sources, --where and"
          + " --format table|csv|json."
    },
    subcommands = {
      QueryCommand.Dyad.class,
      QueryCommand.Count.class,
      QueryCommand.TopActors.class,
      QueryCommand.TopDyads.class,
      QueryCommand.TopCodes.class,
      QueryCommand.Events.class
    })
final class QueryCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The options every query shares (a picocli mixin). */
  static final class Filters {
    @Mixin StoreOptions store;

    @Option(
        names = "--dataset",
        paramLabel = "NAME",
        description = "Only this dataset: faultline, gdelt, gdelt1, icews, phoenix.")
    String dataset;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events on or after.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events on or before.")
    LocalDate to;

    @Option(
        names = "--one-a-day",
        description = "Count events with the same date, source, target and code once.")
    boolean oneADay;

    @Option(
        names = "--min-sources",
        paramLabel = "N",
        defaultValue = "1",
        description = "Only events reported by at least N sources.")
    int minSources;

    @Option(
        names = "--where",
        paramLabel = "SQL",
        description = "An extra SQL condition on the events columns.")
    String where;

    @Option(
        names = "--format",
        paramLabel = "F",
        defaultValue = "table",
        description = "table, csv or json (default ${DEFAULT-VALUE}).")
    String format;

    QueryFilter filter() {
      return new QueryFilter(dataset, from, to, oneADay, minSources, where);
    }
  }

  /** Runs a query against the store and prints its result. */
  interface Body {
    ResultTable run(Store store, QueryFilter filter) throws IOException;
  }

  static int print(picocli.CommandLine.Model.CommandSpec spec, Filters f, Body body)
      throws IOException {
    QueryFilter filter = f.filter();
    StoreTables.checkFormat(f.format);
    ResultTable t;
    try (Store s = Store.open(f.store.db)) {
      t = body.run(s, filter);
    }
    StoreTables.print(t, f.format, spec.commandLine().getOut());
    return 0;
  }

  /** {@code query dyad A B}. */
  @Command(
      name = "dyad",
      mixinStandardHelpOptions = true,
      description =
          "Events of A on B per period: counts per quad class, mean and summed Goldstein."
              + " Empty periods between the first and last (or --from and --to) are listed.")
  static final class Dyad implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin Filters filters;

    @Parameters(index = "0", paramLabel = "A", description = "Source actor.")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "Target actor.")
    String b;

    @Option(names = "--both", description = "Count A on B and B on A together.")
    boolean both;

    @Option(names = "--directed", description = "Only A on B (the default).")
    boolean directed;

    @Option(
        names = "--by",
        paramLabel = "P",
        defaultValue = "month",
        description = "day, week, month or year (default ${DEFAULT-VALUE}).")
    String by;

    @Override
    public Integer call() throws IOException {
      if (both && directed) {
        throw new IllegalArgumentException("--both and --directed must not be given together");
      }
      Period p = Period.of(by);
      return print(spec, filters, (s, f) -> s.queries().dyad(a, b, both, p, f));
    }
  }

  /** {@code query count}. */
  @Command(name = "count", mixinStandardHelpOptions = true, description = "The number of events.")
  static final class Count implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin Filters filters;

    @Override
    public Integer call() throws IOException {
      return print(
          spec,
          filters,
          (s, f) -> new ResultTable(List.of("events"), List.of(List.of(s.queries().count(f)))));
    }
  }

  /** The row limit of the top-N queries. */
  static final class Limit {
    @Option(
        names = "--limit",
        paramLabel = "N",
        defaultValue = "20",
        description = "Rows to show (default ${DEFAULT-VALUE}).")
    int limit;
  }

  /** Options of the top actor and dyad queries. */
  static final class Top {
    @Mixin Limit limit;

    @Option(names = "--countries", description = "Group actor codes by country (first block).")
    boolean countries;
  }

  /** {@code query top-actors}. */
  @Command(
      name = "top-actors",
      mixinStandardHelpOptions = true,
      description = "The actors that appear most often, as source or target.")
  static final class TopActors implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin Filters filters;

    @Mixin Top top;

    @Override
    public Integer call() throws IOException {
      return print(
          spec, filters, (s, f) -> s.queries().topActors(f, top.limit.limit, top.countries));
    }
  }

  /** {@code query top-dyads}. */
  @Command(
      name = "top-dyads",
      mixinStandardHelpOptions = true,
      description = "The most frequent source-target pairs.")
  static final class TopDyads implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin Filters filters;

    @Mixin Top top;

    @Override
    public Integer call() throws IOException {
      return print(
          spec, filters, (s, f) -> s.queries().topDyads(f, top.limit.limit, top.countries));
    }
  }

  /** {@code query top-codes}. */
  @Command(
      name = "top-codes",
      mixinStandardHelpOptions = true,
      description = "The most frequent event codes.")
  static final class TopCodes implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin Filters filters;

    @Mixin Limit limit;

    @Option(names = "--roots", description = "Group by root code.")
    boolean roots;

    @Override
    public Integer call() throws IOException {
      return print(spec, filters, (s, f) -> s.queries().topCodes(f, limit.limit, roots));
    }
  }

  /** {@code query events A B}. */
  @Command(
      name = "events",
      mixinStandardHelpOptions = true,
      description =
          "The events behind a cell of a dyad series, with their sentence and document id, url"
              + " and title.")
  static final class Events implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin Filters filters;

    @Parameters(index = "0", paramLabel = "A", description = "Source actor.")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "Target actor.")
    String b;

    @Option(names = "--both", description = "Also events of B on A.")
    boolean both;

    @Option(
        names = "--period",
        paramLabel = "YYYY-MM-DD",
        description = "A day of the period (as the dyad series prints it).")
    LocalDate period;

    @Option(
        names = "--by",
        paramLabel = "P",
        defaultValue = "month",
        description = "The period length: day, week, month or year (default ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--quad", paramLabel = "Q", description = "Only quad class Q (1-4).")
    Integer quad;

    @Option(
        names = "--limit",
        paramLabel = "N",
        defaultValue = "50",
        description = "Rows to show (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws IOException {
      Period p = Period.of(by);
      return print(
          spec, filters, (s, f) -> s.queries().events(a, b, both, p, period, quad, f, limit));
    }
  }
}
