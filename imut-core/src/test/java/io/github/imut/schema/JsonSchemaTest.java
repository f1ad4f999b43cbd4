package io.github.imut.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.imut.check.Finding;
import io.github.imut.check.ImmutableReport;
import io.github.imut.check.ImmutableRuleSet;
import io.github.imut.check.Outcome;
import io.github.imut.check.Report;
import io.github.imut.check.Verdict;
import io.github.imut.check.Violation;
import io.github.imut.json.ImutJson;
import io.github.imut.law.InForce;
import io.github.imut.law.LegalBasis;
import io.github.imut.model.Action;
import io.github.imut.model.Agency;
import io.github.imut.model.AgencyKind;
import io.github.imut.model.Approval;
import io.github.imut.model.Approver;
import io.github.imut.model.AssignmentType;
import io.github.imut.model.DisciplinarySanction;
import io.github.imut.model.Document;
import io.github.imut.model.DocumentKind;
import io.github.imut.model.Education;
import io.github.imut.model.EducationLevel;
import io.github.imut.model.Employee;
import io.github.imut.model.EmploymentStatus;
import io.github.imut.model.FunctionalCategory;
import io.github.imut.model.Gender;
import io.github.imut.model.Grade;
import io.github.imut.model.Ground;
import io.github.imut.model.Initiator;
import io.github.imut.model.InvalidValueException;
import io.github.imut.model.Nip;
import io.github.imut.model.PartyRole;
import io.github.imut.model.PerformanceRating;
import io.github.imut.model.PerformanceRecord;
import io.github.imut.model.Period;
import io.github.imut.model.Position;
import io.github.imut.model.PositionLevel;
import io.github.imut.model.PositionRecord;
import io.github.imut.model.Proceeding;
import io.github.imut.model.ProceedingKind;
import io.github.imut.model.Proposal;
import io.github.imut.model.RelatedParty;
import io.github.imut.model.Relation;
import io.github.imut.model.SanctionLevel;
import io.github.imut.model.Signer;
import io.github.imut.model.SignerCapacity;
import io.github.imut.model.SignerRole;
import io.github.imut.model.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas in {@code docs/schema/} are generated from the model ({@link ImutSchemas}), kept current, and say
 * what imut's Jackson configuration reads and writes.
 *
 * <p>After a change to the model, regenerate and commit them:
 * {@code mvn -B -pl imut-core test -Dtest=JsonSchemaTest -Dimut.schema.write=true}.
 */
