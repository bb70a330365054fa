/**
 * GDELT event files: {@link org.faultline.formats.gdelt.GdeltReader} reads GDELT 2.0 event exports
 * (61 tab-separated columns) and GDELT 1.0 event files (57 columns, 58 with SOURCEURL); {@link
 * org.faultline.formats.gdelt.GdeltWriter} writes GDELT 2.0 rows from Faultline events. Column
 * layouts are those of the GDELT event codebooks; {@code docs/formats.md} lists them.
 */
package org.faultline.formats.gdelt;
