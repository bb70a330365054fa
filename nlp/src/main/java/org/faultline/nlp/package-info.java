/**
 * The text pipeline on Stanford CoreNLP: {@link org.faultline.nlp.CoreNlpAnnotator} splits
 * normalized news text into sentences, tokenizes, tags and parses them into core's {@link
 * org.faultline.core.tree.ParseTree}s. The only module that knows CoreNLP; its models are loaded
 * once per process and shared.
 */
package org.faultline.nlp;
