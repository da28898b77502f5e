package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import io.upskillplanner.domain.Money;

/**
 * Whether the plan pays for itself: yearly uplift = expected salary after − salary now; payback
 * months = ⌈total cost ÷ (uplift ÷ 12)⌉. Not available, with the reason, when a salary figure is
 * missing or the uplift is not positive.
 */
public record ReturnOnInvestment(Money totalCost, Optional<Money> yearlyUplift, OptionalLong paybackMonths,
                                 Optional<Phrase> notAvailableBecause) {

    public ReturnOnInvestment {
        Objects.requireNonNull(totalCost, "totalCost");
        Objects.requireNonNull(yearlyUplift, "yearlyUplift");
        Objects.requireNonNull(paybackMonths, "paybackMonths");
        Objects.requireNonNull(notAvailableBecause, "notAvailableBecause");
    }

    /** Salaries are yearly figures in the cost's currency (the profile's). */
    public static ReturnOnInvestment of(Money totalCost, BigDecimal salaryNow, BigDecimal expectedSalaryAfter) {
        if (salaryNow == null && expectedSalaryAfter == null) {
            return notAvailable(totalCost, null, Phrase.of("roi.noSalaries"));
        }
        if (salaryNow == null) {
            return notAvailable(totalCost, null, Phrase.of("roi.noSalaryNow"));
        }
        if (expectedSalaryAfter == null) {
            return notAvailable(totalCost, null, Phrase.of("roi.noSalaryAfter"));
        }
        Money uplift = new Money(expectedSalaryAfter.subtract(salaryNow), totalCost.currency());
        if (uplift.amount().signum() <= 0) {
            return notAvailable(totalCost, uplift, Phrase.of("roi.noUplift", expectedSalaryAfter, salaryNow));
        }
        long months = totalCost.amount().multiply(BigDecimal.valueOf(12))
                .divide(uplift.amount(), 0, RoundingMode.CEILING).longValueExact();
        return new ReturnOnInvestment(totalCost, Optional.of(uplift), OptionalLong.of(months), Optional.empty());
    }

    public boolean isAvailable() {
        return paybackMonths.isPresent();
    }

    private static ReturnOnInvestment notAvailable(Money totalCost, Money uplift, Phrase reason) {
        return new ReturnOnInvestment(totalCost, Optional.ofNullable(uplift), OptionalLong.empty(),
                Optional.of(reason));
    }
}
