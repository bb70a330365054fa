/**
 * Input helpers shared by the readers of dictionaries, records and documents: the checked {@link
 * org.faultline.core.io.InvalidFormatException} that carries the file and line of a problem.
 */
package org.faultline.core.io;
