/**
 * Event data formats that Faultline reads and writes, and what they share.
 *
 * <p>{@link org.faultline.formats.DatasetEvent} is the dataset-neutral, flat event record: one row
 * of the store's events table, one line of the CSV export, and what every dataset reader produces
 * (GDELT, ICEWS, Phoenix) and every dataset writer consumes. {@link
 * org.faultline.formats.DatasetReader} is the contract of the readers: they never throw for a bad
 * row, they report it with file and line to a {@link org.faultline.formats.RejectLog} and go on.
 * {@link org.faultline.formats.LineSource} opens plain, gzip and zip files alike.
 *
 * <p>One subpackage per format: {@code jsonl} (Faultline event JSONL), {@code gdelt} (GDELT 1.0 and
 * 2.0 event files), {@code icews}, {@code phoenix}, {@code plover} (PLOVER JSONL) and {@code csv}
 * (the flat event table). {@code docs/formats.md} documents each schema. The {@code input}
 * subpackage reads input documents (articles) rather than events.
 */
package org.faultline.formats;
