package io.upskillplanner.domain;

import java.util.Objects;

/** A skill a goal needs, with its importance from 1 (nice to have) to 5 (essential). */
public record GoalSkill(SkillRef skill, int importance) {

    public GoalSkill {
        Objects.requireNonNull(skill, "skill");
        if (importance < 1 || importance > 5) {
            throw new DomainRuleException("error.domain.importance", importance);
        }
    }

    public static GoalSkill of(String label, int importance) {
        return new GoalSkill(SkillRef.of(label), importance);
    }
}
