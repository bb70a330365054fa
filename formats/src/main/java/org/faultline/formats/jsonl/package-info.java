/**
 * Faultline's own event format, JSON Lines: one JSON object per {@link
 * org.faultline.core.event.Event}, with snake_case keys. {@link
 * org.faultline.formats.jsonl.EventJsonlWriter} writes it and {@link
 * org.faultline.formats.jsonl.EventJsonlReader} reads it back (for re-import) exactly.
 */
package org.faultline.formats.jsonl;
