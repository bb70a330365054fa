/**
 * The dictionary-driven event coder: from a parsed sentence to events with source, target, event
 * code and the token spans behind each. {@link org.faultline.core.coder.PatternCoder} is the entry
 * point; it is immutable and safe to share between threads.
 */
package org.faultline.core.coder;
