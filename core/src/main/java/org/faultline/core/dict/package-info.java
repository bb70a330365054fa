/**
 * Event-coding dictionaries in the TABARI / PETRARCH formats: verbs with their patterns and
 * synsets, actors with date-restricted codes, agents, discards and issues.
 *
 * <p>Each reader loads a file into a mutable builder and returns a {@link
 * org.faultline.core.dict.LoadReport} that counts what was loaded and lists every rejected line; in
 * {@link org.faultline.core.dict.LoadMode#STRICT} mode the first bad line is an {@link
 * org.faultline.core.io.InvalidFormatException} naming the file and line. Builders freeze into
 * immutable, thread-safe lookups.
 */
package org.faultline.core.dict;
