package io.upskillplanner.domain;

import java.util.Objects;

/** A skill a person has already shown, with the name of the earned badge that shows it. */
public record EarnedSkill(SkillRef skill, String badgeName) {

    public EarnedSkill {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(badgeName, "badgeName");
    }
}
