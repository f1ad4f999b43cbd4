package io.github.imut.examples.cli;

import io.github.imut.check.Checker;
import io.github.imut.examples.generate.ProposalGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code imut generate --count N --seed S [--out FILE]}: realistic, reproducible synthetic proposals of every kind
 * and action, one per line, for benchmarks and soak tests ({@link ProposalGenerator}).
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes N realistic synthetic proposals (NDJSON) of every kind and action:",
                "valid NIPs, plausible careers, a realistic share of each verdict (about 68%% MS",
                "with the standard rules, 0.5%% malformed lines). The same seed and count always",
                "give the same bytes."})
final class GenerateCommand implements Callable<Integer> {
    @ParentCommand
    private ImutCli parent;

    @Option(names = "--count", paramLabel = "N", required = true, description = "How many proposals.")
    private long count;

    @Option(names = "--seed", paramLabel = "S", description = "The seed (default: 1).")
    private long seed = 1;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: standard output).")
    private Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads (default: the number of processors, here ${DEFAULT-VALUE}); same bytes for any N.")
    private int threads = Runtime.getRuntime().availableProcessors();

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (count < 0 || threads < 1) {
            spec.commandLine().getErr().println("imut generate: --count must not be negative and --threads must be"
                    + " at least 1");
            return ImutCli.EXIT_USAGE;
        }
        ProposalGenerator generator = new ProposalGenerator(seed,
                Checker.builder().discoverModules().build().parameters());
        try {
            if (out == null) {
                OutputStream stdout = parent.stdout();
                generator.writeNdjson(count, threads, new BufferedOutputStream(stdout, 1 << 16));
            } else {
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                    generator.writeNdjson(count, threads, file);
                }
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("imut generate: cannot write: " + e.getMessage());
            return ImutCli.EXIT_USAGE;
        }
        return ImutCli.EXIT_MS;
    }
}
