/**
 * Constituency parse trees in Penn Treebank form: the immutable {@link
 * org.faultline.core.tree.ParseTree} and the {@link org.faultline.core.tree.TreebankParser} that
 * reads bracketed strings. Nothing here depends on a particular parser; CoreNLP output is converted
 * to this form outside {@code core}.
 */
package org.faultline.core.tree;
