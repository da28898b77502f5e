package io.upskillplanner.domain.decide.recommend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.decide.Phrase;

/**
 * One credential of a recommended plan: when it is studied, at how many hours a week, what it
 * costs over the horizon in the profile's currency (renewals counted from this finish), and why
 * it is in.
 */
public record PlanStep(Credential credential, int order, LocalDate start, LocalDate finish, long weeks,
                       BigDecimal weeklyHours, Money cost, Phrase why) {

    public PlanStep {
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(finish, "finish");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(why, "why");
    }
}
