package io.github.imut.rules.transfer;

import io.github.imut.check.CheckContext;
import io.github.imut.check.Evaluation;
import io.github.imut.check.Outcome;
import io.github.imut.check.Rule;
import io.github.imut.check.RuleDescriptor;
import io.github.imut.law.Confidence;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.Approver;
import io.github.imut.model.Document;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Proposal;
import io.github.imut.model.Target;
import java.util.Optional;

/**
 * {@code MUT-ANJAB}: a transfer between agencies rests on the position analysis and workload analysis (analisis
 * jabatan, analisis beban kerja) of the target position, and both PPKs name the position to be occupied: the
 * receiving PPK's proposal and the origin PPK's consent "dengan menyebutkan jabatan yang akan diduduki" (PP 11/2017
 * Pasal 192 ayat (2) and Pasal 193; Peraturan BKN 5/2019 Pasal 3).
 *
 * <p>Checks, for a transfer between agencies: the document {@code ANJAB_ABK} (else INCOMPLETE); the target position's
 * name (else INCOMPLETE); and for each of the two letters attached as a document ({@code USUL_PPK_PENERIMA},
 * {@code PERSETUJUAN_PPK_ASAL}) that it names a position ({@code positionName}, else INCOMPLETE) and the same one as
 * the target (ignoring case and spacing, else FAIL). Whether the letters are attached at all is {@code MUT-DOCS}; a
 * letter recorded only as an approval cannot show the position it names and gives INCOMPLETE here.
 */
public final class PositionAnalysisRule implements Rule {
    static final String ID = "MUT-ANJAB";
    private static final DocumentKind[] LETTERS = {DocumentKind.USUL_PPK_PENERIMA, DocumentKind.PERSETUJUAN_PPK_ASAL};
    private static final Approver[] SENDERS = {Approver.PPK_PENERIMA, Approver.PPK_ASAL};

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder(ID)
            .title("Analisis jabatan dan beban kerja serta jabatan yang akan diduduki disebut oleh kedua PPK",
                    "Position and workload analysis, and both PPKs name the position to be occupied")
            .appliesTo(Action.BETWEEN_AGENCIES)
            .basis(LegalBasis.of("PP 11/2017").article("192").paragraph("2"),
                    LegalBasis.of("PP 11/2017").article("193"), Transfers.PERBAN5_3)
            .confidence(Confidence.V)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evaluation evaluate(Proposal proposal, CheckContext context) {
        Evaluation.Builder missing = null;
        if (!proposal.hasDocument(DocumentKind.ANJAB_ABK)) {
            missing = Evaluation.of(Outcome.INCOMPLETE, "missing").missing(Transfers.path(DocumentKind.ANJAB_ABK));
        }
        Optional<Target> target = proposal.getTarget();
        if (target.isEmpty() || target.get().getPosition().getName().isEmpty()) {
            return (missing != null ? missing : Evaluation.of(Outcome.INCOMPLETE, "missing"))
                    .missing("target.position.name").build();
        }
        String position = target.get().getPosition().getName().get();
        for (int k = 0; k < LETTERS.length; k++) {
            Document letter = Transfers.document(proposal, LETTERS[k]);
            if (letter == null && Transfers.approval(proposal, SENDERS[k]) == null) {
                continue;
            }
            if (letter == null || letter.getPositionName().isEmpty()) {
                missing = (missing != null ? missing : Evaluation.of(Outcome.INCOMPLETE, "missing"))
                        .missing(Transfers.path(LETTERS[k]) + ".positionName");
            } else if (!Transfers.sameName(letter.getPositionName().get(), position)) {
                return Evaluation.fail("positionMismatch").fact("letter", LETTERS[k])
                        .fact("namedPosition", letter.getPositionName().get()).fact("targetPosition", position)
                        .build();
            }
        }
        return missing == null ? Evaluation.pass() : missing.fact("targetPosition", position).build();
    }

}
