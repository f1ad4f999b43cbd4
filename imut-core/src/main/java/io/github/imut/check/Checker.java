package io.github.imut.check;

import io.github.imut.internal.MessageCatalog;
import io.github.imut.internal.OrderedPipeline;
import io.github.imut.internal.Template;
import io.github.imut.json.ProposalReader;
import io.github.imut.law.LegalBasis;
import io.github.imut.law.LegalParameters;
import io.github.imut.law.ParameterValue;
import io.github.imut.law.PoliticalCalendar;
import io.github.imut.law.WorkingDayCalendar;
import io.github.imut.model.Action;
import io.github.imut.model.Proposal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Checks proposals against the law: validates each proposal structurally, then runs every rule that applies to its
 * action and is in force on its effective date, and reports the findings and the verdict.
 *
 * <pre>{@code
 * Checker checker = Checker.builder().discoverModules().build();
 * Report report = checker.check(proposal, LocalDate.of(2024, 5, 2));
 * }</pre>
 *
 * <p>Build a checker once and share it: it is immutable and thread-safe, and building it (loading bundles, indexing
 * rules, fingerprinting the law data) is the expensive part. {@link #withLanguage(Language)} and
 * {@link #withPasses(boolean)} return variants that share everything else. No method returns null.
 */
public final class Checker {
    /** Indonesia's western time zone, used for "today" when no as-of date is given. */
    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final List<Rule> rules;
    private final Map<Action, Rule[]> byAction;
    private final LegalParameters parameters;
    private final PoliticalCalendar calendar;
    private final WorkingDayCalendar workingDays;
    private final Map<String, Boolean> switches;
    /** The same switches in a hashed map: rules look them up on every check (the public map is sorted by name). */
    private final Map<String, Boolean> switchLookup;
    private final Map<Language, MessageCatalog> ruleMessages;
    private final Language language;
    private final boolean includePasses;
    private final Clock clock;
    private final RuleSet ruleSet;

    private Checker(List<Rule> rules, Map<Action, Rule[]> byAction, LegalParameters parameters,
            PoliticalCalendar calendar, WorkingDayCalendar workingDays, Map<String, Boolean> switches,
            Map<Language, MessageCatalog> ruleMessages, Language language, boolean includePasses, Clock clock,
            RuleSet ruleSet) {
        this.rules = rules;
        this.byAction = byAction;
        this.parameters = parameters;
        this.calendar = calendar;
        this.workingDays = workingDays;
        this.switches = switches;
        this.switchLookup = Map.copyOf(switches);
        this.ruleMessages = ruleMessages;
        this.language = language;
        this.includePasses = includePasses;
        this.clock = clock;
        this.ruleSet = ruleSet;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a proposal as of today (in Asia/Jakarta, or the builder's clock).
     *
     * @param proposal the proposal
     * @return the report
     */
    public Report check(Proposal proposal) {
        return check(proposal, LocalDate.now(clock));
    }

    /**
     * Checks a proposal.
     *
     * @param proposal the proposal
     * @param asOf     the day the check is made; the rules judge the law as of the proposal's effective date
     * @return the report, {@link Verdict#INVALID} with violations if the proposal is structurally malformed
     */
    public Report check(Proposal proposal, LocalDate asOf) {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(asOf, "asOf");
        List<Violation> violations = StructuralValidator.validate(proposal, language);
        if (!violations.isEmpty()) {
            return ImmutableReport.builder().proposalId(proposal.getId()).verdict(Verdict.INVALID)
                    .checkedAsOf(asOf).effectiveDate(proposal.getEffectiveDate()).ruleSet(ruleSet)
                    .violations(violations).build();
        }
        LocalDate effective = proposal.getEffectiveDate();
        CheckContext context = new CheckContext(asOf, effective, parameters, calendar, switchLookup, workingDays,
                includePasses);
        Verdict verdict = Verdict.MS;
        // findings go straight into the report's builder: no list of our own, no copy, no iterator (hot path)
        ImmutableReport.Builder report = ImmutableReport.builder();
        for (Rule rule : byAction.get(proposal.getAction())) {
            RuleDescriptor d = rule.descriptor();
            if (!d.inForce().contains(effective)) {
                continue;
            }
            Evaluation e;
            try {
                e = Objects.requireNonNull(rule.evaluate(proposal, context), "evaluation");
            } catch (RuntimeException | StackOverflowError | LinkageError ex) {
                // a defect in the rule (including runaway recursion or a class that fails to initialise): reported
                // as ERROR, the other rules still run; a JVM in trouble (OutOfMemoryError) is not hidden
                e = Evaluation.of(Outcome.ERROR, "error").fact("error", describe(ex)).build();
            }
            if (e.isNotApplicable()) {
                continue;
            }
            verdict = verdict.worst(Verdict.of(e.outcome()));
            if (e.outcome() != Outcome.PASS || includePasses) {
                report.addFindings(finding(d, e, effective));
            }
        }
        return report.proposalId(proposal.getId()).verdict(verdict).checkedAsOf(asOf).effectiveDate(effective)
                .ruleSet(ruleSet).build();
    }

    /**
     * Checks many proposals in parallel and hands their reports to {@code sink} in input order, one report per
     * proposal, with memory that stays flat whatever the number of proposals: at most a few hundred proposals per
     * thread are in flight.
     *
     * <pre>{@code
     * BatchSummary s = checker.checkAll(proposals.iterator(), asOf, Runtime.getRuntime().availableProcessors(),
     *         report -> out.add(report));
     * }</pre>
     *
     * <p>{@code proposals} is read, and {@code sink} is called, on the calling thread only; the checks run on
     * {@code threads} worker threads (with 1, everything runs on the calling thread). If the iterator throws, or
     * yields null, the proposals obtained before are still checked and delivered in order, then the exception is
     * thrown (a {@link NullPointerException} for a null proposal). If {@code sink} throws, the batch stops and the
     * exception is thrown. Each report is the one {@link #check(Proposal, LocalDate)} gives.
     *
     * @param proposals the proposals
     * @param asOf      the day the checks are made
     * @param threads   worker threads, at least 1 (e.g. {@code Runtime.getRuntime().availableProcessors()})
     * @param sink      receives each report, in input order
     * @return the number of reports delivered and their verdicts
     * @throws java.util.concurrent.CancellationException if the calling thread is interrupted
     */
    public BatchSummary checkAll(Iterator<? extends Proposal> proposals, LocalDate asOf, int threads,
            Consumer<? super Report> sink) {
        Objects.requireNonNull(proposals, "proposals");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(sink, "sink");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        ProposalChunks chunks = new ProposalChunks(proposals);
        long[] counts = new long[Verdict.values().length];
        try {
            OrderedPipeline.run(threads, threads * 4, chunks, chunk -> {
                Report[] reports = new Report[chunk.length];
                for (int i = 0; i < chunk.length; i++) {
                    reports[i] = check(chunk[i], asOf);
                }
                return reports;
            }, reports -> {
                for (Report r : reports) {
                    counts[r.getVerdict().ordinal()]++;
                    sink.accept(r);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return BatchSummary.of(counts);
    }

    /**
     * {@link #checkAll(Iterator, LocalDate, int, Consumer)} over a stream; the stream is consumed but not closed.
     *
     * @param proposals the proposals
     * @param asOf      the day the checks are made
     * @param threads   worker threads, at least 1
     * @param sink      receives each report, in the stream's encounter order
     * @return the number of reports delivered and their verdicts
     */
    public BatchSummary checkAll(Stream<? extends Proposal> proposals, LocalDate asOf, int threads,
            Consumer<? super Report> sink) {
        return checkAll(proposals.iterator(), asOf, threads, sink);
    }

    /** Cuts an iterator into chunks; a failure of the iterator ends the chunk it happens in and is thrown next. */
    private static final class ProposalChunks implements OrderedPipeline.Source<Proposal[]> {
        static final int SIZE = 256;

        private final Iterator<? extends Proposal> proposals;
        private RuntimeException failure;
        private long taken;

        ProposalChunks(Iterator<? extends Proposal> proposals) {
            this.proposals = proposals;
        }

        @Override
        public Proposal[] next() {
            if (failure != null) {
                RuntimeException f = failure;
                failure = null;
                throw f;
            }
            Proposal[] chunk = new Proposal[SIZE];
            int n = 0;
            try {
                while (n < SIZE && proposals.hasNext()) {
                    Proposal p = proposals.next();
                    if (p == null) {
                        throw new NullPointerException("Proposal " + (taken + 1) + " of the batch is null");
                    }
                    chunk[n++] = p;
                    taken++;
                }
            } catch (RuntimeException e) {
                failure = e;
            }
            if (n == 0) {
                if (failure != null) {
                    RuntimeException f = failure;
                    failure = null;
                    throw f;
                }
                return null;
            }
            return n == SIZE ? chunk : java.util.Arrays.copyOf(chunk, n);
        }
    }

    private static String describe(Throwable ex) {
        String name = ex.getClass().getSimpleName();
        return ex.getMessage() == null ? name : name + ": " + ex.getMessage();
    }

    /**
     * Reads a proposal from JSON and checks it. Malformed JSON, an unknown field or enum value, an impossible date or
     * NIP all give an {@link Verdict#INVALID} report naming the JSON path; this method does not throw for bad input.
     *
     * @param json the proposal as JSON
     * @param asOf the day the check is made
     * @return the report
     */
    public Report checkJson(String json, LocalDate asOf) {
        ProposalReader.Result r = ProposalReader.read(json, language);
        if (r.proposal().isPresent()) {
            return check(r.proposal().get(), asOf);
        }
        return invalid(r.proposalId(), r.violations(), asOf);
    }

    /**
     * @param proposalId the proposal's id, if it could be read
     * @param violations what is wrong
     * @param asOf       the day of the check
     * @return an {@link Verdict#INVALID} report with this checker's rule set
     * @throws IllegalArgumentException if {@code violations} is empty: an INVALID report always says what is wrong
     */
    public Report invalid(Optional<String> proposalId, List<Violation> violations, LocalDate asOf) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("An INVALID report needs at least one violation");
        }
        return ImmutableReport.builder().proposalId(proposalId).verdict(Verdict.INVALID).checkedAsOf(asOf)
                .ruleSet(ruleSet).violations(violations).build();
    }

    /**
     * Validates a proposal structurally without running rules.
     *
     * @param proposal the proposal
     * @return the violations; empty if the proposal is well-formed
     */
    public List<Violation> validate(Proposal proposal) {
        return StructuralValidator.validate(proposal, language);
    }

    private Finding finding(RuleDescriptor d, Evaluation e, LocalDate effective) {
        List<LegalBasis> basis = e.basis().isEmpty() ? d.basisOn(effective) : e.basis();
        String title = d.title(language);
        // The message's placeholders: the facts, overlaid by the finding's own values (looked up, not copied).
        Map<String, Object> facts = e.facts();
        Function<String, Object> values = name -> {
            switch (name) {
                case "ruleId":
                    return d.id();
                case "title":
                    return title;
                case "missing":
                    return e.missing().isEmpty() ? facts.get(name) : String.join(", ", e.missing());
                case "approvalRequiredFrom":
                    return e.approvalRequiredFrom().isPresent() ? e.approvalRequiredFrom().get() : facts.get(name);
                case "earliestCompliantDate":
                    return e.earliestCompliantDate().isPresent() ? e.earliestCompliantDate().get() : facts.get(name);
                default:
                    return facts.get(name);
            }
        };
        Template own = ruleMessages.get(language).template(d.id() + "." + e.messageKey());
        String message = own != null ? own.render(values)
                : MessageCatalog.core(language.locale()).render("finding." + e.messageKey(), values);
        ImmutableFinding finding = ImmutableFinding.builder().ruleId(d.id()).outcome(e.outcome()).title(title)
                .message(message).legalBasis(basis).earliestCompliantDate(e.earliestCompliantDate())
                .approvalRequiredFrom(e.approvalRequiredFrom()).missing(e.missing()).build();
        // withFacts copies the facts once; the builder would fill a map of its own and build() copy it again
        return facts.isEmpty() ? finding : finding.withFacts(facts);
    }

    /**
     * @param value the language of messages
     * @return a checker like this one that writes messages in {@code value}
     */
    public Checker withLanguage(Language value) {
        return new Checker(rules, byAction, parameters, calendar, workingDays, switches, ruleMessages,
                Objects.requireNonNull(value, "language"), includePasses, clock, ruleSet);
    }

    /**
     * @param value whether reports list the rules that passed too
     * @return a checker like this one with that setting
     */
    public Checker withPasses(boolean value) {
        return new Checker(rules, byAction, parameters, calendar, workingDays, switches, ruleMessages, language, value,
                clock, ruleSet);
    }

    /** @return the descriptors of all rules, in module order */
    public List<RuleDescriptor> rules() {
        List<RuleDescriptor> out = new ArrayList<>(rules.size());
        for (Rule r : rules) {
            out.add(r.descriptor());
        }
        return Collections.unmodifiableList(out);
    }

    /** @return the rule set identification every report carries */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** @return the legal parameters in use (module defaults with the user's overrides) */
    public LegalParameters parameters() {
        return parameters;
    }

    /** @return the political calendar in use */
    public PoliticalCalendar calendar() {
        return calendar;
    }

    /** @return the working-day calendar in use (module defaults with the user's years laid over them) */
    public WorkingDayCalendar workingDayCalendar() {
        return workingDays;
    }

    /** @return every declared switch with its value in this checker, by name */
    public Map<String, Boolean> switches() {
        return switches;
    }

    /** @return the language of messages */
    public Language language() {
        return language;
    }

    /** Builds a {@link Checker}. Not thread-safe; the checker it builds is. */
    public static final class Builder {
        private final List<RuleModule> modules = new ArrayList<>();
        private LegalParameters parameterOverrides = LegalParameters.empty();
        private PoliticalCalendar calendarOverride;
        private WorkingDayCalendar workingDaysOverride = WorkingDayCalendar.empty();
        private final Map<String, Boolean> switchValues = new TreeMap<>();
        private Language language = Language.ID;
        private boolean includePasses;
        private Clock clock = Clock.system(JAKARTA);

        private Builder() {
        }

        /**
         * Adds every {@link RuleModule} on the class path ({@link ServiceLoader}): imut's standard modules when
         * {@code imut-rules} is present, and any agency module. Modules are ordered by ID.
         *
         * @return this builder
         */
        public Builder discoverModules() {
            List<RuleModule> found = new ArrayList<>();
            ServiceLoader.load(RuleModule.class, Checker.class.getClassLoader()).forEach(found::add);
            if (Thread.currentThread().getContextClassLoader() != null) {
                ServiceLoader.load(RuleModule.class).forEach(m -> {
                    boolean known = false;
                    for (RuleModule f : found) {
                        known |= f.getClass() == m.getClass();
                    }
                    if (!known) {
                        found.add(m);
                    }
                });
            }
            found.sort((a, b) -> a.id().compareTo(b.id()));
            for (RuleModule m : found) {
                addModule(m);
            }
            return this;
        }

        /**
         * @param module a rule module
         * @return this builder
         * @throws IllegalArgumentException if a module with the same ID was added
         */
        public Builder addModule(RuleModule module) {
            for (RuleModule m : modules) {
                if (m.id().equals(module.id())) {
                    throw new IllegalArgumentException("Rule module " + module.id() + " added twice");
                }
            }
            modules.add(module);
            return this;
        }

        /**
         * @param overrides parameters whose timelines replace the modules' defaults, by name
         * @return this builder
         */
        public Builder parameters(LegalParameters overrides) {
            this.parameterOverrides = this.parameterOverrides.overriddenBy(overrides);
            return this;
        }

        /**
         * @param overrides a calendar laid over the modules' default (see
         *                  {@link PoliticalCalendar#overriddenBy(PoliticalCalendar)})
         * @return this builder
         */
        public Builder calendar(PoliticalCalendar overrides) {
            this.calendarOverride = Objects.requireNonNull(overrides, "calendar");
            return this;
        }

        /**
         * @param overrides national holidays and cuti bersama by year, laid over the modules' default (see
         *                  {@link WorkingDayCalendar#overriddenBy(WorkingDayCalendar)}: a year given here replaces the
         *                  default's year); calls accumulate
         * @return this builder
         */
        public Builder workingDayCalendar(WorkingDayCalendar overrides) {
            this.workingDaysOverride = this.workingDaysOverride.overriddenBy(
                    Objects.requireNonNull(overrides, "workingDayCalendar"));
            return this;
        }

        /**
         * @param name  a switch some rule declares
         * @param value its value
         * @return this builder
         */
        public Builder setSwitch(String name, boolean value) {
            switchValues.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /**
         * @param value the language of messages (default Indonesian)
         * @return this builder
         */
        public Builder language(Language value) {
            this.language = Objects.requireNonNull(value, "language");
            return this;
        }

        /**
         * @param value whether reports list the rules that passed too
         * @return this builder
         */
        public Builder includePasses(boolean value) {
            this.includePasses = value;
            return this;
        }

        /**
         * @param value the clock that gives "today" for {@link Checker#check(Proposal)}
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * @return the checker
         * @throws IllegalStateException if no module was added, two rules share an ID, a switch is unknown, a module
         *                               lacks its message bundle, or two modules define one parameter differently
         */
        public Checker build() {
            if (modules.isEmpty()) {
                throw new IllegalStateException("No rule module: call discoverModules() or addModule(...)");
            }
            List<Rule> rules = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            Map<String, Boolean> switches = new TreeMap<>();
            LegalParameters params = LegalParameters.empty();
            PoliticalCalendar cal = PoliticalCalendar.empty();
            WorkingDayCalendar days = WorkingDayCalendar.empty();
            Map<Language, List<MessageCatalog>> catalogs = new EnumMap<>(Language.class);
            StringBuilder version = new StringBuilder();
            for (RuleModule m : modules) {
                version.append(version.length() == 0 ? "" : ",").append(m.id()).append('/').append(m.version());
                for (Rule r : m.rules()) {
                    RuleDescriptor d = r.descriptor();
                    if (!ids.add(d.id())) {
                        throw new IllegalStateException("Two rules have the ID " + d.id());
                    }
                    for (Switch s : d.switches()) {
                        switches.putIfAbsent(s.name(), s.defaultValue());
                    }
                    rules.add(r);
                }
                params = mergeDefaults(params, m.parameters(), m.id());
                if (m.calendar().isPresent()) {
                    cal = cal.overriddenBy(m.calendar().get());
                }
                if (m.workingDayCalendar().isPresent()) {
                    days = days.overriddenBy(m.workingDayCalendar().get());
                }
                for (Language l : Language.values()) {
                    try {
                        catalogs.computeIfAbsent(l, k -> new ArrayList<>()).add(MessageCatalog.load(
                                m.messageBundle(), l.locale(), m.getClass().getClassLoader()));
                    } catch (java.util.MissingResourceException ex) {
                        throw new IllegalStateException("Rule module " + m.id() + " has no message bundle "
                                + m.messageBundle() + " for language " + l, ex);
                    }
                }
            }
            for (Map.Entry<String, Boolean> e : switchValues.entrySet()) {
                if (!switches.containsKey(e.getKey())) {
                    throw new IllegalStateException("Unknown switch " + e.getKey() + "; known: " + switches.keySet());
                }
                switches.put(e.getKey(), e.getValue());
            }
            Map<Language, MessageCatalog> messages = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                messages.put(l, MessageCatalog.merge(catalogs.getOrDefault(l, List.of())));
            }
            params = params.overriddenBy(parameterOverrides);
            if (calendarOverride != null) {
                cal = cal.overriddenBy(calendarOverride);
            }
            days = days.overriddenBy(workingDaysOverride);
            Map<Action, Rule[]> byAction = new EnumMap<>(Action.class);
            for (Action a : Action.values()) {
                List<Rule> applicable = new ArrayList<>();
                for (Rule r : rules) {
                    if (r.descriptor().appliesTo(a)) {
                        applicable.add(r);
                    }
                }
                byAction.put(a, applicable.toArray(new Rule[0]));
            }
            Map<String, Boolean> sw = Collections.unmodifiableMap(switches);
            RuleSet ruleSet = ImmutableRuleSet.builder().version(version.toString())
                    .fingerprint(fingerprint(rules, params, cal, days, sw)).rules(rules.size()).build();
            return new Checker(List.copyOf(rules), Collections.unmodifiableMap(byAction), params, cal, days, sw,
                    Collections.unmodifiableMap(messages), language, includePasses, clock, ruleSet);
        }

        private static LegalParameters mergeDefaults(LegalParameters acc, LegalParameters add, String moduleId) {
            for (String name : add.names()) {
                if (acc.names().contains(name) && !acc.timeline(name).equals(add.timeline(name))) {
                    throw new IllegalStateException("Rule module " + moduleId + " defines legal parameter " + name
                            + " differently from an earlier module");
                }
            }
            return acc.overriddenBy(add);
        }

        private static String fingerprint(List<Rule> rules, LegalParameters params, PoliticalCalendar cal,
                WorkingDayCalendar days, Map<String, Boolean> switches) {
            StringBuilder sb = new StringBuilder();
            for (Rule r : rules) {
                RuleDescriptor d = r.descriptor();
                sb.append(d.id()).append('|').append(d.appliesTo()).append('|').append(d.inForce()).append('|')
                        .append(d.confidence()).append('|');
                for (LegalBasis b : d.basis()) {
                    sb.append(b.citation()).append('@').append(b.inForce()).append(';');
                }
                sb.append('\n');
            }
            for (String name : params.names()) {
                for (ParameterValue v : params.timeline(name)) {
                    sb.append(v).append('\n');
                }
            }
            sb.append(cal).append('\n');
            if (!days.equals(WorkingDayCalendar.empty())) {
                // an empty calendar adds nothing, so that rule sets without one keep their fingerprints
                sb.append(days).append('\n');
            }
            sb.append(switches);
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(sb.toString()
                        .getBytes(StandardCharsets.UTF_8));
                StringBuilder hex = new StringBuilder(64);
                for (byte b : hash) {
                    hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
                }
                return hex.toString();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
        }
    }
}
