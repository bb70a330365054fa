/**
 * The event store: an embedded DuckDB database holding documents, their sentences, coded and
 * imported events, and the CAMEO and PLOVER code tables.
 *
 * <p>{@link org.faultline.store.Store} is the entry point: {@link org.faultline.store.Store#open}
 * applies schema migrations, {@link org.faultline.store.Store#ingest} stores coded documents
 * atomically and idempotently, {@link org.faultline.store.Store#importFile} streams GDELT, ICEWS,
 * Phoenix or Faultline JSONL files in, {@link org.faultline.store.Store#export} writes events out
 * in any format, and {@link org.faultline.store.EventQueries} answers the analysis queries (dyad
 * series, counts, top actors, dyads and codes, drill-down). This is the only module that knows
 * DuckDB; {@code docs/store.md} documents the schema.
 */
package org.faultline.store;
