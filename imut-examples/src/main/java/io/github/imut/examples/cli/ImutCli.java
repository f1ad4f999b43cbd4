package io.github.imut.examples.cli;

import io.github.imut.check.Checker;
import io.github.imut.check.Language;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code imut} command-line tool (contract section 4): {@code check}, {@code batch} and {@code rules}, and
 * {@code generate} (synthetic proposals for benchmarks).
 *
 * <pre>
 * java -jar imut.jar check proposal.json            # one report, exit 0 for MS, 1 otherwise, 2 for bad usage
 * java -jar imut.jar batch in.ndjson --out out.ndjson
 * java -jar imut.jar rules --format md
 * java -jar imut.jar generate --count 1000000 --seed 1 --out proposals.ndjson
 * </pre>
 *
 * <p>Exit codes: {@value #EXIT_MS} the verdict is MS, {@value #EXIT_NOT_MS} any other verdict (including INVALID
 * input), {@value #EXIT_USAGE} an unreadable file or bad arguments.
 */
@Command(name = "imut", mixinStandardHelpOptions = true, versionProvider = ImutCli.Version.class,
        description = "Checks ASN personnel proposals against the law (pengangkatan, pemindahan, pemberhentian).",
        subcommands = {CheckCommand.class, BatchCommand.class, RulesCommand.class, GenerateCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the verdict is MS (memenuhi syarat)", "1:any other verdict, including INVALID input",
                "2:unreadable file or bad arguments"})
public final class ImutCli implements Runnable {
    /** Exit code: the verdict is MS. */
    public static final int EXIT_MS = 0;
    /** Exit code: any other verdict. */
    public static final int EXIT_NOT_MS = 1;
    /** Exit code: unusable input (unreadable file) or bad arguments. */
    public static final int EXIT_USAGE = 2;

    /** Held so that the level set in {@link #main} stays set (JUL keeps loggers weakly). */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    private final InputStream stdin;
    private final OutputStream stdout;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * @param stdin  what {@code -} reads
     * @param stdout standard output as bytes, for the commands that stream NDJSON
     */
    ImutCli(InputStream stdin, OutputStream stdout) {
        this.stdin = stdin;
        this.stdout = stdout;
    }

    /**
     * Runs the tool and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Hibernate Validator announces its version at INFO on first use; a command-line tool's stderr is for the user.
        VALIDATOR_LOG.setLevel(Level.WARNING);
        System.exit(run(System.in, System.out, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    /**
     * Runs the tool without exiting (for tests and embedding).
     *
     * @param stdin what {@code -} reads
     * @param out   standard output
     * @param err   standard error
     * @param args  the command line
     * @return the exit code
     */
    static int run(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
        return run(stdin, new Utf8Writer(out), out, err, args);
    }

    /**
     * @param stdin  what {@code -} reads
     * @param raw    standard output as bytes (NDJSON streams go there, unbuffered by a writer)
     * @param out    standard output as text
     * @param err    standard error
     * @param args   the command line
     * @return the exit code
     */
    static int run(InputStream stdin, OutputStream raw, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new ImutCli(stdin, raw));
        cl.setOut(out).setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("imut: " + ex);
            return EXIT_USAGE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Give a command: check, batch, rules or generate");
    }

    InputStream stdin() {
        return stdin;
    }

    OutputStream stdout() {
        return stdout;
    }

    /** Bytes to a writer, for tests: decodes whole lines, so never half a UTF-8 sequence. */
    private static final class Utf8Writer extends OutputStream {
        private final PrintWriter out;
        private byte[] pending = new byte[8192];
        private int size;

        Utf8Writer(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (size + len > pending.length) {
                pending = java.util.Arrays.copyOf(pending, Math.max(size + len, pending.length * 2));
            }
            System.arraycopy(b, off, pending, size, len);
            size += len;
            int end = size;
            while (end > 0 && pending[end - 1] != '\n') {
                end--;
            }
            emit(end);
        }

        @Override
        public void flush() {
            emit(size);
            out.flush();
        }

        private void emit(int end) {
            if (end > 0) {
                out.write(new String(pending, 0, end, StandardCharsets.UTF_8));
                System.arraycopy(pending, end, pending, 0, size - end);
                size -= end;
            }
        }
    }

    /** Options shared by the commands that check proposals. */
    static final class CheckOptions {
        @Option(names = "--lang", paramLabel = "id|en", converter = LanguageConverter.class,
                description = "Language of messages: id (Indonesian, default) or en.")
        Language language = Language.ID;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
                description = "The day of the check (default: today in Asia/Jakarta).")
        LocalDate asOf;

        @Option(names = "--all", description = "List the rules that passed too.")
        boolean all;

        Checker checker() {
            return Checker.builder().discoverModules().language(language).includePasses(all).build();
        }

        LocalDate asOf() {
            return asOf != null ? asOf : LocalDate.now(Checker.JAKARTA);
        }
    }

    /** Reads {@code id} or {@code en}. */
    static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ImutCli.class.getPackage().getImplementationVersion();
            return new String[] {"imut " + (v == null ? "dev" : v)};
        }
    }
}
