package io.github.imut.rules.appointment;

import io.github.imut.model.AssessmentKind;
import io.github.imut.model.DocumentKind;

/**
 * An examination a position's law requires (a health examination, the latsar, an open selection, a competency test):
 * the assessment kinds whose passed result meets it, the document that stands in for a result, and the fact names
 * and failure key its code gives ({@code health} → {@code healthKind}, {@code healthDate}, {@code healthReference},
 * {@code healthFailed}). Built once per rule, so that a check concatenates nothing; immutable.
 */
final class Examination {
    final String code;
    final DocumentKind document;
    private final AssessmentKind[] kinds;
    final String kindFact;
    final String dateFact;
    final String referenceFact;
    final String failedKey;

    private Examination(String code, DocumentKind document, AssessmentKind[] kinds) {
        this.code = code;
        this.document = document;
        this.kinds = kinds;
        this.kindFact = code + "Kind";
        this.dateFact = code + "Date";
        this.referenceFact = code + "Reference";
        this.failedKey = code + "Failed";
    }

    /**
     * @param code     the requirement's code: its unmet code, and the prefix of its facts and failure message key
     * @param document the document that, without any result, states a pass
     * @param kinds    the assessment kinds that count
     * @return the examination
     */
    static Examination of(String code, DocumentKind document, AssessmentKind... kinds) {
        return new Examination(code, document, kinds.clone());
    }

    /** @return how many assessment kinds count */
    int kinds() {
        return kinds.length;
    }

    /** @return the {@code i}-th assessment kind that counts */
    AssessmentKind kind(int i) {
        return kinds[i];
    }
}
