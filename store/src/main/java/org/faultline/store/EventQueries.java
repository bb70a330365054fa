package org.faultline.store;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The analysis queries over a {@link Store}'s events. Every query takes a {@link QueryFilter}
 * (dataset, dates, one-a-day, minimum sources, extra condition) and returns a {@link ResultTable};
 * {@code docs/store.md} lists the columns of each.
 *
 * <p>Actors: an actor argument of exactly three characters ({@code USA}) matches every code that
 * starts with it (the country and its agents: {@code USA}, {@code USAGOV}, ...); a longer one
 * ({@code USAGOV}) matches that code exactly. Events without a date are left out of series.
 *
 * <p>Thread-safe: queries run one at a time on the store's connection.
 */
public final class EventQueries {
  private static final String QUADS =
      "count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,"
          + " count(*) FILTER (WHERE quad_class = 2) AS material_cooperation,"
          + " count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,"
          + " count(*) FILTER (WHERE quad_class = 4) AS material_conflict";

  private final Store store;

  EventQueries(Store store) {
    this.store = store;
  }

  /** The query and its parameters, built left to right. */
  private static final class Query {
    final StringBuilder sql = new StringBuilder();
    final List<Object> params = new ArrayList<>();

    Query add(String text, Object... values) {
      sql.append(text);
      for (Object v : values) {
        params.add(v);
      }
      return this;
    }
  }

  /**
   * Starts a query with the common table expressions that apply the filter; the filtered events are
   * then in {@code ev}.
   */
  private static Query filtered(QueryFilter f, Query condition) {
    Objects.requireNonNull(f, "filter");
    Query q = new Query().add("WITH f0 AS (SELECT * FROM events WHERE TRUE");
    if (f.dataset() != null) {
      q.add(" AND dataset = ?", f.dataset());
    }
    if (f.from() != null) {
      q.add(" AND date >= ?", f.from());
    }
    if (f.to() != null) {
      q.add(" AND date <= ?", f.to());
    }
    if (condition != null) {
      q.add(" AND (").add(condition.sql.toString(), condition.params.toArray()).add(")");
    }
    String where = Sql.where(f.where());
    if (!where.isEmpty()) {
      q.add(" AND" + where.substring(" WHERE".length()));
    }
    q.add(")");
    String current = "f0";
    if (f.minSources() > 1) {
      q.add(
          ", f1 AS (SELECT f0.* FROM f0 LEFT JOIN (SELECT dataset, date, source_code,"
              + " target_code, cameo_code, count(DISTINCT CASE WHEN publisher <> ''"
              + " THEN publisher ELSE document_id END) AS n FROM f0 WHERE dataset = 'faultline'"
              + " GROUP BY ALL) s ON s.dataset = f0.dataset AND s.date = f0.date"
              + " AND s.source_code = f0.source_code AND s.target_code = f0.target_code"
              + " AND s.cameo_code = f0.cameo_code"
              + " WHERE coalesce(s.n, f0.num_sources, 1) >= ?)",
          f.minSources());
      current = "f1";
    }
    if (f.oneADay()) {
      q.add(
          ", f2 AS (SELECT * FROM "
              + current
              + " QUALIFY row_number() OVER (PARTITION BY dataset, date, source_code,"
              + " target_code, cameo_code ORDER BY event_id) = 1)");
      current = "f2";
    }
    return q.add(", ev AS (SELECT * FROM " + current + ")");
  }

  private static Query match(String column, String actor) {
    String a = checkActor(actor);
    return a.length() == 3
        ? new Query().add("starts_with(" + column + ", ?)", a)
        : new Query().add(column + " = ?", a);
  }

  private static String checkActor(String actor) {
    if (actor == null || !actor.matches("[A-Z0-9-]{3,}")) {
      throw new IllegalArgumentException(
          "actor must be a CAMEO code or a 3-letter country prefix: " + actor);
    }
    return actor;
  }

