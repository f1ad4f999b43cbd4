package io.github.imut.rules.appointment;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Rule;
import io.github.imut.check.Switch;
import io.github.imut.model.Action;
import io.github.imut.model.Agency;
import io.github.imut.model.AgencyKind;
import io.github.imut.model.Document;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Education;
import io.github.imut.model.EducationLevel;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Gender;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.Nip;
import io.github.imut.model.PerformanceRating;
import io.github.imut.model.PerformanceRecord;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.PositionRecord;
import io.github.imut.model.Proposal;
import io.github.imut.model.Target;
import io.github.imut.rules.StandardData;
import java.time.LocalDate;
import java.time.YearMonth;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerCapacity;
import io.github.imut.model.SignerRole;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lawful appointment proposals for the appointment rules' tests: each test changes only what it is about. */
final class Fixtures {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final LocalDate EFFECTIVE = LocalDate.of(2026, 6, 1);
    static final LocalDate BIRTH = LocalDate.of(1975, 6, 15);

    private Fixtures() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Position current(PositionLevel level, String since, Boolean related) {
        return Position.builder().level(level).name("Jabatan sekarang").since(d(since))
                .relatedToTarget(java.util.Optional.ofNullable(related)).build();
    }

    static PositionRecord record(PositionLevel level, String from, String to, Boolean related) {
        return PositionRecord.builder().level(level).from(d(from)).to(d(to))
                .relatedToTarget(java.util.Optional.ofNullable(related)).build();
    }

    static List<PerformanceRecord> ratings(int year1, PerformanceRating r1, int year2, PerformanceRating r2) {
        return List.of(PerformanceRecord.builder().year(year1).rating(r1).build(),
                PerformanceRecord.builder().year(year2).rating(r2).build());
    }

    static Document doc(DocumentKind kind) {
        return Document.builder().kind(kind).reference(kind.name() + "/1").build();
    }

    /** A PNS, S2, administrator since 2021-01-04 (related), pengawas 2016-2021 (related), pelaksana before. */
    static ImmutableEmployee pns() {
        return Employee.builder()
                .nip(Nip.of(BIRTH, YearMonth.of(2000, 3), Gender.MALE, 7))
                .name("Hendra Gunawan")
                .birthDate(BIRTH)
                .gender(Gender.MALE)
                .status(EmploymentStatus.PNS)
                .tmtCpns(d("2000-03-01"))
                .tmtPns(d("2001-03-01"))
                .education(Education.builder().level(EducationLevel.S2).major("Administrasi Publik").build())
                .agency(Agency.builder().kind(AgencyKind.CENTRAL).name("Kementerian Contoh").build())
                .currentPosition(current(PositionLevel.ADMINISTRATOR, "2021-01-04", true))
                .addPositionHistory(record(PositionLevel.PENGAWAS, "2016-01-04", "2021-01-03", true),
                        record(PositionLevel.PELAKSANA, "2000-03-01", "2016-01-03", false))
                .performance(ratings(2024, PerformanceRating.BAIK, 2025, PerformanceRating.SANGAT_BAIK))
                .build();
    }

    /** The employee appointed into {@code level} on {@link #EFFECTIVE}, with health certificate and selection. */
    static ImmutableProposal into(PositionLevel level) {
        return Proposal.builder()
                .id("ANGKAT-TEST-1")
                .kind(Action.INTO_POSITION.kind())
                .action(Action.INTO_POSITION)
                .effectiveDate(EFFECTIVE)
                .employee(pns())
                .target(Target.builder().position(Position.builder().level(level).name("Jabatan tujuan").build())
                        .build())
                .addDocuments(doc(DocumentKind.SURAT_SEHAT), doc(DocumentKind.HASIL_SELEKSI))
                .signer(Signer.builder().role(SignerRole.MENTERI).capacity(SignerCapacity.DEFINITIF).build())
                .build();
    }

    /** @return the proposal with annual ratings BAIK for the two years before its effective date */
    static ImmutableProposal ratedBaik(ImmutableProposal p) {
        int y = p.getEffectiveDate().getYear();
        return p.withEmployee(ImmutableEmployee.copyOf(p.getEmployee()).withPerformance(
                ratings(y - 2, PerformanceRating.BAIK, y - 1, PerformanceRating.BAIK)));
    }

    /**
     * Evaluates one rule outside a checker, with its switches at their defaults except {@code on}.
     */
    static Evaluation evaluate(Rule rule, Proposal p, String... on) {
        Map<String, Boolean> switches = new HashMap<>();
        for (Switch s : rule.descriptor().switches()) {
            switches.put(s.name(), s.defaultValue());
        }
        for (String name : on) {
            if (!switches.containsKey(name)) {
                throw new IllegalArgumentException("Rule does not declare " + name);
            }
            switches.put(name, true);
        }
        return rule.evaluate(p, CheckContext.of(AS_OF, p.getEffectiveDate(), StandardData.parameters(),
                StandardData.calendar(), switches));
    }
}
