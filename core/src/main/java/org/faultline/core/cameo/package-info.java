/**
 * The CAMEO event ontology as data: the event codes of the CAMEO codebook 1.1b3 with their names,
 * Goldstein weights, quad classes and PLOVER mappings ({@link
 * org.faultline.core.cameo.CameoOntology}, {@link org.faultline.core.cameo.CameoEventType}), and
 * CAMEO actor codes as values ({@link org.faultline.core.cameo.ActorCode}).
 *
 * <p>The facts live in bundled, tab-separated resources next to these classes ({@code
 * cameo-events.tsv}, {@code actor-codes.tsv}); everything here is immutable and safe to share
 * between threads once loaded.
 */
package org.faultline.core.cameo;
