package io.github.imut.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.imut.law.LegalBasis;
import io.github.imut.model.Approver;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Evaluation} and its builder: the facts behave as an ordered, unmodifiable map that never changes. */
class EvaluationTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 22);

    @Test
    void factsKeepTheOrderTheRuleGaveThem() {
        Evaluation e = Evaluation.fail("key").fact("zeta", 1).fact("alpha", "a").fact("mid", DAY).build();
        assertThat(e.facts()).containsExactly(Map.entry("zeta", 1), Map.entry("alpha", "a"), Map.entry("mid", DAY));
        assertThat(e.facts().keySet()).containsExactly("zeta", "alpha", "mid");
        assertThat(e.facts().get("alpha")).isEqualTo("a");
        assertThat(e.facts().get("absent")).isNull();
        assertThat(e.facts().get(null)).isNull();
        assertThat(e.facts().containsKey("mid")).isTrue();
        assertThat(e.facts()).hasSize(3);
    }

    @Test
    void aFactGivenTwiceKeepsItsPlaceAndTakesTheLaterValue() {
        // as a LinkedHashMap did: the later value wins, the first place stays; an equal name is the same fact
        Evaluation e = Evaluation.warning("key").fact("a", 1).fact("b", 2).fact(new String("a"), 3).build();
        assertThat(e.facts()).containsExactly(Map.entry("a", 3), Map.entry("b", 2));
    }

    @Test
    void factsAreAMapEqualToAnyMapWithTheSameEntries() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("from", DAY);
        expected.put("months", 6);
        Evaluation e = Evaluation.of(Outcome.PASS, "key").fact("from", DAY).fact("months", 6).build();
        assertThat(e.facts()).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(expected).isEqualTo(e.facts());
        assertThat(e.facts()).hasToString(expected.toString()).hasToString("{from=2024-03-22, months=6}");
    }

    @Test
    void factsCannotBeChanged() {
        Map<String, Object> facts = Evaluation.fail("key").fact("a", 1).build().facts();
        assertThatThrownBy(() -> facts.put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> facts.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(facts::clear).isInstanceOf(UnsupportedOperationException.class);
        Iterator<Map.Entry<String, Object>> it = facts.entrySet().iterator();
        Map.Entry<String, Object> first = it.next();
        assertThatThrownBy(() -> first.setValue(2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(java.util.NoSuchElementException.class);
        assertThat(facts).containsExactly(Map.entry("a", 1));
    }

    @Test
    void aBuilderChangedAfterBuildLeavesTheBuiltEvaluationAsItWas() {
        Evaluation.Builder b = Evaluation.fail("key").fact("a", 1);
        Evaluation first = b.build();
        b.fact("a", 2).fact("b", 3).missing("employee.birthDate").basis(LegalBasis.of("PP 11/2017"));
        Evaluation second = b.build();
        assertThat(first.facts()).containsExactly(Map.entry("a", 1));
        assertThat(first.missing()).isEmpty();
        assertThat(first.basis()).isEmpty();
        assertThat(second.facts()).containsExactly(Map.entry("a", 2), Map.entry("b", 3));
        assertThat(second.missing()).containsExactly("employee.birthDate");
        assertThat(second.basis()).containsExactly(LegalBasis.of("PP 11/2017"));
    }

    @Test
    void manyFactsGrowTheStoreAndStayInOrder() {
        Evaluation.Builder b = Evaluation.warning("key");
        for (int i = 0; i < 40; i++) {
            b.fact("f" + i, i);
        }
        Map<String, Object> facts = b.build().facts();
        assertThat(facts).hasSize(40);
        int i = 0;
        for (Map.Entry<String, Object> e : facts.entrySet()) {
            assertThat(e.getKey()).isEqualTo("f" + i);
            assertThat(e.getValue()).isEqualTo(i);
            i++;
        }
    }

    @Test
    void anEvaluationWithNothingAddedHasEmptyFactsMissingAndBasis() {
        Evaluation e = Evaluation.of(Outcome.PASS, "key").build();
        assertThat(e.facts()).isEmpty();
        assertThat(e.missing()).isEmpty();
        assertThat(e.basis()).isEmpty();
        assertThat(e.earliestCompliantDate()).isEmpty();
        assertThat(e.approvalRequiredFrom()).isEmpty();
        assertThat(Evaluation.pass().facts()).isEmpty();
    }

    @Test
    void incompleteAndNeedsApprovalStillNameWhatTheContractRequires() {
        assertThat(Evaluation.incomplete("employee.birthDate", "documents[SKP]").missing())
                .isEqualTo(List.of("employee.birthDate", "documents[SKP]"));
        assertThatThrownBy(() -> Evaluation.of(Outcome.INCOMPLETE, "incomplete").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing");
        assertThatThrownBy(() -> Evaluation.of(Outcome.NEEDS_APPROVAL, "needs").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("approver");
        assertThat(Evaluation.needsApproval(Approver.BKN, "needs").build().approvalRequiredFrom()).contains(
                Approver.BKN);
    }

    @Test
    void aFactNeedsANameAndAValue() {
        assertThatThrownBy(() -> Evaluation.fail("key").fact(null, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Evaluation.fail("key").fact("a", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("fact a");
    }
}
