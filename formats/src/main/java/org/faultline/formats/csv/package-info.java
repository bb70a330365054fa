/**
 * The flat event table as CSV ({@link org.faultline.formats.csv.EventCsvWriter}): RFC 4180, a
 * header row with the {@link org.faultline.formats.FlatTable} column names, one row per event.
 */
package org.faultline.formats.csv;
