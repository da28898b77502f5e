package io.upskillplanner.ui.goals;

import java.util.List;

import io.upskillplanner.domain.GoalSkill;

/** One skill of the goal as the skill gap list shows it: what covers it, by name; empty is a gap. */
public record GapRow(GoalSkill skill, List<String> coveredBy) {

    public GapRow {
        coveredBy = List.copyOf(coveredBy);
    }

    public boolean covered() {
        return !coveredBy.isEmpty();
    }
}
