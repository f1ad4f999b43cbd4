package io.github.imut.examples;

import io.github.imut.check.Checker;
import io.github.imut.check.Finding;
import io.github.imut.check.Report;
import io.github.imut.json.ImutJson;
import io.github.imut.model.Action;
import io.github.imut.model.Agency;
import io.github.imut.model.AgencyKind;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Gender;
import io.github.imut.model.Initiator;
import io.github.imut.model.Nip;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerCapacity;
import io.github.imut.model.SignerRole;
import io.github.imut.model.Target;
import java.time.LocalDate;

/**
 * The README's embedding example, compiled and run: build a checker once, check a proposal built in code, read the
 * verdict and the findings. Run it with
 * {@code java -cp imut-examples/target/imut.jar io.github.imut.examples.EmbeddingExample}.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println(ImutJson.toPrettyJson(run()));
    }

    /** @return the report of the example proposal */
    public static Report run() {
        // README-START
        Checker checker = Checker.builder().discoverModules().build();   // once; thread-safe
        Proposal proposal = Proposal.builder()
                .id("BKPSDM-PASBAR/2024/MUT/0051")
                .kind(Action.WITHIN_AGENCY.kind()).action(Action.WITHIN_AGENCY).initiatedBy(Initiator.AGENCY)
                .effectiveDate(LocalDate.of(2024, 5, 2))                 // TMT: planned inauguration
                .employee(Employee.builder()
                        .nip(Nip.parse("197911032005011001")).birthDate(LocalDate.of(1979, 11, 3))
                        .gender(Gender.MALE).status(EmploymentStatus.PNS).tmtCpns(LocalDate.of(2005, 1, 1))
                        .agency(Agency.builder().kind(AgencyKind.REGENCY).regionCode("13.12").build())
                        .currentPosition(Position.builder().level(PositionLevel.ADMINISTRATOR)
                                .since(LocalDate.of(2020, 3, 2)).dukcapilUnit(false).build())
                        .build())
                .target(Target.builder().position(Position.builder().level(PositionLevel.ADMINISTRATOR)
                        .dukcapilUnit(false).build()).build())
                .signer(Signer.builder().role(SignerRole.BUPATI).capacity(SignerCapacity.DEFINITIF)
                        .regionCode("13.12").build())
                .build();
        Report report = checker.check(proposal, LocalDate.of(2024, 4, 25));
        System.out.println(report.getVerdict());                           // NEEDS_APPROVAL
        for (Finding f : report.getFindings()) {
            System.out.println(f.getRuleId() + " " + f.getLegalBasis() + ": " + f.getMessage());
        }
        // README-END
        return report;
    }
}
