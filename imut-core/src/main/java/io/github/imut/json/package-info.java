/**
 * JSON: imut's one Jackson configuration ({@link io.github.imut.json.ImutJson}) and a reader that turns malformed
 * proposals into violations with JSON paths ({@link io.github.imut.json.ProposalReader}).
 */
package io.github.imut.json;
