package io.github.imut.testing;

import io.github.imut.check.Finding;
import io.github.imut.check.Report;
import io.github.imut.check.Violation;
import io.github.imut.law.LegalBasis;

/** Reports and findings in words, for failure messages. */
final class Describe {
    private Describe() {
    }

    static String report(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append("report of ").append(r.getProposalId().orElse("(no id)")).append(": verdict ").append(r.getVerdict());
        if (r.getFindings().isEmpty() && r.getViolations().isEmpty()) {
            sb.append(", no findings");
        }
        for (Finding f : r.getFindings()) {
            sb.append("\n  - ").append(finding(f));
        }
        for (Violation v : r.getViolations()) {
            sb.append("\n  - violation at ").append(v.getPath()).append(" [").append(v.getCode()).append("]: ")
                    .append(v.getMessage());
        }
        return sb.toString();
    }

    static String finding(Finding f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.getRuleId()).append(' ').append(f.getOutcome()).append(" [");
        for (int i = 0; i < f.getLegalBasis().size(); i++) {
            LegalBasis b = f.getLegalBasis().get(i);
            sb.append(i == 0 ? "" : "; ").append(b.citation());
        }
        sb.append("]: ").append(f.getMessage());
        f.getEarliestCompliantDate().ifPresent(d -> sb.append(" (earliest compliant date ").append(d).append(')'));
        f.getApprovalRequiredFrom().ifPresent(a -> sb.append(" (approval required from ").append(a).append(')'));
        if (!f.getMissing().isEmpty()) {
            sb.append(" (missing ").append(String.join(", ", f.getMissing())).append(')');
        }
        return sb.toString();
    }
}
