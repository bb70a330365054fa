/**
 * Phoenix event data files (the OEDA Phoenix pipeline's daily output: 26 tab-separated columns, no
 * header): {@link org.faultline.formats.phoenix.PhoenixReader} and {@link
 * org.faultline.formats.phoenix.PhoenixWriter}.
 */
package org.faultline.formats.phoenix;
