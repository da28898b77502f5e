package io.upskillplanner.domain.decide;

import java.util.List;
import java.util.Objects;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.SkillRef;

/** Whether one goal skill is covered, and by which planned credentials or earned badge skills. */
public record SkillCoverage(GoalSkill goalSkill, List<Credential> byCredentials, List<SkillRef> byEarnedSkills) {

    public SkillCoverage {
        Objects.requireNonNull(goalSkill, "goalSkill");
        byCredentials = List.copyOf(byCredentials);
        byEarnedSkills = List.copyOf(byEarnedSkills);
    }

    public boolean isCovered() {
        return !byCredentials.isEmpty() || !byEarnedSkills.isEmpty();
    }
}
