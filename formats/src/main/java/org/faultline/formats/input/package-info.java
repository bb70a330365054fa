/**
 * Readers of input documents: plain-text articles (with dateline detection), JSONL documents and
 * PETRARCH XML with or without parses, from files, directories and standard input.
 */
package org.faultline.formats.input;
