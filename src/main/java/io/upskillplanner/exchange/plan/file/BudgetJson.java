package io.upskillplanner.exchange.plan.file;

import java.math.BigDecimal;

/** The schema's {@code profile.budget}. */
public record BudgetJson(@Bounded(Bound.MONEY) BigDecimal amount, String currency) {
}
