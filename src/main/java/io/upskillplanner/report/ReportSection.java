package io.upskillplanner.report;

import java.util.EnumSet;
import java.util.Set;

/** The parts of a report a user can leave out; the cover and the table of contents are always there. */
public enum ReportSection {
    SUMMARY,
    CANDIDATES,
    SCORE_BREAKDOWN,
    CHARTS,
    SCHEDULE,
    SKILL_GAP,
    /** Each goal's plan beside the plan the solver recommends for it, computed when the report is made. */
    RECOMMENDATION,
    RETURN_ON_INVESTMENT,
    GOAL_NOTES,
    SESSION_NOTES,
    SOURCES,
    ABOUT_MICRO_CREDENTIALS;

    public static Set<ReportSection> all() {
        return EnumSet.allOf(ReportSection.class);
    }
}
