package io.upskillplanner.domain.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.upskillplanner.domain.CostParts;
import io.upskillplanner.domain.Money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CredentialCostTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 6);

    @ParameterizedTest(name = "renewing every {0} months after {1}, horizon {2}: {3} renewals, {4} in all")
    @CsvSource(textBlock = """
            # period, finish,     horizon, renewals, total
                  12, 2025-03-03, 36,      2,        255.00
                  12, 2025-01-06, 36,      3,        295.00
                  12, 2025-01-06,  0,      0,        175.00
                    , 2025-03-03, 36,      0,        175.00
                  12, 2028-06-01, 36,      0,        175.00
                   6, 2025-07-06, 36,      5,        375.00
                  24, 2025-03-03, 60,      2,        255.00
            """)
    void totalIsOneOffPlusRenewalsFallingDueWithinTheHorizon(Integer period, LocalDate finish, int horizon,
                                                            int renewals, String total) {
        CostParts parts = new CostParts(new BigDecimal("100"), new BigDecimal("50"), new BigDecimal("25"),
                new BigDecimal("40"), period, "EUR");

        CredentialCost cost = CredentialCost.over(parts, finish, TODAY, horizon);

        assertThat(cost.oneOff()).isEqualTo(Money.of("175", "EUR"));
        assertThat(cost.renewals()).isEqualTo(renewals);
        assertThat(cost.total()).isEqualTo(Money.of(total, "EUR"));
    }

    @Test
    void renewalsFromAMonthEndFollowTheCalendar() {
        CostParts parts = new CostParts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.TEN, 1, "EUR");

        // Jan 31 + 1 month is Feb 28; horizon ends Feb 28, so that renewal counts.
        CredentialCost cost = CredentialCost.over(parts, LocalDate.of(2025, 1, 31), LocalDate.of(2025, 1, 28), 1);

        assertThat(cost.renewals()).isEqualTo(1);
    }

    @Test
    void negativeHorizonIsRejected() {
        assertThatThrownBy(() -> CredentialCost.over(CostParts.free("EUR"), TODAY, TODAY, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
