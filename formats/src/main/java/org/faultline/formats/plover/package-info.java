/**
 * PLOVER event records as JSON Lines ({@link org.faultline.formats.plover.PloverJsonlWriter}): the
 * PLOVER event type, mode and context of each event with its actors, date and source sentence.
 */
package org.faultline.formats.plover;
