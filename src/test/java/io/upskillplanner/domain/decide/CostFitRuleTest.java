package io.upskillplanner.domain.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.upskillplanner.domain.Money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CostFitRuleTest {

    @ParameterizedTest(name = "cost {0} of budget {1} with {2} planned elsewhere rates {3}")
    @CsvSource(textBlock = """
            # cost, budget, other planned, rating
               100,   1000,    0,  5
               250,   1000,    0,  5
               400,   1000,    0,  4
               700,   1000,    0,  2
               999,   1000,    0,  0.01
              1000,   1000,    0,  0
              1200,   1000,    0,  0
               100,   1000,  600,  5
               200,   1000,  600,  3.33
               400,   1000,  600,  0
                 0,      0,    0,  5
                 1,      0,    0,  0
                 0,   1000, 1200,  5
                50,   1000, 1200,  0
            """)
    void ratingFallsLinearlyFromAQuarterOfTheRemainingBudgetToAllOfIt(String cost, String budget,
                                                                      String otherPlanned, double rating) {
        Rating result = CostFitRule.rate(eur(cost), eur(budget), eur(otherPlanned), 1);

        assertThat(result.value()).isEqualTo(rating);
    }

    @Test
    void explanationShowsTheShareAndHowTheRemainingBudgetCameAbout() {
        Rating result = CostFitRule.rate(eur("1200"), eur("3000"), eur("600"), 2);

        assertThat(result.explanation().english()).isEqualTo("Costs 1200.00 EUR, 50% of the remaining budget 2400.00 EUR"
                + " (budget 3000.00 EUR minus 600.00 EUR for 2 other planned credentials)");
    }

    @Test
    void exhaustedBudgetIsExplained() {
        assertThat(CostFitRule.rate(eur("10"), eur("0"), eur("0"), 0).explanation().english())
                .startsWith("Costs 10.00 EUR but nothing is left of the remaining budget 0.00 EUR");
    }

    @Test
    void freeCredentialFitsAnyBudget() {
        assertThat(CostFitRule.rate(eur("0"), eur("0"), eur("0"), 0).explanation().english())
                .isEqualTo("Costs nothing further, so it fits any budget");
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
