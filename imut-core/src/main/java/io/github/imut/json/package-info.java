/**
 * JSON: imut's one Jackson configuration ({@link io.github.imut.json.ImutJson}), a reader that turns malformed
 * proposals into violations with JSON paths ({@link io.github.imut.json.ProposalReader}), and the streaming,
 * parallel NDJSON batch ({@link io.github.imut.json.NdjsonBatch}: one report line per input line, in order).
 */
package io.github.imut.json;