  private static Query dyadCondition(String a, String b, boolean both) {
    Query q = new Query().add("(");
    Query sa = match("source_code", a);
    Query tb = match("target_code", b);
    q.add(sa.sql.toString(), sa.params.toArray())
        .add(" AND ")
        .add(tb.sql.toString(), tb.params.toArray());
    q.add(")");
    if (both) {
      Query sb = match("source_code", b);
      Query ta = match("target_code", a);
      q.add(" OR (").add(sb.sql.toString(), sb.params.toArray()).add(" AND ");
      q.add(ta.sql.toString(), ta.params.toArray()).add(")");
    }
    return q;
  }

  /**
   * The series of events between two actors: one row per period from the first to the last period
   * with events (or from {@code from} to {@code to} when the filter gives them), zero rows
   * included. Columns: {@code period} (first day), {@code events}, {@code verbal_cooperation},
   * {@code material_cooperation}, {@code verbal_conflict}, {@code material_conflict}, {@code
   * goldstein_mean} (null without events), {@code goldstein_sum}.
   *
   * @param a the source actor (code or country prefix)
   * @param b the target actor
   * @param both count events in both directions, A on B and B on A, together
   * @param by the period length
   */
  public ResultTable dyad(String a, String b, boolean both, Period by, QueryFilter f)
      throws IOException {
    Query q = filtered(f, dyadCondition(a, b, both));
    q.add(
        ", agg AS (SELECT date_trunc('"
            + by.unit()
            + "', date)::DATE AS period, count(*) AS events, "
            + QUADS
            + ", avg(goldstein) AS goldstein_mean, sum(goldstein) AS goldstein_sum"
            + " FROM ev WHERE date IS NOT NULL GROUP BY 1)");
    q.add(
        ", bounds AS (SELECT date_trunc('"
            + by.unit()
            + "', coalesce(?::DATE, min(period)))::DATE AS lo, date_trunc('"
            + by.unit()
            + "', coalesce(?::DATE, max(period)))::DATE AS hi FROM agg)",
        f.from(),
        f.to());
    q.add(
        ", span AS (SELECT unnest(generate_series(lo::TIMESTAMP, hi::TIMESTAMP, INTERVAL "
            + by.interval()
            + "))::DATE AS period FROM bounds WHERE lo IS NOT NULL AND hi IS NOT NULL)");
    q.add(
        " SELECT span.period, coalesce(events, 0) AS events,"
            + " coalesce(verbal_cooperation, 0) AS verbal_cooperation,"
            + " coalesce(material_cooperation, 0) AS material_cooperation,"
            + " coalesce(verbal_conflict, 0) AS verbal_conflict,"
            + " coalesce(material_conflict, 0) AS material_conflict,"
            + " goldstein_mean, coalesce(goldstein_sum, 0.0) AS goldstein_sum"
            + " FROM span LEFT JOIN agg ON agg.period = span.period ORDER BY span.period");
    return run(q);
  }

  /** The number of events that pass the filter. */
  public long count(QueryFilter f) throws IOException {
    Query q = filtered(f, null).add(" SELECT count(*) AS events FROM ev");
    return (Long) run(q).rows().get(0).get(0);
  }

  /**
   * The actors that appear most often, as source or target. Columns: {@code actor}, {@code
   * appearances} (an event with the actor on both sides counts twice), {@code as_source}, {@code
   * as_target}, {@code goldstein_mean}. Blank codes are left out.
   *
   * @param countries group codes by their first three characters (the country)
   */
  public ResultTable topActors(QueryFilter f, int limit, boolean countries) throws IOException {
    String s = key("source_code", countries);
    String t = key("target_code", countries);
    Query q = filtered(f, null);
    q.add(
        ", sides AS (SELECT "
            + s
            + " AS actor, 1 AS src, 0 AS tgt, goldstein FROM ev WHERE source_code <> ''"
            + " UNION ALL SELECT "
            + t
            + " AS actor, 0 AS src, 1 AS tgt, goldstein FROM ev WHERE target_code <> '')"
            + " SELECT actor, count(*) AS appearances, sum(src) AS as_source, sum(tgt) AS as_target,"
            + " avg(goldstein) AS goldstein_mean FROM sides GROUP BY actor"
            + " ORDER BY appearances DESC, actor LIMIT ?",
        checkLimit(limit));
    return run(q);
  }

