/**
 * The coding pipeline as stages the caller pulls through: a {@link
 * org.faultline.core.pipeline.DocumentStream} of input documents, the {@link
 * org.faultline.core.pipeline.DocumentCoder} (annotate, code, assemble events), and whatever sink
 * the caller writes to. Problems with single inputs are reported, never fatal.
 */
package org.faultline.core.pipeline;
