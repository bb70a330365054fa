package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.faultline.core.cameo.ActorCode;
import org.faultline.core.cameo.CameoEventType;
import org.faultline.core.cameo.CameoOntology;
import org.faultline.core.cameo.PloverMapping;
import org.faultline.formats.FlatTable;

/**
 * The store's schema as an ordered list of migrations, applied on open in one transaction each and
 * recorded in {@code schema_version}. A migration is never edited once released; changes come as
 * new migrations at the end of {@link #MIGRATIONS}.
 */
final class StoreSchema {
  private StoreSchema() {}

  /** One schema step. */
  interface Migration {
    int version();

    String description();

    void apply(Connection c) throws SQLException;
  }

  /** The flat event columns with their SQL types, in {@link FlatTable#COLUMNS} order. */
  static final List<String> EVENT_COLUMN_TYPES =
      List.of(
          "VARCHAR NOT NULL", // dataset
          "VARCHAR NOT NULL", // event_id
          "VARCHAR NOT NULL", // document_id
          "INTEGER", // sentence_index
          "VARCHAR NOT NULL", // sentence
          "DATE", // date
          "VARCHAR NOT NULL", // source_code
          "VARCHAR NOT NULL", // source_name
          "VARCHAR NOT NULL", // source_country
          "INTEGER", // source_start
          "INTEGER", // source_end
          "VARCHAR NOT NULL", // target_code
          "VARCHAR NOT NULL", // target_name
          "VARCHAR NOT NULL", // target_country
          "INTEGER", // target_start
          "INTEGER", // target_end
          "VARCHAR NOT NULL", // verb_text
          "INTEGER", // verb_start
          "INTEGER", // verb_end
          "VARCHAR NOT NULL", // cameo_code
          "VARCHAR NOT NULL", // cameo_name
          "VARCHAR NOT NULL", // root_code
          "TINYINT NOT NULL", // quad_class
          "DOUBLE", // goldstein
          "VARCHAR NOT NULL", // plover_type
          "VARCHAR NOT NULL", // plover_mode
          "VARCHAR NOT NULL", // plover_context
          "VARCHAR", // reported_by_code
          "VARCHAR", // reported_by_name
          "VARCHAR", // reported_by_country
          "INTEGER", // reported_by_start
          "INTEGER", // reported_by_end
          "VARCHAR", // pattern
          "VARCHAR NOT NULL", // program
          "VARCHAR NOT NULL", // dictionaries
          "VARCHAR NOT NULL", // model
          "INTEGER", // num_mentions
          "INTEGER", // num_sources
          "INTEGER", // num_articles
          "VARCHAR NOT NULL", // url
          "VARCHAR NOT NULL"); // publisher

  /**
   * The flat columns that only coded events fill (sentence text, offsets, verb, reporter, pattern):
   * kept in {@code event_details}, one row per event that has any of them, so that bulk imports
   * write only the {@link #CORE_COLUMNS}.
   */
  static final List<String> DETAIL_COLUMNS =
      List.of(
          "sentence",
          "source_start",
          "source_end",
          "target_start",
          "target_end",
          "verb_text",
          "verb_start",
          "verb_end",
          "reported_by_code",
          "reported_by_name",
          "reported_by_country",
          "reported_by_start",
          "reported_by_end",
          "pattern");

  /** The flat columns kept in {@code events}, in {@link FlatTable#COLUMNS} order. */
  static final List<String> CORE_COLUMNS =
      FlatTable.COLUMNS.stream().filter(c -> !DETAIL_COLUMNS.contains(c)).toList();

  /** The SQL type of a flat column, e.g. {@code VARCHAR NOT NULL}. */
  static String type(String column) {
    return EVENT_COLUMN_TYPES.get(FlatTable.COLUMNS.indexOf(column));
  }

  /** The value a detail column has when an event has no details ('' or NULL), as SQL. */
  static String detailDefault(String column) {
    return type(column).endsWith("NOT NULL") ? "''" : "NULL";
  }

  static final List<Migration> MIGRATIONS = List.of(new Initial());

  /** The newest schema version this code knows. */
  static int latest() {
    return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
  }

