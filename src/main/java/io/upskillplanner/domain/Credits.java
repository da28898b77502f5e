package io.upskillplanner.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** Academic credit a credential carries and what it stacks into. */
public record Credits(BigDecimal amount, CreditUnit unit, String stacksInto) {

    public Credits {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (amount.signum() < 0) {
            throw new DomainRuleException("error.domain.creditsNegative");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Credits other && amount.compareTo(other.amount) == 0 && unit == other.unit
                && Objects.equals(stacksInto, other.stacksInto);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), unit, stacksInto);
    }
}
