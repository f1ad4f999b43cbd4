package io.github.imut.examples.cli;

import io.github.imut.check.Checker;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.json.ImutJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code imut check FILE|-}: one proposal in, one pretty-printed report out. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks one proposal (JSON) and prints its report (JSON).",
                "Exit 0 for MS, 1 for any other verdict (INVALID input included), 2 for an unreadable file or bad"
                        + " arguments."})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    private ImutCli parent;

    @Mixin
    private final ImutCli.CheckOptions options = new ImutCli.CheckOptions();

    @Parameters(index = "0", paramLabel = "FILE|-", description = "The proposal, or - for standard input.")
    private String file;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String json;
        try {
            json = read(file, parent.stdin());
        } catch (IOException e) {
            spec.commandLine().getErr().println("imut check: cannot read " + file + ": " + e.getMessage());
            return ImutCli.EXIT_USAGE;
        }
        Checker checker = options.checker();
        Report report = checker.checkJson(json, options.asOf());
        spec.commandLine().getOut().println(ImutJson.toPrettyJson(report));
        return report.getVerdict() == Verdict.MS ? ImutCli.EXIT_MS : ImutCli.EXIT_NOT_MS;
    }

    static String read(String file, InputStream stdin) throws IOException {
        String text = "-".equals(file) ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
