package io.github.imut.examples.cli;

import io.github.imut.check.Checker;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.json.ImutJson;
import io.github.imut.siasn.SiasnConflict;
import io.github.imut.siasn.SiasnFormatException;
import io.github.imut.siasn.SiasnMerge;
import io.github.imut.siasn.SiasnNote;
import io.github.imut.siasn.SiasnProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code imut check FILE|-}: one proposal in, one pretty-printed report out. With {@code --siasn PROFILE.json
 * --proposal PROPOSAL.json} the employee comes from a SIASN profile and the proposal names only what SIASN does not
 * hold ({@link SiasnMerge}); the mapping notes go to stderr.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks one proposal (JSON) and prints its report (JSON).",
                "With --siasn, the employee is read from a SIASN profile and merged into the proposal given with"
                        + " --proposal (or as FILE); mapping notes go to standard error.",
                "Exit 0 for MS, 1 for any other verdict (INVALID input included), 2 for an unreadable file, an"
                        + " unreadable SIASN profile or bad arguments."})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    private ImutCli parent;

    @Mixin
    private final ImutCli.CheckOptions options = new ImutCli.CheckOptions();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|-", description = "The proposal, or - for standard"
            + " input.")
    private String file;

    @Option(names = "--siasn", paramLabel = "PROFILE.json", description = "The employee's SIASN profile (data-utama"
            + " and the riwayat payloads, keyed by endpoint).")
    private Path siasn;

    @Option(names = "--proposal", paramLabel = "PROPOSAL.json|-", description = "With --siasn: the partial proposal"
            + " (the same as giving it as FILE).")
    private String proposal;

    @Option(names = "--siasn-overrides", description = "With --siasn: where the proposal and SIASN disagree about the"
            + " employee, use the proposal's value (listed on stderr) instead of rejecting the proposal as INVALID.")
    private boolean proposalOverrides;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (file != null && proposal != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give the proposal once: as FILE or with"
                    + " --proposal");
        }
        String source = file != null ? file : proposal;
        if (source == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing the proposal: FILE, - or"
                    + " --proposal FILE");
        }
        if (siasn == null && (proposal != null || proposalOverrides)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--proposal and --siasn-overrides go with"
                    + " --siasn PROFILE.json");
        }
        String json;
        try {
            json = read(source, parent.stdin());
        } catch (IOException e) {
            err.println("imut check: cannot read " + source + ": " + e.getMessage());
            return ImutCli.EXIT_USAGE;
        }
        Checker checker = options.checker();
        Report report;
        if (siasn == null) {
            report = checker.checkJson(json, options.asOf());
        } else {
            SiasnProfile profile;
            try {
                profile = SiasnProfile.parse(read(siasn.toString(), parent.stdin()));
            } catch (IOException e) {
                err.println("imut check: cannot read " + siasn + ": " + e.getMessage());
                return ImutCli.EXIT_USAGE;
            } catch (SiasnFormatException e) {
                err.println("imut check: " + siasn + ": " + e.message(options.language));
                return ImutCli.EXIT_USAGE;
            }
            SiasnMerge merge = SiasnMerge.of(profile, json, proposalOverrides ? SiasnMerge.Policy.PROPOSAL_OVERRIDES
                    : SiasnMerge.Policy.REJECT_CONFLICTS);
            for (SiasnNote note : merge.notes()) {
                err.println("siasn " + note.kind() + " " + note.field() + ": " + note.message(options.language));
            }
            if (proposalOverrides) {
                for (SiasnConflict c : merge.conflicts()) {
                    err.println("siasn OVERRIDDEN " + c.path() + ": " + c.message(options.language));
                }
            }
            report = merge.check(checker, options.asOf());
        }
        spec.commandLine().getOut().println(ImutJson.toPrettyJson(report));
        return report.getVerdict() == Verdict.MS ? ImutCli.EXIT_MS : ImutCli.EXIT_NOT_MS;
    }

    static String read(String file, InputStream stdin) throws IOException {
        String text = "-".equals(file) ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
