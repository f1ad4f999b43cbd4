package io.github.imut.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.imut.fixtures.Fixtures;
import io.github.imut.model.Proposal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** imut's Jackson configuration is set explicitly, not left to defaults that change between Jackson versions. */
class ImutJsonTest {

    @Test
    void aCopyOfTheMapperKeepsTheStrictReading() {
        ObjectMapper copy = ImutJson.mapper();
        String numericId = Fixtures.text(Fixtures.json().put("id", 123));
        String unknown = Fixtures.text(Fixtures.json().put("extra", 1));

        assertThatThrownBy(() -> copy.readValue(numericId, Proposal.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> copy.readValue(unknown, Proposal.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
        assertThatThrownBy(() -> copy.readValue("20240501", LocalDate.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThat(ImutJson.mapper()).isNotSameAs(copy);
    }

    @Test
    void theProposalReaderRejectsTrailingTokensOnItsOwn() {
        String json = Fixtures.text(Fixtures.json()) + " {}";

        assertThatThrownBy(() -> ImutJson.proposalReader().readValue(json))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void datesAreWrittenAsIsoStringsAndEmptyOptionalsAreLeftOut() {
        String json = ImutJson.toJson(Fixtures.transfer().build());

        assertThat(json).contains("\"effectiveDate\":\"2024-05-02\"").doesNotContain("submittedOn")
                .doesNotContain("null");
    }

    @Test
    void aProposalRoundTrips() throws Exception {
        Proposal p = Fixtures.transfer().build();

        assertThat(ImutJson.proposalReader().<Proposal>readValue(ImutJson.toJson(p))).isEqualTo(p);
        assertThat(ImutJson.toPrettyJson(p)).contains("\n");
    }
}
