package io.upskillplanner.domain.decide.recommend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.decide.Phrase;

/**
 * One plan on the frontier. {@code coveragePercent} is the importance-weighted share of the goal's
 * skills it covers, counting what the person already holds; {@code recognition} the
 * importance-weighted mean (0–5) of the best recognition in the goal's industry per goal skill.
 * {@code givesUp} says what it trades against the best plan (empty for the best itself);
 * {@code gapPercent} is, when the search was stopped, how much more coverage a proven bound still
 * allows.
 */
public record RecommendedPlan(
        PlanKind kind,
        List<PlanStep> steps,
        Money totalCost,
        LocalDate finish,
        int coveragePercent,
        BigDecimal recognition,
        List<String> coveredSkills,
        List<String> missingSkills,
        boolean sameAsBest,
        List<Phrase> givesUp,
        SolveStatus status,
        Optional<Integer> gapPercent) {

    public RecommendedPlan {
        Objects.requireNonNull(kind, "kind");
        steps = List.copyOf(steps);
        Objects.requireNonNull(totalCost, "totalCost");
        Objects.requireNonNull(finish, "finish");
        Objects.requireNonNull(recognition, "recognition");
        coveredSkills = List.copyOf(coveredSkills);
        missingSkills = List.copyOf(missingSkills);
        givesUp = List.copyOf(givesUp);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(gapPercent, "gapPercent");
    }
}
