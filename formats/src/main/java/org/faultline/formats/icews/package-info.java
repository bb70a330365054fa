/**
 * ICEWS coded event files (tab-separated, 20 columns, with a header): {@link
 * org.faultline.formats.icews.IcewsReader}, and {@link org.faultline.formats.icews.IcewsActors},
 * which maps ICEWS country names and sectors to CAMEO actor code blocks.
 */
package org.faultline.formats.icews;
