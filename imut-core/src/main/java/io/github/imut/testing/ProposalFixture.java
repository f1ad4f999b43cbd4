package io.github.imut.testing;

import io.github.imut.model.Action;
import io.github.imut.model.Agency;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.Dismissal;
import io.github.imut.model.Document;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.Gender;
import io.github.imut.model.Grade;
import io.github.imut.model.Ground;
import io.github.imut.model.ImmutableDismissal;
import io.github.imut.model.ImmutableEmployee;
import io.github.imut.model.ImmutablePosition;
import io.github.imut.model.ImmutableProposal;
import io.github.imut.model.ImmutableTarget;
import io.github.imut.model.Initiator;
import io.github.imut.model.Nip;
import io.github.imut.model.PerformanceRecord;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.Proposal;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerCapacity;
import io.github.imut.model.SignerRole;
import io.github.imut.model.Target;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A lawful proposal to be: the default story of one {@link Action} (see {@link Fixtures}), and the overrides a test
 * states. Obtain one from {@link Fixtures}; {@link #build()} gives the {@link Proposal}.
 *
 * <pre>{@code
 * Proposal p = Fixtures.transfer().effective(LocalDate.of(2024, 3, 22)).signedBy(SignerRole.PJ_BUPATI).build();
 * }</pre>
 *
 * <p>How {@link #build()} works: it tells the action's story as of the TMT ({@link #effective(LocalDate)}, else the
 * story's own), then applies the overrides in the order the test called them, then derives the employee's NIP. Hence:
 * <ul>
 *   <li>The employee's history is fixed (birth, TMT CPNS, positions, a criminal case, a death), and so are the
 *       documents of past events (an SK, a judgment, a death certificate). The file prepared for the proposal is
 *       dated from the TMT: the annual performance ratings of the two years before the TMT's year, the approvals,
 *       and the letters (SKP, statements, health certificate, proposal and consent) a few weeks before it. Moving
 *       the TMT thus keeps the file complete, but it does not make the person younger: a retirement or a death
 *       keeps its dates, and the new TMT is judged against them.</li>
 *   <li>The NIP (or a PPPK's NI PPPK) always agrees with the birth date, the sex and the TMT CPNS (TMT PPPK),
 *       whatever a test changes of them ({@link #bornOn}, {@link #gender}, {@link #tmtCpns},
 *       {@link #employee(UnaryOperator)}); when one of them is removed the NIP stays as it was. A NIP the test sets
 *       itself ({@link #nip(String)}, or in {@link #employee(UnaryOperator)}) is kept as set: that is how a test
 *       states a disagreeing NIP.</li>
 *   <li>Later overrides win over earlier ones; {@link #proposal(UnaryOperator)} is the escape hatch for anything
 *       this class has no method for.</li>
 * </ul>
 *
 * <p>Not thread-safe: a fixture is meant to be built within one test. Every method returns this fixture (never null)
 * and rejects null arguments with a {@link NullPointerException}; the proposals {@link #build()} returns are
 * immutable, and each call of {@link #build()} returns a new, equal one.
 */
public final class ProposalFixture {
    private final Action action;
    private LocalDate effective;
    private final List<Consumer<Draft>> overrides = new ArrayList<>();

    /** The proposal being built, and whether the test set the NIP itself. */
    private static final class Draft {
        ImmutableProposal proposal;
        boolean nipSet;

        Draft(ImmutableProposal proposal) {
            this.proposal = proposal;
        }

        void employee(UnaryOperator<ImmutableEmployee> change) {
            Employee before = proposal.getEmployee();
            ImmutableEmployee after = change.apply(ImmutableEmployee.copyOf(before));
            if (!after.getNip().equals(before.getNip())) {
                nipSet = true;
            }
            proposal = proposal.withEmployee(after);
        }
    }

    ProposalFixture(Action action) {
        this.action = Objects.requireNonNull(action, "action");
        this.effective = Stories.defaultEffectiveDate(action);
    }

    private ProposalFixture with(Consumer<Draft> override) {
        overrides.add(override);
        return this;
    }

    /** @return the action of the proposal this fixture builds */
    public Action action() {
        return action;
    }

    /** @return the effective date (TMT) the proposal will have, unless {@link #proposal(UnaryOperator)} changes it */
    public LocalDate effectiveDate() {
        return effective;
    }

    /**
     * @param value the proposal's id (the agency's reference)
     * @return this
     */
    public ProposalFixture id(String value) {
        Objects.requireNonNull(value, "value");
        return with(d -> d.proposal = d.proposal.withId(value));
    }

    /**
     * Sets the effective date (TMT). The story's file (ratings, approvals, documents) is dated from it; the employee's
     * history is not.
     *
     * @param value the TMT
     * @return this
     */
    public ProposalFixture effective(LocalDate value) {
        this.effective = Objects.requireNonNull(value, "value");
        return this;
    }

    /**
     * @param isoDate the TMT as {@code yyyy-MM-dd}
     * @return this
     * @throws java.time.format.DateTimeParseException if it is no ISO date
     */
    public ProposalFixture effective(String isoDate) {
        return effective(LocalDate.parse(isoDate));
    }

    /**
     * @param value the day the decision (SK) is signed, when it differs from the TMT
     * @return this
     */
    public ProposalFixture decidedOn(LocalDate value) {
        Objects.requireNonNull(value, "value");
        return with(d -> d.proposal = d.proposal.withDecisionDate(value));
    }

    /**
     * @param value who initiated a transfer
     * @return this
     */
    public ProposalFixture initiatedBy(Initiator value) {
        Objects.requireNonNull(value, "value");
        return with(d -> d.proposal = d.proposal.withInitiatedBy(value));
    }

    /**
     * Signs the decision by an official of the role: a definitive one unless the role's name says otherwise
     * ({@code PJ_BUPATI} is a Pj), of the employee's own region (the province for a governor's roles, the regency or
     * city for a regent's, a mayor's and a regional secretary's; none for a central official).
     *
     * @param role the signer's office
     * @return this
     */
    public ProposalFixture signedBy(SignerRole role) {
        Objects.requireNonNull(role, "role");
        return with(d -> d.proposal = d.proposal.withSigner(signer(role, d.proposal.getEmployee())));
    }

    /**
     * @param value the signer
     * @return this
     */
    public ProposalFixture signedBy(Signer value) {
        Objects.requireNonNull(value, "value");
        return with(d -> d.proposal = d.proposal.withSigner(value));
    }

    /** @return this, with no signer stated */
    public ProposalFixture unsigned() {
        return with(d -> d.proposal = d.proposal.withSigner(Optional.empty()));
    }

    /**
     * Changes the employee. The NIP is re-derived afterwards unless the change sets it.
     *
     * <pre>{@code
     * fixture.employee(e -> e.birthDate(Optional.empty()))   // birth date unknown
     * }</pre>
     *
     * @param change receives a builder holding the employee so far, returns it (or another builder)
     * @return this
     */
    public ProposalFixture employee(UnaryOperator<ImmutableEmployee.Builder> change) {
        Objects.requireNonNull(change, "change");
        return with(d -> d.employee(e -> change.apply(ImmutableEmployee.builder().mergeFrom(e)).build()));
    }

    /**
     * @param value the employee's legal status. Keeps the employee consistent: a {@code CPNS} has no TMT PNS; a
     *     {@code PPPK} has a TMT PPPK (the TMT CPNS becomes it when there is none), no TMT CPNS or PNS and no PNS grade,
     *     and gets a NI PPPK instead of a NIP
     * @return this
     */
    public ProposalFixture status(EmploymentStatus value) {
        Objects.requireNonNull(value, "value");
        return with(d -> d.employee(e -> {
            ImmutableEmployee out = e.withStatus(value);
            if (value == EmploymentStatus.CPNS) {
                out = out.withTmtPns(Optional.empty());
            } else if (value == EmploymentStatus.PPPK) {
                if (out.getTmtPppk().isEmpty()) {
                    out = out.withTmtPppk(out.getTmtCpns());
                }
                out = out.withTmtCpns(Optional.empty()).withTmtPns(Optional.empty());
                if (out.getGrade().isPresent() && out.getGrade().get().system() == Grade.System.PNS) {
                    out = out.withGrade(Optional.empty()).withGradeSince(Optional.empty());
                }
            }
            return out;
        }));
    }

    /**
     * @param value the birth date; the NIP follows
     * @return this
     */
    public ProposalFixture bornOn(LocalDate value) {
        Objects.requireNonNull(value, "value");
        return with(d -> d.employee(e -> e.withBirthDate(value)));
    }

    /**
     * @param value the sex; the NIP follows
     * @return this
     */
    public ProposalFixture gender(Gender value) {
        Objects.requireNonNull(value, "value");
        return with(d -> d.employee(e -> e.withGender(value)));
    }

    /**
     * @param value TMT CPNS; the NIP follows, and TMT PNS becomes a year later when the employee has one
     * @return this
     */
    public ProposalFixture tmtCpns(LocalDate value) {
        Objects.requireNonNull(value, "value");
        return with(d -> d.employee(e -> {
            ImmutableEmployee out = e.withTmtCpns(value);
            return e.getTmtPns().isPresent() ? out.withTmtPns(value.plusYears(1)) : out;
        }));
    }

    /**
     * Sets the NIP (or NI PPPK) as given; it is no longer derived, so it may disagree with the employee's data.
     *
     * @param value 18 digits
     * @return this
     * @throws io.github.imut.model.InvalidValueException if it is no NIP
     */
    public ProposalFixture nip(String value) {
        Nip nip = Nip.parse(value);
        return with(d -> {
            d.proposal = d.proposal.withEmployee(ImmutableEmployee.copyOf(d.proposal.getEmployee()).withNip(nip));
            d.nipSet = true;
        });
    }

    /**
     * @param value the grade, e.g. {@code III/c} or a PPPK's {@code IX}
     * @return this
     * @throws io.github.imut.model.InvalidValueException if it is no grade
     */
    public ProposalFixture grade(String value) {
        Grade grade = Grade.parse(value);
        return with(d -> d.employee(e -> e.withGrade(grade)));
    }

    /**
     * @param value the performance ratings, replacing the story's
     * @return this
     */
    public ProposalFixture performance(PerformanceRecord... value) {
        List<PerformanceRecord> list = List.of(value);
        return with(d -> d.employee(e -> e.withPerformance(list)));
    }

    /**
     * @param value the employee's agency
     * @return this
     */
    public ProposalFixture agency(Agency value) {
        Objects.requireNonNull(value, "value");
        return with(d -> d.employee(e -> e.withAgency(value)));
    }

    /**
     * @param value the position the employee holds now, replacing the story's
     * @return this
     */
    public ProposalFixture currentPosition(Position value) {
        Objects.requireNonNull(value, "value");
        return with(d -> d.employee(e -> e.withCurrentPosition(value)));
    }

    /**
     * Changes the level of the position the employee holds now; its name and functional category are dropped (they
     * belonged to the old level), the rest (since, unit, Dukcapil flag) is kept.
     *
     * @param level the level
     * @return this
     */
    public ProposalFixture currentPosition(PositionLevel level) {
        Objects.requireNonNull(level, "level");
        return with(d -> d.employee(e -> e.withCurrentPosition(relevel(e.getCurrentPosition(), level))));
    }

    /**
     * @param value the day the employee took up the current position (TMT jabatan)
     * @return this
     */
    public ProposalFixture since(LocalDate value) {
        Objects.requireNonNull(value, "value");
        return with(d -> d.employee(e -> e.withCurrentPosition(ImmutablePosition.copyOf(
                e.getCurrentPosition().orElse(Position.builder().build())).withSince(value))));
    }

    /**
     * @param value the target: position and receiving agency
     * @return this
     */
    public ProposalFixture target(Target value) {
        Objects.requireNonNull(value, "value");
        return with(d -> d.proposal = d.proposal.withTarget(value));
    }

    /**
     * @param value the target position, in the story's receiving agency
     * @return this
     */
    public ProposalFixture target(Position value) {
        Objects.requireNonNull(value, "value");
        return with(d -> d.proposal = d.proposal.withTarget(ImmutableTarget.copyOf(
                d.proposal.getTarget().orElse(Target.builder().position(value).build())).withPosition(value)));
    }

    /**
     * Changes the level of the target position; as with {@link #currentPosition(PositionLevel)} its name and
     * functional category are dropped.
     *
     * @param level the level
     * @return this
     */
    public ProposalFixture target(PositionLevel level) {
        Objects.requireNonNull(level, "level");
        return with(d -> {
            Optional<Position> old = d.proposal.getTarget().map(Target::getPosition);
            Position p = relevel(old, level);
            d.proposal = d.proposal.withTarget(d.proposal.getTarget().isPresent()
                    ? ImmutableTarget.copyOf(d.proposal.getTarget().get()).withPosition(p)
                    : Target.builder().position(p).build());
        });
    }

    /**
     * @param change receives a builder holding the target so far (an empty position when there is none)
     * @return this
     */
    public ProposalFixture target(UnaryOperator<ImmutableTarget.Builder> change) {
        Objects.requireNonNull(change, "change");
        return with(d -> {
            ImmutableTarget.Builder b = ImmutableTarget.builder();
            if (d.proposal.getTarget().isPresent()) {
                b.mergeFrom(d.proposal.getTarget().get());
            } else {
                b.position(Position.builder().build());
            }
            d.proposal = d.proposal.withTarget(change.apply(b).build());
        });
    }

    /** @return this, without a target */
    public ProposalFixture noTarget() {
        return with(d -> d.proposal = d.proposal.withTarget(Optional.empty()));
    }

    /**
     * Adds a written approval (and removes the story's approvals from the same approver).
     *
     * @param from      who approves
     * @param reference the letter's number
     * @param date      the letter's date
     * @return this
     */
    public ProposalFixture approval(Approver from, String reference, LocalDate date) {
        return approval(Approval.builder().from(from).reference(reference).date(date).build());
    }

    /**
     * @param value an approval to add, replacing those from the same approver
     * @return this
     */
    public ProposalFixture approval(Approval value) {
        Objects.requireNonNull(value, "value");
        return with(d -> {
            List<Approval> out = new ArrayList<>();
            for (Approval a : d.proposal.getApprovals()) {
                if (a.getFrom() != value.getFrom()) {
                    out.add(a);
                }
            }
            out.add(value);
            d.proposal = d.proposal.withApprovals(out);
        });
    }

    /**
     * @param from an approver
     * @return this, without approvals from {@code from}
     */
    public ProposalFixture withoutApproval(Approver from) {
        Objects.requireNonNull(from, "from");
        return with(d -> {
            List<Approval> out = new ArrayList<>();
            for (Approval a : d.proposal.getApprovals()) {
                if (a.getFrom() != from) {
                    out.add(a);
                }
            }
            d.proposal = d.proposal.withApprovals(out);
        });
    }

    /**
     * Attaches a document of the kind, numbered {@code KIND/fixture} and dated a month before the TMT.
     *
     * @param kind the kind
     * @return this
     */
    public ProposalFixture document(DocumentKind kind) {
        Objects.requireNonNull(kind, "kind");
        return with(d -> d.proposal = d.proposal.withDocuments(append(d.proposal.getDocuments(),
                Document.builder().kind(kind).reference(kind.name() + "/fixture")
                        .date(d.proposal.getEffectiveDate().minusMonths(1)).build())));
    }

    /**
     * @param value a document to attach
     * @return this
     */
    public ProposalFixture document(Document value) {
        Objects.requireNonNull(value, "value");
        return with(d -> d.proposal = d.proposal.withDocuments(append(d.proposal.getDocuments(), value)));
    }

    /**
     * @param kind a kind of document
     * @return this, without documents of that kind
     */
    public ProposalFixture withoutDocument(DocumentKind kind) {
        Objects.requireNonNull(kind, "kind");
        return with(d -> {
            List<Document> out = new ArrayList<>();
            for (Document doc : d.proposal.getDocuments()) {
                if (doc.getKind() != kind) {
                    out.add(doc);
                }
            }
            d.proposal = d.proposal.withDocuments(out);
        });
    }

    /**
     * Claims a ground without evidence.
     *
     * @param code the ground's code, as the rule that accepts it documents it
     * @return this
     */
    public ProposalFixture ground(String code) {
        return ground(Ground.builder().code(code).build());
    }

    /**
     * @param code     the ground's code
     * @param evidence the decision, letter or report that proves it
     * @return this
     */
    public ProposalFixture ground(String code, String evidence) {
        return ground(Ground.builder().code(code).evidence(evidence).build());
    }

    /**
     * @param value a ground to claim
     * @return this
     */
    public ProposalFixture ground(Ground value) {
        Objects.requireNonNull(value, "value");
        return with(d -> {
            List<Ground> out = new ArrayList<>(d.proposal.getGrounds());
            out.add(value);
            d.proposal = d.proposal.withGrounds(out);
        });
    }

    /**
     * @param value what the dismissal states, replacing the story's
     * @return this
     */
    public ProposalFixture dismissal(Dismissal value) {
        Objects.requireNonNull(value, "value");
        return with(d -> d.proposal = d.proposal.withDismissal(value));
    }

    /**
     * <pre>{@code
     * Fixtures.dismissal(Action.OWN_REQUEST).dismissal(x -> x.pensionClaimed(true))
     * }</pre>
     *
     * @param change receives a builder holding the story's dismissal (an empty one for other kinds)
     * @return this
     */
    public ProposalFixture dismissal(UnaryOperator<ImmutableDismissal.Builder> change) {
        Objects.requireNonNull(change, "change");
        return with(d -> {
            ImmutableDismissal.Builder b = ImmutableDismissal.builder();
            d.proposal.getDismissal().ifPresent(b::mergeFrom);
            d.proposal = d.proposal.withDismissal(change.apply(b).build());
        });
    }

    /**
     * The escape hatch: changes the proposal as a whole, after the overrides called before it.
     *
     * @param change receives a builder holding the proposal so far
     * @return this
     */
    public ProposalFixture proposal(UnaryOperator<ImmutableProposal.Builder> change) {
        Objects.requireNonNull(change, "change");
        return with(d -> {
            Employee before = d.proposal.getEmployee();
            d.proposal = change.apply(ImmutableProposal.builder().mergeFrom(d.proposal)).build();
            if (!d.proposal.getEmployee().getNip().equals(before.getNip())) {
                d.nipSet = true;
            }
        });
    }

    /**
     * @return the proposal: the story as of the TMT, with the overrides applied in order and the NIP derived
     * @throws IllegalStateException if an override made the proposal invalid for its builder (e.g. a missing field)
     */
    public Proposal build() {
        Draft d = new Draft(Stories.of(action, effective));
        for (Consumer<Draft> o : overrides) {
            o.accept(d);
        }
        if (!d.nipSet) {
            d.proposal = d.proposal.withEmployee(ImmutableEmployee.copyOf(d.proposal.getEmployee())
                    .withNip(derivedNip(d.proposal.getEmployee())));
        }
        return d.proposal;
    }

    @Override
    public String toString() {
        return "ProposalFixture[" + action + ", effective " + effective + ", " + overrides.size() + " override(s)]";
    }

    // ---- helpers ----

    private static <T> List<T> append(List<T> list, T value) {
        List<T> out = new ArrayList<>(list);
        out.add(value);
        return out;
    }

    private static Position relevel(Optional<Position> old, PositionLevel level) {
        ImmutablePosition.Builder b = ImmutablePosition.builder().level(level);
        if (old.isPresent()) {
            b.unit(old.get().getUnit()).dukcapilUnit(old.get().getDukcapilUnit()).since(old.get().getSince())
                    .relatedToTarget(old.get().getRelatedToTarget()).restrictedField(old.get().getRestrictedField());
        }
        return b.build();
    }

    static Signer signer(SignerRole role, Employee e) {
        Optional<String> region = e.getAgency().flatMap(Agency::getRegionCode);
        Optional<String> province = e.getAgency().flatMap(Agency::getProvince);
        if (province.isEmpty() && region.isPresent()) {
            province = Optional.of(region.get().substring(0, 2));
        }
        Optional<String> code;
        switch (role) {
            case GUBERNUR:
            case PJ_GUBERNUR:
            case PLT_GUBERNUR:
            case PJS_GUBERNUR:
                code = province;
                break;
            case BUPATI:
            case WALI_KOTA:
            case SEKDA:
            case PJ_BUPATI:
            case PJ_WALI_KOTA:
            case PLT_BUPATI:
            case PLT_WALI_KOTA:
            case PJS_BUPATI:
            case PJS_WALI_KOTA:
                code = region;
                break;
            default:
                code = Optional.empty();
        }
        return Signer.builder().role(role).capacity(role.impliedCapacity().orElse(SignerCapacity.DEFINITIF))
                .regionCode(code).build();
    }

    /**
     * @return the NIP agreeing with the employee's birth date, sex and TMT CPNS (a PPPK's NI PPPK: TMT PPPK, code 21),
     *     keeping the sequence number; the employee's own NIP when one of them is unknown
     */
    static Nip derivedNip(Employee e) {
        if (e.getBirthDate().isEmpty() || e.getGender().isEmpty()) {
            return e.getNip();
        }
        int sequence = e.getNip().sequence();
        boolean pppk = e.getStatus().isPresent() && e.getStatus().get() == EmploymentStatus.PPPK;
        if (pppk) {
            return e.getTmtPppk().isPresent()
                    ? niPppk(e.getBirthDate().get(), e.getTmtPppk().get().getYear(), e.getGender().get(), sequence)
                    : e.getNip();
        }
        return e.getTmtCpns().isPresent()
                ? Nip.of(e.getBirthDate().get(), YearMonth.from(e.getTmtCpns().get()), e.getGender().get(), sequence)
                : e.getNip();
    }

    /** @return the NI PPPK of the parts, with the regular code 21 */
    static Nip niPppk(LocalDate birth, int year, Gender sex, int sequence) {
        StringBuilder sb = new StringBuilder(18);
        sb.append(birth.getYear() * 10000 + birth.getMonthValue() * 100 + birth.getDayOfMonth()).append(year)
                .append("21").append(sex == Gender.MALE ? '1' : '2').append(String.valueOf(1000 + sequence), 1, 4);
        return Nip.parse(sb.toString());
    }
}
