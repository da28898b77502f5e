package io.upskillplanner.domain;

/** Whether a goal's candidates are studied one after another or side by side. */
public enum ScheduleMode {
    SEQUENTIAL, PARALLEL
}
