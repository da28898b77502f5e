package io.upskillplanner.domain.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import io.upskillplanner.domain.Money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReturnOnInvestmentTest {

    @ParameterizedTest(name = "{0} spent, {1} → {2} a year: pays back in {3} months")
    @CsvSource(textBlock = """
            # cost, salary now, salary after, payback months
              6000, 40000, 52000, 6
              6001, 40000, 52000, 7
                 0, 40000, 41000, 0
             30000, 45000, 50000, 72
            """)
    void paybackIsCostOverMonthlyUpliftRoundedUp(String cost, String now, String after, long months) {
        ReturnOnInvestment roi = ReturnOnInvestment.of(Money.of(cost, "EUR"), new BigDecimal(now),
                new BigDecimal(after));

        assertThat(roi.isAvailable()).isTrue();
        assertThat(roi.paybackMonths()).hasValue(months);
        assertThat(roi.yearlyUplift()).contains(Money.of(new BigDecimal(after).subtract(new BigDecimal(now))
                .toPlainString(), "EUR"));
        assertThat(roi.notAvailableBecause()).isEmpty();
    }

    @ParameterizedTest(name = "salary now {0}, after {1}: {2}")
    @CsvSource(textBlock = """
            # salary now, salary after, reason contains
                   ,      ,      no salary now and no expected salary after
                   ,      50000, no salary now
              40000,      ,      no expected salary after
              40000,      40000, is not above the salary now
              40000,      35000, is not above the salary now
            """)
    void notAvailableWithAReasonWhenFiguresAreMissingOrNoUplift(BigDecimal now, BigDecimal after, String reason) {
        ReturnOnInvestment roi = ReturnOnInvestment.of(Money.of("1000", "EUR"), now, after);

        assertThat(roi.isAvailable()).isFalse();
        assertThat(roi.paybackMonths()).isEmpty();
        assertThat(roi.notAvailableBecause()).hasValueSatisfying(why -> assertThat(why.english()).contains(reason));
    }

    @Test
    void negativeUpliftIsStillShown() {
        ReturnOnInvestment roi = ReturnOnInvestment.of(Money.of("1000", "EUR"), new BigDecimal("40000"),
                new BigDecimal("35000"));

        assertThat(roi.yearlyUplift()).contains(Money.of("-5000", "EUR"));
    }
}
