package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import io.upskillplanner.domain.CostParts;
import io.upskillplanner.domain.DomainRuleException;
import io.upskillplanner.domain.Money;

/**
 * What a credential costs within a horizon, in its own currency: the one-off cost (tuition, exam,
 * materials) plus every renewal that falls due after it is earned and no later than the horizon's
 * end (today + horizon months, inclusive).
 */
public record CredentialCost(Money oneOff, int renewals, Money renewalTotal, Money total) {

    public CredentialCost {
        Objects.requireNonNull(oneOff, "oneOff");
        Objects.requireNonNull(renewalTotal, "renewalTotal");
        Objects.requireNonNull(total, "total");
    }

    public static CredentialCost over(CostParts costs, LocalDate finish, LocalDate today, int horizonMonths) {
        if (horizonMonths < 0) {
            throw new DomainRuleException("error.domain.horizonNegative", horizonMonths);
        }
        Money oneOff = costs.oneOff();
        int renewals = renewalsDue(costs.renewalPeriodMonths(), finish, today.plusMonths(horizonMonths));
        Money renewalTotal = new Money(costs.renewal().multiply(BigDecimal.valueOf(renewals)), costs.currency());
        return new CredentialCost(oneOff, renewals, renewalTotal, oneOff.plus(renewalTotal));
    }

    /** A completed credential is paid for; what it still costs is not part of the plan. */
    public static CredentialCost nothing(String currency) {
        Money zero = Money.zero(currency);
        return new CredentialCost(zero, 0, zero, zero);
    }

    private static int renewalsDue(Integer periodMonths, LocalDate finish, LocalDate horizonEnd) {
        if (periodMonths == null) {
            return 0;
        }
        int renewals = 0;
        // Counted by stepping from the finish so month-end dates clamp the way a calendar does.
        while (!finish.plusMonths((long) (renewals + 1) * periodMonths).isAfter(horizonEnd)) {
            renewals++;
        }
        return renewals;
    }
}