  /**
   * Brings a database up to {@link #latest()}.
   *
   * @return the version before migrating (0 for a new database)
   * @throws SQLException if a migration fails (that migration is rolled back)
   * @throws IllegalStateException if the database is newer than this code
   */
  static int migrate(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
              + " description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
    }
    int current;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rs.next();
      current = rs.getInt(1);
    }
    if (current > latest()) {
      throw new IllegalStateException(
          "store schema version must be at most " + latest() + " for this program: " + current);
    }
    for (Migration m : MIGRATIONS) {
      if (m.version() <= current) {
        continue;
      }
      c.setAutoCommit(false);
      try {
        m.apply(c);
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO schema_version VALUES (?, ?, current_timestamp::TIMESTAMP)")) {
          ps.setInt(1, m.version());
          ps.setString(2, m.description());
          ps.executeUpdate();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
    return current;
  }

  /** The country blocks of the CAMEO actor table ({@link ActorCode#isKnownCountry}). */
  static List<String> knownCountries() {
    List<String> codes = new ArrayList<>();
    char[] b = new char[3];
    for (b[0] = 'A'; b[0] <= 'Z'; b[0]++) {
      for (b[1] = 'A'; b[1] <= 'Z'; b[1]++) {
        for (b[2] = 'A'; b[2] <= 'Z'; b[2]++) {
          String code = new String(b);
          if (ActorCode.isKnownCountry(code)) {
            codes.add(code);
          }
        }
      }
    }
    return codes;
  }

  /** Version 1: documents, sentences, events, imports, code tables. */
  private static final class Initial implements Migration {
    @Override
    public int version() {
      return 1;
    }

    @Override
    public String description() {
      return "documents, sentences, events, event_details, events_flat, imports, code tables";
    }

    @Override
    public void apply(Connection c) throws SQLException {
      StringBuilder events = new StringBuilder("CREATE TABLE events (");
      for (String column : CORE_COLUMNS) {
        events.append(column).append(' ').append(type(column)).append(", ");
      }
      events.append("import_id INTEGER)");
      StringBuilder details =
          new StringBuilder(
              "CREATE TABLE event_details (dataset VARCHAR NOT NULL, event_id VARCHAR NOT NULL");
      for (String column : DETAIL_COLUMNS) {
        details.append(", ").append(column).append(' ').append(type(column));
      }
      details.append(", PRIMARY KEY (dataset, event_id))");
      StringBuilder flat = new StringBuilder("CREATE VIEW events_flat AS SELECT ");
      for (String column : FlatTable.COLUMNS) {
        if (DETAIL_COLUMNS.contains(column)) {
          String fallback = detailDefault(column);
          flat.append(fallback.equals("NULL") ? "d." + column : "coalesce(d." + column + ", '')");
          flat.append(" AS ").append(column);
        } else {
          flat.append("e.").append(column);
        }
        flat.append(", ");
      }
      flat.append(
          "e.import_id FROM events e LEFT JOIN event_details d"
              + " ON d.dataset = e.dataset AND d.event_id = e.event_id");
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE documents (id VARCHAR PRIMARY KEY, url VARCHAR NOT NULL,"
                + " source VARCHAR NOT NULL, date DATE, title VARCHAR NOT NULL,"
                + " content_hash VARCHAR NOT NULL, ingested_at TIMESTAMP NOT NULL)");
        s.execute(
            "CREATE TABLE sentences (document_id VARCHAR NOT NULL, idx INTEGER NOT NULL,"
                + " text VARCHAR NOT NULL, PRIMARY KEY (document_id, idx))");
        s.execute(events.toString());
        s.execute(details.toString());
        s.execute(flat.toString());
        s.execute("CREATE TABLE cameo_countries (code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL)");
        s.execute("CREATE SEQUENCE import_ids START 1");
        s.execute(
            "CREATE TABLE imports (id INTEGER PRIMARY KEY, dataset VARCHAR NOT NULL,"
                + " file VARCHAR NOT NULL, started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP,"
                + " rows_seen BIGINT, rows_added BIGINT, rows_duplicate BIGINT,"
                + " rows_rejected BIGINT)");
        s.execute(
            "CREATE TABLE import_rejects (import_id INTEGER NOT NULL, source VARCHAR NOT NULL,"
                + " line INTEGER NOT NULL, problem VARCHAR NOT NULL)");
        s.execute(
            "CREATE TABLE cameo_codes (code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL,"
                + " goldstein DOUBLE NOT NULL, quad_class TINYINT NOT NULL,"
                + " root_code VARCHAR NOT NULL, parent_code VARCHAR, level TINYINT NOT NULL)");
        s.execute(
            "CREATE TABLE plover (cameo_code VARCHAR PRIMARY KEY, event_type VARCHAR NOT NULL,"
                + " mode VARCHAR NOT NULL, context VARCHAR NOT NULL)");
      }
      try (PreparedStatement codes =
              c.prepareStatement("INSERT INTO cameo_codes VALUES (?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement plover = c.prepareStatement("INSERT INTO plover VALUES (?, ?, ?, ?)")) {
        for (CameoEventType t : CameoOntology.standard().all()) {
          codes.setString(1, t.code());
          codes.setString(2, t.name());
          codes.setDouble(3, t.goldstein());
          codes.setInt(4, t.quadClass().number());
          codes.setString(5, t.root());
          codes.setString(6, t.parentCode().orElse(null));
          codes.setInt(7, t.level());
          codes.addBatch();
          if (t.plover().isPresent()) {
            PloverMapping p = t.plover().get();
            plover.setString(1, t.code());
            plover.setString(2, p.eventType());
            plover.setString(3, p.mode());
            plover.setString(4, p.context());
            plover.addBatch();
          }
        }
        codes.executeBatch();
        plover.executeBatch();
      }
      try (PreparedStatement countries =
          c.prepareStatement("INSERT INTO cameo_countries VALUES (?, ?)")) {
        for (String code : knownCountries()) {
          countries.setString(1, code);
          countries.setString(2, ActorCode.describe(code).orElse(code));
          countries.addBatch();
        }
        countries.executeBatch();
      }
    }
  }
}
