/**
 * The text side of the pipeline as {@code core} sees it: the {@link
 * org.faultline.core.text.Annotator} contract that NLP modules implement, the sentences it yields,
 * and text normalization. No NLP library is used here.
 */
package org.faultline.core.text;
