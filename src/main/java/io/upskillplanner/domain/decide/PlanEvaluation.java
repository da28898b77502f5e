package io.upskillplanner.domain.decide;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The decision aid for one goal: every candidate judged, the plan's timeline, totals and skill gap. */
public record PlanEvaluation(List<CandidateEvaluation> candidates, Schedule schedule, PlanTotals totals,
                             SkillGap skillGap) {

    public PlanEvaluation {
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(skillGap, "skillGap");
    }

    /** Candidates best first; the record itself keeps the order they were given in. */
    public List<CandidateEvaluation> byRank() {
        return candidates.stream().sorted(Comparator.comparingInt(CandidateEvaluation::rank)).toList();
    }
}
