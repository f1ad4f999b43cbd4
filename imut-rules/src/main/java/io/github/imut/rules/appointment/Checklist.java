package io.github.imut.rules.appointment;

import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The requirements of one position, checked one by one and turned into one evaluation: FAIL if any requirement is
 * not met (the message is the first unmet requirement's; the fact {@code unmet} names them all), else INCOMPLETE if
 * any could not be decided (naming every missing field), else NEEDS_APPROVAL if an approval is still needed, else
 * WARNING if any is met only on an unconfirmed assumption, else PASS. The earliest compliant date is given when every
 * unmet requirement is cured by time alone (the latest of their dates), and not after the last day an age limit
 * allows.
 *
 * <p>Not thread-safe: one per evaluation. Cheap when everything is met (the common case): the facts are kept as
 * name-value pairs in one array and only handed to an evaluation that shows them, and the lists and texts exist only
 * once something is missing, unmet or assumed.
 */
final class Checklist {
    /** Name, value, name, value, ...: the first {@code size} slots are used. */
    private Object[] facts;
    private int size;
    private List<String> missing;
    private StringBuilder unmet;
    private StringBuilder warned;
    private String failKey;
    private String warnKey;
    private LocalDate cure;
    private boolean curable = true;
    private LocalDate lastEligibleDay;
    private Approver approver;
    private String approvalKey;

    /** A checklist for a position's requirements: room for 16 facts. */
    Checklist() {
        this(16);
    }

    /** @param facts how many facts the rule gives (more may be added): sizes the storage */
    Checklist(int facts) {
        this.facts = new Object[2 * Math.max(1, facts)];
    }

    /** @return this, with a fact */
    Checklist fact(String name, Object value) {
        for (int i = 0; i < size; i += 2) {
            if (facts[i] == name || facts[i].equals(name)) {
                // as a map: the later value wins, the fact keeps its place
                facts[i + 1] = value;
                return this;
            }
        }
        if (size == facts.length) {
            facts = Arrays.copyOf(facts, size * 2);
        }
        facts[size++] = name;
        facts[size++] = value;
        return this;
    }

    /** Names a missing field or document by its JSON path. */
    void missing(String path) {
        if (missing == null) {
            missing = new ArrayList<>(4);
        }
        if (!missing.contains(path)) {
            missing.add(path);
        }
    }

    /** Names several missing fields. */
    void missing(List<String> paths) {
        for (int i = 0; i < paths.size(); i++) {
            missing(paths.get(i));
        }
    }

    /**
     * A requirement is not met and time will not cure it.
     *
     * @param code the requirement's code, listed in the fact {@code unmet}
     * @param key  the message key
     */
    void unmet(String code, String key) {
        unmet(code, key, null);
    }

    /**
     * A requirement is not met.
     *
     * @param code     the requirement's code
     * @param key      the message key
     * @param curedOn  the day it will be met if nothing else changes; null if time will not cure it
     */
    void unmet(String code, String key, LocalDate curedOn) {
        if (failKey == null) {
            failKey = key;
        }
        if (unmet == null) {
            unmet = new StringBuilder();
        }
        append(unmet, code);
        if (curedOn == null) {
            curable = false;
        } else if (cure == null || curedOn.isAfter(cure)) {
            cure = curedOn;
        }
    }

    /** A requirement is met only on an assumption the catalogue does not confirm. */
    void warn(String code, String key) {
        if (warnKey == null) {
            warnKey = key;
        }
        if (warned == null) {
            warned = new StringBuilder();
        }
        append(warned, code);
    }

    /** The last day an age limit allows: a cure date after it is no cure. */
    void lastEligibleDay(LocalDate day) {
        if (lastEligibleDay == null || day.isBefore(lastEligibleDay)) {
            lastEligibleDay = day;
        }
    }

    /** Everything else is met, but the proposal needs this approval. */
    void needsApproval(Approver from, String key) {
        approver = from;
        approvalKey = key;
    }

    /** @return whether a requirement is not met */
    boolean failed() {
        return failKey != null;
    }

    private static void append(StringBuilder sb, String code) {
        if (sb.length() > 0) {
            sb.append(", ");
        }
        sb.append(code);
    }

    /** @return the evaluation */
    Evaluation result() {
        if (failKey != null) {
            Evaluation.Builder b = build(Evaluation.fail(failKey)).fact("unmet", unmet.toString());
            if (curable && cure != null && (lastEligibleDay == null || !cure.isAfter(lastEligibleDay))) {
                b.earliestCompliantDate(cure);
            }
            return b.build();
        }
        if (missing != null) {
            return build(Evaluation.of(Outcome.INCOMPLETE, "incomplete")).build();
        }
        if (approver != null) {
            return build(Evaluation.needsApproval(approver, approvalKey)).build();
        }
        if (warnKey != null) {
            return build(Evaluation.warning(warnKey)).fact("warned", warned.toString()).build();
        }
        return Evaluation.pass();
    }

    /**
     * The evaluation where the law lets an approval waive unmet requirements (PP 11/2017 Pasal 107 ayat (2)): a
     * FAIL becomes a PASS citing the approval.
     *
     * @param waiver the approval, if the proposal carries one dated on or before the effective date
     * @param key    the message key of the waived pass
     * @param basis  the provisions the waived pass rests on (the requirement's and the waiver's)
     * @return the evaluation
     */
    Evaluation result(java.util.Optional<Approval> waiver, String key, LegalBasis... basis) {
        if (failKey != null && waiver.isPresent()) {
            return build(Evaluation.of(Outcome.PASS, key)).fact("unmet", unmet.toString())
                    .fact("approvalReference", waiver.get().getReference())
                    .fact("approvalDate", waiver.get().getDate()).basis(basis).build();
        }
        return result();
    }

    private Evaluation.Builder build(Evaluation.Builder b) {
        for (int i = 0; i < size; i += 2) {
            b.fact((String) facts[i], facts[i + 1]);
        }
        if (missing != null) {
            for (int i = 0; i < missing.size(); i++) {
                b.missing(missing.get(i));
            }
        }
        return b;
    }
}