  /**
   * The most frequent directed dyads. Columns: {@code source}, {@code target}, {@code events}, the
   * four quad class counts, {@code goldstein_mean}. Events with a blank source or target are left
   * out.
   *
   * @param countries group codes by their first three characters (the country)
   */
  public ResultTable topDyads(QueryFilter f, int limit, boolean countries) throws IOException {
    Query q = filtered(f, null);
    q.add(
        " SELECT "
            + key("source_code", countries)
            + " AS source, "
            + key("target_code", countries)
            + " AS target, count(*) AS events, "
            + QUADS
            + ", avg(goldstein) AS goldstein_mean FROM ev"
            + " WHERE source_code <> '' AND target_code <> '' GROUP BY 1, 2"
            + " ORDER BY events DESC, source, target LIMIT ?",
        checkLimit(limit));
    return run(q);
  }

  /**
   * The most frequent event codes. Columns: {@code code}, {@code name} (from the CAMEO table when
   * the code is in it), {@code events}, {@code goldstein_mean}.
   *
   * @param roots group by root code instead of the full code
   */
  public ResultTable topCodes(QueryFilter f, int limit, boolean roots) throws IOException {
    Query q = filtered(f, null);
    q.add(
        ", k AS (SELECT "
            + (roots ? "root_code" : "cameo_code")
            + " AS code, any_value(cameo_name) AS name, count(*) AS events,"
            + " avg(goldstein) AS goldstein_mean FROM ev GROUP BY 1)"
            + " SELECT k.code, coalesce(c.name, k.name) AS name, k.events, k.goldstein_mean"
            + " FROM k LEFT JOIN cameo_codes c ON c.code = k.code"
            + " ORDER BY k.events DESC, k.code LIMIT ?",
        checkLimit(limit));
    return run(q);
  }

  /**
   * The events behind one cell of a {@link #dyad} series, with where they came from. Columns:
   * {@code date}, {@code dataset}, {@code event_id}, {@code source_code}, {@code target_code},
   * {@code cameo_code}, {@code cameo_name}, {@code quad_class}, {@code goldstein}, {@code
   * document_id}, {@code url}, {@code title}, {@code sentence} (the sentence text for coded events,
   * "" for imports without one).
   *
   * @param period a day in the period (usually its first day, as the series prints it), or null for
   *     every date the filter lets through
   * @param quadClass only events of this quad class (1-4), or null
   */
  public ResultTable events(
      String a,
      String b,
      boolean both,
      Period by,
      LocalDate period,
      Integer quadClass,
      QueryFilter f,
      int limit)
      throws IOException {
    Query condition = dyadCondition(a, b, both);
    if (period != null) {
      condition.add(" AND date >= ? AND date < ?", by.start(period), by.end(period));
    }
    if (quadClass != null) {
      if (quadClass < 1 || quadClass > 4) {
        throw new IllegalArgumentException("quad class must be 1-4: " + quadClass);
      }
      condition.add(" AND quad_class = ?", quadClass);
    }
    Query q = filtered(f, condition);
    q.add(
        " SELECT e.date, e.dataset, e.event_id, e.source_code, e.target_code, e.cameo_code,"
            + " e.cameo_name, e.quad_class, e.goldstein, e.document_id,"
            + " coalesce(nullif(e.url, ''), d.url, '') AS url, coalesce(d.title, '') AS title,"
            + " coalesce(nullif(x.sentence, ''), s.text, '') AS sentence"
            + " FROM ev e LEFT JOIN documents d ON d.id = e.document_id"
            + " LEFT JOIN event_details x ON x.dataset = e.dataset AND x.event_id = e.event_id"
            + " LEFT JOIN sentences s ON s.document_id = e.document_id"
            + " AND s.idx = e.sentence_index"
            + " ORDER BY e.date, e.dataset, e.event_id LIMIT ?",
        checkLimit(limit));
    return run(q);
  }

  private static String key(String column, boolean countries) {
    return countries ? "left(" + column + ", 3)" : column;
  }

  private static int checkLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1: " + limit);
    }
    return limit;
  }

  private ResultTable run(Query q) throws IOException {
    return store.query(q.sql.toString(), q.params);
  }

  static IOException failure(SQLException e) {
    return Sql.failure(e, "query");
  }
}
