package io.upskillplanner.domain;

/** Whether a learner sets the pace or follows a cohort calendar. */
public enum Pacing {
    SELF_PACED, COHORT
}
