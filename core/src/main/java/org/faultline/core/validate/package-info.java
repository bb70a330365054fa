/**
 * PETRARCH-style validation: reading validation record files, running their records through a coder
 * with the options their {@code <Config>} elements set, and reporting passes and failures.
 */
package org.faultline.core.validate;
