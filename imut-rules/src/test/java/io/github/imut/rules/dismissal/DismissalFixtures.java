package io.github.imut.rules.dismissal;

import io.github.imut.check.Checker;
import io.github.imut.check.Finding;
import io.github.imut.check.Outcome;
import io.github.imut.check.Report;
import io.github.imut.model.Action;
import io.github.imut.model.Dismissal;
import io.github.imut.model.DismissalGround;
import io.github.imut.model.DismissalKind;
import io.github.imut.model.Document;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Gender;
import io.github.imut.model.ImmutableDismissal;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Nip;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerCapacity;
import io.github.imut.model.SignerRole;
import io.github.imut.rules.StandardRules;
import io.github.imut.rules.TestProposals;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Lawful defaults for the dismissal and discipline tests: a PNS pengawas of a regency (born 1975-06-10, TMT CPNS
 * 2000-03-01), signed by the definitive regent. Each test changes only what it is about.
 */
public final class DismissalFixtures {
    /** The day the tests check as of. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    public static final LocalDate BIRTH = LocalDate.of(1975, 6, 10);
    private static final Checker CHECKER = TestProposals.checker();

    private DismissalFixtures() {
    }

    /** @return the employee: born 1975-06-10, PNS since 2001, pengawas, 25 years of pensionable service */
    public static ImmutableEmployee employee() {
        return ImmutableEmployee.copyOf(TestProposals.employee()).withBirthDate(BIRTH)
                .withNip(Nip.of(BIRTH, YearMonth.of(2000, 3), Gender.MALE, 1))
                .withTmtCpns(LocalDate.of(2000, 3, 1)).withTmtPns(LocalDate.of(2001, 3, 1))
                .withCurrentPosition(Position.builder().level(PositionLevel.PENGAWAS).name("Kepala Seksi Contoh")
                        .since(LocalDate.of(2019, 1, 2)).build())
                .withPensionServiceMonths(300);
    }

    /**
     * @param action a dismissal action
     * @param ground its ground, or null to leave it to the action
     * @param effective the effective date
     * @return a dismissal proposal signed by the definitive regent
     */
    public static ImmutableProposal dismissal(Action action, DismissalGround ground, LocalDate effective) {
        ImmutableDismissal.Builder d = Dismissal.builder();
        if (ground != null) {
            d.ground(ground);
        }
        return Proposal.builder().id("BERHENTI-TEST-1").kind(action.kind()).action(action).effectiveDate(effective)
                .employee(employee()).dismissal(d.build())
                .signer(Signer.builder().role(SignerRole.BUPATI).capacity(SignerCapacity.DEFINITIF)
                        .regionCode(TestProposals.REGION).build())
                .build();
    }

    /** @return the proposal with a document of {@code kind} attached */
    public static ImmutableProposal with(ImmutableProposal p, DocumentKind... kinds) {
        ImmutableProposal out = p;
        for (DocumentKind k : kinds) {
            out = out.withDocuments(concat(out, Document.builder().kind(k).reference("DOC/" + k.name()).build()));
        }
        return out;
    }

    private static java.util.List<Document> concat(Proposal p, Document d) {
        java.util.List<Document> list = new java.util.ArrayList<>(p.getDocuments());
        list.add(d);
        return list;
    }

    /** @return the proposal with its dismissal's kind set */
    public static ImmutableProposal kind(ImmutableProposal p, DismissalKind kind) {
        return p.withDismissal(ImmutableDismissal.copyOf(p.getDismissal().orElseThrow()).withKind(kind));
    }

    /** @return the proposal with its dismissal's pension claim set */
    public static ImmutableProposal pension(ImmutableProposal p, boolean claimed) {
        return p.withDismissal(ImmutableDismissal.copyOf(p.getDismissal().orElseThrow()).withPensionClaimed(claimed));
    }

    /** @return the proposal with the employee replaced */
    public static ImmutableProposal employee(ImmutableProposal p, ImmutableEmployee e) {
        return p.withEmployee(e);
    }

    /** @return the report of the standard checker as of {@link #AS_OF} */
    public static Report check(Proposal p) {
        return CHECKER.check(p, AS_OF);
    }

    /** @return the finding of {@code ruleId}, if any */
    public static Optional<Finding> finding(Proposal p, String ruleId) {
        return check(p).finding(ruleId);
    }

    /** @return the outcome of {@code ruleId}; PASS when it gave no finding (it passed or did not apply) */
    public static Outcome outcome(Proposal p, String ruleId) {
        return finding(p, ruleId).map(Finding::getOutcome).orElse(Outcome.PASS);
    }

    /** @return a checker with one switch set */
    public static Checker checkerWith(String name, boolean value) {
        return StandardRules.addTo(Checker.builder()).setSwitch(name, value).build();
    }
}
