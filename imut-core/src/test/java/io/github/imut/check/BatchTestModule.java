package io.github.imut.check;

import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Agency;
import io.github.imut.model.AgencyKind;
import io.github.imut.model.Approver;
import io.github.imut.model.Action;
import io.github.imut.model.Employee;
import io.github.imut.model.Gender;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Nip;
import io.github.imut.model.Proposal;
import io.github.imut.model.ProposalKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A rule module for testing the checker without imut-rules: one rule whose outcome the proposal's id prefix chooses
 * ({@code FAIL-}, {@code APPROVE-}, {@code MISSING-}, {@code BOOM-} throws, {@code SLOW-} sleeps then passes;
 * anything else passes).
 */
public final class BatchTestModule implements RuleModule {
    /** The one rule. */
    static final class IdPrefixRule implements Rule {
        private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder("BATCH-TEST-ID")
                .title("Aturan uji", "Test rule")
                .appliesTo(ProposalKind.values())
                .basis(LegalBasis.of("UU 20/2023"))
                .confidence(Confidence.V)
                .build();

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public Evaluation evaluate(Proposal proposal, CheckContext context) {
            String id = proposal.getId();
            if (id.startsWith("FAIL-")) {
                return Evaluation.fail("fail").fact("id", id).build();
            }
            if (id.startsWith("APPROVE-")) {
                return Evaluation.needsApproval(Approver.BKN, "approval").fact("id", id).build();
            }
            if (id.startsWith("MISSING-")) {
                return Evaluation.incomplete("employee.birthDate");
            }
            if (id.startsWith("BOOM-")) {
                throw new IllegalStateException("boom " + id);
            }
            if (id.startsWith("SLOW-")) {
                try {
                    Thread.sleep(40);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Evaluation.pass();
        }
    }

    @Override
    public String id() {
        return "test";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<Rule> rules() {
        return List.of(new IdPrefixRule());
    }

    @Override
    public String messageBundle() {
        return "io.github.imut.check.batchtestrules";
    }

    /** @return a checker with only this module */
    public static Checker checker() {
        return Checker.builder().addModule(new BatchTestModule()).build();
    }

    /**
     * @param id the proposal's id
     * @return a well-formed transfer proposal with that id
     */
    public static ImmutableProposal proposal(String id) {
        LocalDate birth = LocalDate.of(1985, 3, 12);
        return Proposal.builder().id(id).kind(ProposalKind.TRANSFER).action(Action.WITHIN_AGENCY)
                .effectiveDate(LocalDate.of(2026, 2, 2))
                .employee(Employee.builder().nip(Nip.of(birth, YearMonth.of(2010, 1), Gender.MALE, 2))
                        .birthDate(birth).gender(Gender.MALE)
                        .agency(Agency.builder().kind(AgencyKind.REGENCY).province("34").regionCode("34.04").build())
                        .build())
                .build();
    }
}