class JsonSchemaTest {
    static final String REGENERATE = "mvn -B -pl imut-core test -Dtest=JsonSchemaTest -Dimut.schema.write=true";
    private static final Path DIR = Path.of("..", "docs", "schema");
    private static final ObjectMapper JSON = ImutJson.mapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    static String render(ObjectNode schema) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        return JSON.writer(printer).writeValueAsString(schema).replace("\r\n", "\n") + "\n";
    }

    private static void checkCurrent(String file, ObjectNode generated) throws IOException {
        Path path = DIR.resolve(file);
        String text = render(generated);
        if (Boolean.getBoolean("imut.schema.write")) {
            Files.createDirectories(DIR);
            Files.writeString(path, text, StandardCharsets.UTF_8);
        }
        assertThat(path).as("docs/schema/%s is missing: generate it with%n  %s", file, REGENERATE).exists();
        JsonNode committed = JSON.readTree(Files.readString(path, StandardCharsets.UTF_8));
        JsonNode current = JSON.readTree(text);
        assertThat(committed.equals(current)).as("docs/schema/%s is out of date with the model (differs in: %s).%nRegenerate it with%n"
                + "  %s%nand commit it.", file, differences(committed, current), REGENERATE).isTrue();
    }

    /** The top-level properties and $defs entries that differ, to say where a schema is stale. */
    private static List<String> differences(JsonNode committed, JsonNode generated) {
        List<String> out = new ArrayList<>();
        for (String section : List.of("properties", "$defs")) {
            TreeSet<String> names = new TreeSet<>();
            committed.path(section).fieldNames().forEachRemaining(names::add);
            generated.path(section).fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                if (!committed.path(section).path(n).equals(generated.path(section).path(n))) {
                    out.add(section + "/" + n);
                }
            }
        }
        return out;
    }

    private static Schema schema(ObjectNode generated) {
        return REGISTRY.getSchema(generated);
    }

    private static List<Error> validate(ObjectNode schema, String json) {
        return schema(schema).validate(json, InputFormat.JSON);
    }

    @Test
    void committedProposalSchemaIsCurrent() throws IOException {
        checkCurrent("proposal.schema.json", ImutSchemas.proposal());
    }

    @Test
    void committedReportSchemaIsCurrent() throws IOException {
        checkCurrent("report.schema.json", ImutSchemas.report());
    }

    @Test
    void jarCarriesTheSchemasForEmbedders() throws IOException {
        for (String file : List.of("proposal.schema.json", "report.schema.json")) {
            try (java.io.InputStream in = JsonSchemaTest.class.getResourceAsStream("/META-INF/imut/schema/" + file)) {
                assertThat(in).as(file).isNotNull();
                assertThat(JSON.readTree(in)).isEqualTo(JSON.readTree(DIR.resolve(file).toFile()));
            }
        }
    }

    @Test
    void schemasAreValidDraft202012() throws IOException {
        Schema meta = REGISTRY.getSchema(com.networknt.schema.SchemaLocation.of(
                "https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(JSON.writeValueAsString(ImutSchemas.proposal()), InputFormat.JSON)).isEmpty();
        assertThat(meta.validate(JSON.writeValueAsString(ImutSchemas.report()), InputFormat.JSON)).isEmpty();
        assertThat(ImutSchemas.proposal().get("$schema").asText())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    /** Every field of the model set: Jackson's own output must satisfy the schema, names, formats and all. */
    static Proposal fullProposal() {
        Position position = Position.builder().level(PositionLevel.AHLI_MUDA).name("Guru Ahli Muda").unit("SDN 1")
                .functionalCategory(FunctionalCategory.GURU).dukcapilUnit(false).since(LocalDate.of(2020, 1, 2))
                .build();
        Agency agency = Agency.builder().kind(AgencyKind.REGENCY).code("A1").name("Pemerintah Kabupaten Contoh")
                .province("34").regionCode("34.04").build();
        Employee employee = Employee.builder().nip(Nip.parse("198503122010011002")).name("Contoh")
                .birthDate(LocalDate.of(1985, 3, 12)).gender(Gender.MALE).status(EmploymentStatus.PNS)
                .tmtCpns(LocalDate.of(2010, 1, 1)).tmtPns(LocalDate.of(2011, 3, 1)).grade(Grade.parse("III/c"))
                .gradeSince(LocalDate.of(2022, 4, 1))
                .education(Education.builder().level(EducationLevel.S1).major("Teknik").graduated(
                        LocalDate.of(2007, 8, 20)).build())
                .agency(agency).currentPosition(position)
                .addPositionHistory(PositionRecord.builder().level(PositionLevel.PELAKSANA).name("Staf")
                        .from(LocalDate.of(2011, 3, 1)).to(LocalDate.of(2020, 1, 1)).build())
                .addPerformance(PerformanceRecord.builder().year(2024).quarter(2).rating(PerformanceRating.BAIK)
                        .build())
                .addSanctions(DisciplinarySanction.builder().level(SanctionLevel.RINGAN).type("1")
                        .decidedOn(LocalDate.of(2016, 5, 2)).from(LocalDate.of(2016, 5, 2))
                        .to(LocalDate.of(2016, 5, 2)).build())
                .addOpenProceedings(Proceeding.builder().kind(ProceedingKind.DISCIPLINARY_EXAMINATION)
                        .since(LocalDate.of(2025, 1, 6)).reference("X/1").build())
                .addStudyLeaves(Period.builder().from(LocalDate.of(2013, 9, 1)).to(LocalDate.of(2015, 8, 31)).build())
                .serviceBondUntil(LocalDate.of(2019, 8, 31)).recordedRetirementAge(60).build();
        return Proposal.builder().id("P-1").kind(Action.WITHIN_AGENCY.kind()).action(Action.WITHIN_AGENCY)
                .submittedOn(LocalDate.of(2026, 1, 12)).effectiveDate(LocalDate.of(2026, 2, 2))
                .initiatedBy(Initiator.AGENCY).employee(employee)
                .target(Target.builder().position(position).assignment(AssignmentType.DEFINITIF).agency(agency)
                        .build())
                .signer(Signer.builder().role(SignerRole.BUPATI).capacity(SignerCapacity.DEFINITIF).name("X")
                        .regionCode("34.04").build())
                .addApprovals(Approval.builder().from(Approver.BKN).reference("R/1").date(LocalDate.of(2026, 1, 5))
                        .build())
                .addDocuments(Document.builder().kind(DocumentKind.SKP).reference("D/1").date(LocalDate.of(2026, 1, 2))
                        .description("SKP 2025").build())
                .addRelatedParties(RelatedParty.builder().relation(Relation.SPOUSE).role(PartyRole.SIGNER)
                        .name("Y").nip(Nip.parse("198807142014032001")).build())
                .addGrounds(Ground.builder().code("JPT-2Y-EXCEPTION").evidence("E/1").date(LocalDate.of(2026, 1, 3))
                        .build())
                .build();
    }

    @Test
    void jacksonOutputOfAProposalWithEveryFieldSatisfiesTheProposalSchema() throws IOException {
        String json = ImutJson.toJson(fullProposal());
        assertThat(validate(ImutSchemas.proposal(), json)).isEmpty();
        assertThat(ImutJson.proposalReader().<Proposal>readValue(json)).isEqualTo(fullProposal());
    }

    @Test
    void jacksonOutputOfAReportWithEveryFieldSatisfiesTheReportSchema() {
        LegalBasis basis = LegalBasis.of("UU 10/2016").article("71").paragraph("2").letter("a")
                .inForce(InForce.between(LocalDate.of(2016, 7, 1), LocalDate.of(2030, 1, 1))).note("n");
        Finding f = io.github.imut.check.ImmutableFinding.builder().ruleId("R-1").outcome(Outcome.NEEDS_APPROVAL)
                .title("T").message("M").addLegalBasis(basis, LegalBasis.of("PP 11/2017"))
                .facts(Map.of("window", "2024-03-22 s.d. 2025-02-20", "days", 180))
                .earliestCompliantDate(LocalDate.of(2025, 2, 21)).approvalRequiredFrom(Approver.MENDAGRI)
                .addMissing("employee.birthDate").build();
        Report r = ImmutableReport.builder().proposalId("P-1").line(3L).verdict(Verdict.NEEDS_APPROVAL)
                .checkedAsOf(LocalDate.of(2026, 1, 15)).effectiveDate(LocalDate.of(2026, 2, 2))
                .ruleSet(ImmutableRuleSet.builder().version("imut.x/0.1").fingerprint("ab").rules(1).build())
                .addFindings(f).addViolations(Violation.of("employee.nip", "nip.length", "m")).build();
        assertThat(validate(ImutSchemas.report(), ImutJson.toJson(r))).isEmpty();
    }

    @Test
    void schemaRejectsWhatTheReaderRejects() {
        ObjectNode schema = ImutSchemas.proposal();
        String good = ImutJson.toJson(fullProposal());
        assertThat(validate(schema, good.replace("\"III/c\"", "\"V/a\""))).extracting(Error::getInstanceLocation)
                .extracting(Object::toString).containsExactly("/employee/grade");
        assertThat(validate(schema, good.replace("198503122010011002", "19850312201001100"))).isNotEmpty();
        assertThat(validate(schema, good.replace("\"effectiveDate\":\"2026-02-02\"", "\"effectiveDate\":\"2026-02-30\"")))
                .as("format date is asserted").isNotEmpty();
        assertThat(validate(schema, good.replace("\"kind\":\"TRANSFER\"", "\"kind\":\"transfer\""))).isNotEmpty();
        assertThat(validate(schema, good.replace("\"id\":\"P-1\"", "\"id\":\"P-1\",\"tmt\":\"2026-02-02\"")))
                .as("unknown field").isNotEmpty();
        assertThat(validate(schema, good.replace("\"province\":\"34\"", "\"province\":\"340\"")))
                .as("Jakarta patterns match the whole value").isNotEmpty();
        assertThat(validate(schema, "{\"id\":\"P-2\"}")).as("required fields").isNotEmpty();
    }

    @Test
    void optionalFieldsAndListsAreNotRequired() {
        String minimal = "{\"id\":\"P-3\",\"kind\":\"DISMISSAL\",\"action\":\"DEATH\",\"effectiveDate\":\"2026-02-02\","
                + "\"employee\":{\"nip\":\"198503122010011002\"}}";
        assertThat(validate(ImutSchemas.proposal(), minimal)).isEmpty();
    }

    /** Each object in the schemas has exactly the properties Jackson finds on its class. */
    @Test
    void schemaPropertiesAreJacksonsProperties() throws ClassNotFoundException {
        for (ObjectNode schema : List.of(ImutSchemas.proposal(), ImutSchemas.report())) {
            for (Map.Entry<String, JsonNode> def : schema.get("$defs").properties()) {
                if (!def.getValue().has("properties")) {
                    continue;
                }
                Class<?> type = modelClass(def.getKey());
                BeanDescription bean = JSON.getSerializationConfig().introspect(JSON.constructType(type));
                TreeSet<String> jackson = new TreeSet<>();
                for (BeanPropertyDefinition p : bean.findProperties()) {
                    if (p.couldSerialize()) {
                        jackson.add(p.getName());
                    }
                }
                TreeSet<String> inSchema = new TreeSet<>();
                def.getValue().get("properties").fieldNames().forEachRemaining(inSchema::add);
                assertThat(inSchema).as(def.getKey()).isEqualTo(jackson);
            }
        }
    }

    private static Class<?> modelClass(String simpleName) throws ClassNotFoundException {
        for (String pkg : List.of("io.github.imut.model.Immutable", "io.github.imut.check.Immutable",
                "io.github.imut.law.")) {
            try {
                return Class.forName(pkg + simpleName);
            } catch (ClassNotFoundException e) {
                // next package
            }
        }
        throw new ClassNotFoundException(simpleName);
    }

    @Test
    void gradePatternAcceptsExactlyWhatGradeParseAccepts() {
        Pattern pattern = Pattern.compile(ImutSchemas.GRADE_PATTERN);
        List<String> romans = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
                "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "IIII", "VV", "IL", "iv", "Iv", "xvii", "");
        List<String> separators = List.of("", "/", "-", " ", " / ", "- ", "//", "/-", ".");
        List<String> ruang = List.of("", "a", "b", "c", "d", "e", "f", "A", "E", "aa", "1");
        int checked = 0;
        for (String r : romans) {
            for (String sep : separators) {
                for (String x : ruang) {
                    for (String pad : List.of("", " ")) {
                        String text = pad + r + sep + x + pad;
                        assertThat(pattern.matcher(text).matches()).as("\"%s\"", text).isEqualTo(parses(text));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(4000);
    }

    private static boolean parses(String text) {
        try {
            Grade.parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    @Test
    void nipPatternMatchesTheNipsJsonForm() {
        Pattern pattern = Pattern.compile(ImutSchemas.NIP_PATTERN);
        assertThat(pattern.matcher(Nip.parse("19850312 201001 1 002").value()).matches()).isTrue();
        assertThat(pattern.matcher("19850312201001100").matches()).isFalse();
        assertThat(pattern.matcher("1985031220100110021").matches()).isFalse();
    }
}
