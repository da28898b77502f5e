package io.upskillplanner.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a credential costs, by part, in one currency. Renewal is charged every
 * {@code renewalPeriodMonths} after the credential is earned; null means it does not renew.
 */
public record CostParts(
        BigDecimal tuition,
        BigDecimal exam,
        BigDecimal materials,
        BigDecimal renewal,
        Integer renewalPeriodMonths,
        String currency) {

    public CostParts {
        tuition = nonNegative(tuition, "error.domain.cost.tuition");
        exam = nonNegative(exam, "error.domain.cost.exam");
        materials = nonNegative(materials, "error.domain.cost.materials");
        renewal = nonNegative(renewal, "error.domain.cost.renewal");
        currency = Money.requireCurrency(currency);
        if (renewalPeriodMonths != null && renewalPeriodMonths <= 0) {
            throw new DomainRuleException("error.domain.renewalPeriodNotPositive", renewalPeriodMonths);
        }
    }

    public static CostParts free(String currency) {
        return new CostParts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, currency);
    }

    /** Tuition, exam and materials: what it costs to earn the credential once. */
    public Money oneOff() {
        return new Money(tuition.add(exam).add(materials), currency);
    }

    private static BigDecimal nonNegative(BigDecimal value, String key) {
        BigDecimal v = value == null ? BigDecimal.ZERO : value;
        if (v.signum() < 0) {
            throw new DomainRuleException(key, v.toPlainString());
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CostParts other
                && tuition.compareTo(other.tuition) == 0
                && exam.compareTo(other.exam) == 0
                && materials.compareTo(other.materials) == 0
                && renewal.compareTo(other.renewal) == 0
                && Objects.equals(renewalPeriodMonths, other.renewalPeriodMonths)
                && currency.equals(other.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tuition.stripTrailingZeros(), exam.stripTrailingZeros(),
                materials.stripTrailingZeros(), renewal.stripTrailingZeros(), renewalPeriodMonths, currency);
    }
}
