package io.github.imut.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imut.check.BatchSummary;
import io.github.imut.check.Checker;
import io.github.imut.check.ImmutableReport;
import io.github.imut.check.BatchTestModule;
import io.github.imut.check.Verdict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link NdjsonBatch}: input lines == output lines, always; in order; each report as the string path gives it. */
class NdjsonBatchTest {
    private static final Checker CHECKER = BatchTestModule.checker();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static String proposal(String id) {
        return ImutJson.toJson(BatchTestModule.proposal(id));
    }

    /** Well-formed proposals of every outcome with every kind of malformed line between them. */
    private static List<String> mixedLines(int n) {
        String[] malformed = {
            "{\"id\": \"BROKEN\", ",                                   // truncated object
            "",                                                       // blank line
            "   \t ",                                                 // whitespace only
            "[1,2]",                                                  // not an object
            "null",                                                   // JSON null
            "{}",                                                     // required fields missing
            proposal("X").replace("\"kind\":\"TRANSFER\"", "\"kind\":\"MOVE\""),           // unknown enum
            proposal("X").replace("\"id\":\"X\"", "\"id\":\"X\",\"colour\":\"red\""),      // unknown field
            proposal("X").replace("\"effectiveDate\":\"2026-02-02\"", "\"effectiveDate\":\"2026-02-30\""), // date
            proposal("X").replaceFirst("\"nip\":\"(\\d{17})\\d\"", "\"nip\":\"$1\""),     // 17-digit NIP
            proposal(" "),                                            // blank id: structural violation
            proposal("A") + " " + proposal("B"),                      // two objects on one line
            "\u00e9t\u00e9 {",                                        // non-ASCII garbage
        };
        String[] prefixes = {"OK-", "FAIL-", "APPROVE-", "MISSING-", "BOOM-"};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i % 7 == 6) {
                lines.add(malformed[(i / 7) % malformed.length]);
            } else {
                lines.add(proposal((i % 900 == 1 ? "SLOW-" : prefixes[i % prefixes.length]) + i));
            }
        }
        return lines;
    }

    private static byte[] run(byte[] input, int threads) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NdjsonBatch.builder(CHECKER, AS_OF).threads(threads).build().run(new ByteArrayInputStream(input), out);
        return out.toByteArray();
    }

    private static List<String> lines(byte[] output) {
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n");
        return List.of(text.substring(0, text.length() - 1).split("\n", -1));
    }

    private static String expected(String line, long number) throws IOException {
        return ImutJson.reportWriter().writeValueAsString(
                ImmutableReport.copyOf(CHECKER.checkJson(line, AS_OF)).withLine(number));
    }

    @Test
    void everyInputLineYieldsExactlyOneReportLineInOrderWithMalformedLinesMixedIn() throws IOException {
        List<String> in = mixedLines(2000);
        byte[] input = (String.join("\n", in) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] sequential = run(input, 1);
        for (int threads : new int[] {1, 4}) {
            byte[] output = threads == 1 ? sequential : run(input, threads);
            List<String> out = lines(output);
            assertThat(out).as("threads " + threads).hasSize(in.size());
            for (int i = 0; i < out.size(); i++) {
                assertThat(out.get(i)).as("line " + (i + 1)).isEqualTo(expected(in.get(i), i + 1));
            }
            assertThat(output).isEqualTo(sequential);
        }
    }

    @Test
    void malformedLinesGiveInvalidReportsWithTheirLineNumberAndTheBatchGoesOn() throws IOException {
        String input = proposal("OK-1") + "\n{\"id\": \"BROKEN\", \n\n" + proposal("FAIL-4") + "\n[1,2]\n";
        List<String> out = lines(run(input.getBytes(StandardCharsets.UTF_8), 2));
        List<String> verdicts = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            JsonNode r = ImutJson.mapper().readTree(out.get(i));
            assertThat(r.get("line").asLong()).isEqualTo(i + 1);
            verdicts.add(r.get("verdict").asText());
        }
        assertThat(verdicts).containsExactly("MS", "INVALID", "INVALID", "TMS", "INVALID");
        assertThat(ImutJson.mapper().readTree(out.get(1)).get("proposalId").asText()).isEqualTo("BROKEN");
    }

    @Test
    void summaryCountsOneReportPerLine() throws IOException {
        String input = proposal("OK-1") + "\n\n" + proposal("FAIL-3") + "\n" + proposal("APPROVE-4") + "\n";
        BatchSummary s = NdjsonBatch.builder(CHECKER, AS_OF).threads(2).build()
                .run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream());
        assertThat(s.records()).isEqualTo(4);
        assertThat(s.count(Verdict.INVALID)).isEqualTo(1);
        assertThat(s.count(Verdict.TMS)).isEqualTo(1);
        assertThat(s.count(Verdict.NEEDS_APPROVAL)).isEqualTo(1);
        assertThat(s.count(Verdict.MS)).isEqualTo(1);
    }

    @Test
    void lineEndingsByteOrderMarkAndALastLineWithoutNewline() throws IOException {
        String input = "\uFEFF" + proposal("OK-1") + "\r\n" + proposal("OK-2") + "\r\n\r\n" + proposal("FAIL-4");
        List<String> out = lines(run(input.getBytes(StandardCharsets.UTF_8), 1));
        assertThat(out).hasSize(4);
        assertThat(out.get(0)).isEqualTo(expected(proposal("OK-1"), 1));
        assertThat(out.get(1)).isEqualTo(expected(proposal("OK-2"), 2));
        assertThat(out.get(2)).contains("\"line\":3").contains("json.empty");
        assertThat(out.get(3)).isEqualTo(expected(proposal("FAIL-4"), 4));
    }

    @Test
    void emptyInputGivesNoReportAndASingleNewlineGivesOne() throws IOException {
        assertThat(run(new byte[0], 2)).isEmpty();
        assertThat(lines(run("\n".getBytes(StandardCharsets.UTF_8), 2))).singleElement()
                .satisfies(l -> assertThat(l).contains("\"INVALID\"").contains("\"line\":1"));
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedWithoutBeingReadAndGivesOneInvalidReport() throws IOException {
        String huge = "{\"id\":\"" + "x".repeat(200_000) + "\"}";
        String input = proposal("OK-1") + "\n" + huge + "\n" + proposal("OK-3") + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NdjsonBatch.builder(CHECKER, AS_OF).threads(1).maxLineBytes(1000).build()
                .run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        List<String> lines = lines(out.toByteArray());
        assertThat(lines).hasSize(3);
        JsonNode tooLong = ImutJson.mapper().readTree(lines.get(1));
        assertThat(tooLong.get("verdict").asText()).isEqualTo("INVALID");
        assertThat(tooLong.get("violations").get(0).get("code").asText()).isEqualTo("json.tooLong");
        assertThat(tooLong.get("violations").get(0).get("message").asText()).contains("1000");
        assertThat(lines.get(2)).isEqualTo(expected(proposal("OK-3"), 3));
    }

    @Test
    void aLineOfExactlyTheLimitIsRead() throws IOException {
        String p = proposal("OK-1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NdjsonBatch.builder(CHECKER, AS_OF).maxLineBytes(p.length()).build()
                .run(new ByteArrayInputStream((p + "\r\n" + p + " \n").getBytes(StandardCharsets.UTF_8)), out);
        List<String> lines = lines(out.toByteArray());
        assertThat(lines.get(0)).contains("\"MS\"");
        assertThat(lines.get(1)).contains("json.tooLong");
    }

    @Test
    void anInputThatFailsMidwayWritesTheReportsOfEveryCompleteLineBeforeThenThrows() throws IOException {
        List<String> in = mixedLines(1000);
        byte[] whole = (String.join("\n", in) + "\n").getBytes(StandardCharsets.UTF_8);
        int cut = whole.length / 2;
        long completeLines = 0;
        for (int i = 0; i < cut; i++) {
            completeLines += whole[i] == '\n' ? 1 : 0;
        }
        IOException failure = new IOException("disk gone");
        InputStream failing = new InputStream() {
            private int pos;

            @Override
            public int read() throws IOException {
                throw new AssertionError("reads in blocks");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (pos >= cut) {
                    throw failure;
                }
                int n = Math.min(Math.min(len, 1000), cut - pos);
                System.arraycopy(whole, pos, b, off, n);
                pos += n;
                return n;
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> NdjsonBatch.builder(CHECKER, AS_OF).threads(3).build().run(failing, out))
                .isSameAs(failure);
        List<String> lines = lines(out.toByteArray());
        assertThat(lines).hasSize((int) completeLines);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).isEqualTo(expected(in.get(i), i + 1));
        }
    }

    @Test
    void progressIsToldAfterEachChunkUpToTheTotal() throws IOException {
        List<String> in = mixedLines(1000);
        byte[] input = (String.join("\n", in) + "\n").getBytes(StandardCharsets.UTF_8);
        List<long[]> updates = new ArrayList<>();
        NdjsonBatch.builder(CHECKER, AS_OF).threads(2).progress((records, bytes) -> updates.add(
                new long[] {records, bytes})).build().run(new ByteArrayInputStream(input), new ByteArrayOutputStream());
        assertThat(updates).hasSizeGreaterThan(1);
        for (int i = 1; i < updates.size(); i++) {
            assertThat(updates.get(i)[0]).isGreaterThan(updates.get(i - 1)[0]);
            assertThat(updates.get(i)[1]).isGreaterThan(updates.get(i - 1)[1]);
        }
        assertThat(updates.get(updates.size() - 1)).containsExactly(1000, input.length);
    }

    @Test
    void englishCheckersWriteEnglishViolations() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NdjsonBatch.builder(CHECKER.withLanguage(io.github.imut.check.Language.EN), AS_OF).build()
                .run(new ByteArrayInputStream("\n".getBytes(StandardCharsets.UTF_8)), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("the JSON document is empty");
    }
}
