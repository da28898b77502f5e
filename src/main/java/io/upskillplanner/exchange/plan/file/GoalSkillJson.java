package io.upskillplanner.exchange.plan.file;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** The schema's {@code goal.skills} item: a skill with how much the goal needs it. */
public record GoalSkillJson(String label, @JsonInclude(Include.NON_NULL) String uri,
                            @Bounded(Bound.LEVEL) Integer importance) {
}
