/**
 * SIASN input: an employee's profile as BKN's national SIASN web services return it ({@code pns/data-utama} and the
 * {@code pns/rw-*} histories), mapped to {@link io.github.imut.model.Employee}, and merged into a partial proposal.
 *
 * <pre>{@code
 * SiasnProfile profile = SiasnProfile.read(in);          // data-utama + rw-jabatan, rw-golongan, rw-hukdis, ...
 * Employee employee = profile.employee();                 // what could be mapped
 * List<SiasnNote> notes = profile.notes();                // what could not, naming the SIASN field
 *
 * SiasnMerge merge = SiasnMerge.of(profile, partialProposalJson);   // the proposal names only what SIASN lacks
 * Report report = merge.check(checker, asOf);             // INVALID if SIASN and the proposal conflict
 * }</pre>
 *
 * <p>The contract followed is {@code shared/spec/siasn-contract.md}, reconstructed from third-party clients: the
 * reader is lenient about value forms (string numbers, zero-padded codes, several date forms, four ways of saying
 * unknown) and strict about structure (an error response or another employee's record is an error, never an empty
 * history). Unknown stays unknown: no default value ever stands in for missing SIASN data, so imut's rules report
 * such data as incomplete. {@link io.github.imut.siasn.SiasnProfile} states the mapping rules and
 * {@link io.github.imut.siasn.SiasnMerge} the merge rule. Every type here is immutable and thread-safe except the
 * profile builder.
 */
package io.github.imut.siasn;
