package io.upskillplanner.domain.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringWeightsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            RECOGNITION,    3.0
            SKILL_COVERAGE, 3.0
            ACCREDITATION,  1.5
            CURRICULUM,     1.0
            INSTRUCTORS,    1.0
            CAREER_SUPPORT, 1.0
            COST_FIT,       2.0
            TIME_FIT,       2.0
            """)
    void defaultsWeighRelevanceAboveQualitySignals(Criterion criterion, double weight) {
        assertThat(ScoringWeights.defaults().of(criterion)).isEqualTo(weight);
    }

    @Test
    void defaultsTotalFourteenAndAHalf() {
        assertThat(ScoringWeights.defaults().total()).isEqualTo(14.5);
    }

    @Test
    void storedWeightsOverlayDefaultsByCriterionNameIgnoringCaseAndSeparators() {
        ScoringWeights weights = ScoringWeights.fromStored(Map.of(
                "cost_fit", new BigDecimal("5"),
                "Time Fit", new BigDecimal("0.5"),
                "career-support", BigDecimal.ZERO));

        assertThat(weights.of(Criterion.COST_FIT)).isEqualTo(5.0);
        assertThat(weights.of(Criterion.TIME_FIT)).isEqualTo(0.5);
        assertThat(weights.of(Criterion.CAREER_SUPPORT)).isZero();
        assertThat(weights.of(Criterion.RECOGNITION)).isEqualTo(3.0);
    }

    @Test
    void storedWeightsWithUnknownNamesAreSkipped() {
        ScoringWeights weights = ScoringWeights.fromStored(Map.of("EMPLOYER_BUZZ", new BigDecimal("9")));

        assertThat(weights).isEqualTo(ScoringWeights.defaults());
    }

    @Test
    void negativeWeightIsRejected() {
        assertThatThrownBy(() -> ScoringWeights.defaults().with(Criterion.COST_FIT, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("COST_FIT");
    }

    @Test
    void allZeroWeightsAreRejected() {
        Map<String, BigDecimal> zeros = new HashMap<>();
        for (Criterion criterion : Criterion.values()) {
            zeros.put(criterion.name(), BigDecimal.ZERO);
        }

        assertThatThrownBy(() -> ScoringWeights.fromStored(zeros))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
    }

    @Test
    void everyCriterionNeedsAWeight() {
        EnumMap<Criterion, Double> partial = new EnumMap<>(Criterion.class);
        partial.put(Criterion.RECOGNITION, 1.0);

        assertThatThrownBy(() -> new ScoringWeights(partial))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No weight for");
    }
}
