package io.upskillplanner.ui.recommend;

import java.util.Objects;

import io.upskillplanner.domain.decide.recommend.RecommendedPlan;

/** One plan on the frontier as the Recommend screen's table shows it. */
public record PlanRow(RecommendedPlan plan, String title, String coverage, String recognition, String cost,
                      String finish, String givesUp, String status) {

    public PlanRow {
        Objects.requireNonNull(plan, "plan");
    }
}
