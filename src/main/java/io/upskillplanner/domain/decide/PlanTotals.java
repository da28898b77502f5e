package io.upskillplanner.domain.decide;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.upskillplanner.domain.Money;

/**
 * The plan as a whole, in the profile's currency. It is feasible when it stays within the budget
 * and finishes by the deadline; {@code infeasibleBecause} says what breaks it.
 */
public record PlanTotals(
        Money totalCost,
        Money budget,
        boolean withinBudget,
        Money overBudgetBy,
        LocalDate finish,
        Optional<LocalDate> deadline,
        boolean beforeDeadline,
        boolean feasible,
        List<Phrase> infeasibleBecause,
        ReturnOnInvestment returnOnInvestment) {

    public PlanTotals {
        Objects.requireNonNull(totalCost, "totalCost");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(overBudgetBy, "overBudgetBy");
        Objects.requireNonNull(finish, "finish");
        Objects.requireNonNull(deadline, "deadline");
        infeasibleBecause = List.copyOf(infeasibleBecause);
        Objects.requireNonNull(returnOnInvestment, "returnOnInvestment");
    }
}
