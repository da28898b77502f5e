package io.upskillplanner.ui.recommend;

import java.util.Objects;

import io.upskillplanner.domain.decide.recommend.PlanStep;

/** One credential of the chosen plan, in plan order, as the steps table shows it. */
public record StepRow(PlanStep step, String order, String title, String provider, String start, String finish,
                      String weeks, String weeklyHours, String cost, String why) {

    public StepRow {
        Objects.requireNonNull(step, "step");
    }
}
