package io.upskillplanner.domain.decide.recommend;

import java.util.Objects;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.DomainRuleException;

/**
 * One credential as the solver sees it: whole numbers only. {@code costCents} is its cost over the
 * horizon in the profile's currency, rounded up to the cent, with renewals counted as if it
 * finished as early as it can (so the budget check never underestimates); {@code skills} are
 * indices into {@link RecommendModel#skills()} it newly covers; {@code recognition} is its level
 * 0–5 in the goal's industry; {@code quality} its score 0–100 with the profile's weights;
 * {@code prerequisites} indices of options that must be in the plan with it.
 */
public record PlanOption(
        Credential credential,
        int costCents,
        int effortHours,
        int fixedWeeks,
        int[] skills,
        int recognition,
        int quality,
        int[] prerequisites) {

    public PlanOption {
        Objects.requireNonNull(credential, "credential");
        skills = skills.clone();
        prerequisites = prerequisites.clone();
        if (costCents < 0 || effortHours < 0 || fixedWeeks < 0) {
            throw new DomainRuleException("error.domain.optionNegative");
        }
        if (recognition < 0 || recognition > 5 || quality < 0 || quality > 100) {
            throw new DomainRuleException("error.domain.optionScales");
        }
    }

    @Override
    public int[] skills() {
        return skills.clone();
    }

    @Override
    public int[] prerequisites() {
        return prerequisites.clone();
    }

    boolean covers(int skill) {
        for (int s : skills) {
            if (s == skill) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return credential.title();
    }
}
