/** Faultline formats module. */
package org.faultline.formats;
