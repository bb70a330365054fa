/** JMH benchmarks; the CLI's {@code faultline bench} commands print the headline figures. */
package org.faultline.bench;
