package io.github.imut.rules.dismissal;

import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Proposal;

/** Collects the fields and documents a rule needs and lacks, for one INCOMPLETE evaluation. Not thread-safe. */
final class Need {
    private Evaluation.Builder builder;

    /**
     * @param present whether the value is there
     * @param path    its JSON path
     * @return this
     */
    Need field(boolean present, String path) {
        if (!present) {
            if (builder == null) {
                builder = Evaluation.of(Outcome.INCOMPLETE, "incomplete");
            }
            builder.missing(path);
        }
        return this;
    }

    /**
     * @param proposal the proposal
     * @param kind     a document it must carry
     * @return this
     */
    Need document(Proposal proposal, DocumentKind kind) {
        if (!proposal.hasDocument(kind)) {
            field(false, "documents[" + kind.name() + "]");
        }
        return this;
    }

    /** @return whether anything is missing */
    boolean any() {
        return builder != null;
    }

    /** @return the INCOMPLETE evaluation */
    Evaluation build() {
        return builder.build();
    }
}
