/** Faultline store module. */
package org.faultline.store;
