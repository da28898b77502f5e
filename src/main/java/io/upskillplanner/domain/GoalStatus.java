package io.upskillplanner.domain;

/** Where a goal stands. */
public enum GoalStatus {
    ACTIVE, ON_HOLD, ACHIEVED, DROPPED
}
