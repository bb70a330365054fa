/**
 * Faultline's event records and what they are assembled from: {@link
 * org.faultline.core.event.Document}, {@link org.faultline.core.event.Event} with its {@link
 * org.faultline.core.event.Actor}s and {@link org.faultline.core.event.Mention}s, and {@link
 * org.faultline.core.event.Provenance}. These values define the JSONL event schema and the store
 * schema.
 */
package org.faultline.core.event;
