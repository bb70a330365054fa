/** Faultline nlp module. */
package org.faultline.nlp;
