package io.upskillplanner.domain.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeFitRuleTest {

    private static final LocalDate TODAY = Fixtures.TODAY;

    @ParameterizedTest(name = "{0} weeks with {1} days to the deadline rates {2}")
    @CsvSource(textBlock = """
            # weeks alone, days until deadline, rating
                 0,  100, 5
                 7,  100, 5
                 5,   70, 5
                 6,   70, 4
                10,  100, 3
                14,  100, 0.2
                10,   70, 0
                15,  100, 0
                 1,    0, 0
                 1,   -5, 0
            """)
    void ratingFallsLinearlyFromHalfTheTimeAvailableToTheDeadline(long weeks, long days, double rating) {
        Rating result = TimeFitRule.rate(weeks, BigDecimal.TEN, TODAY, TODAY.plusDays(days), false);

        assertThat(result.value()).isEqualTo(rating);
    }

    @Test
    void noDeadlineMeansFullMarks() {
        Rating result = TimeFitRule.rate(500, BigDecimal.ONE, TODAY, null, false);

        assertThat(result.value()).isEqualTo(5);
        assertThat(result.explanation().english()).contains("no deadline");
    }

    @Test
    void completedCandidateTakesNoMoreTimeEvenPastTheDeadline() {
        assertThat(TimeFitRule.rate(0, BigDecimal.TEN, TODAY, TODAY.minusDays(1), true).value()).isEqualTo(5);
    }

    @Test
    void explanationGivesWeeksHoursAndShare() {
        Rating result = TimeFitRule.rate(10, new BigDecimal("7.50"), TODAY, TODAY.plusDays(100), false);

        assertThat(result.explanation().english())
                .isEqualTo("Takes 10 weeks alone at 7.5 h/week: 70% of the time until the deadline 2025-04-16");
    }
}
