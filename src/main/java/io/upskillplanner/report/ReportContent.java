package io.upskillplanner.report;

import java.util.List;
import java.util.Objects;

import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.SessionNote;

/** Everything a report shows, loaded up front so that rendering needs no database. */
public record ReportContent(Profile profile, List<GoalPlan> goals, List<SessionNote> sessionNotes) {

    public ReportContent {
        Objects.requireNonNull(profile, "profile");
        goals = List.copyOf(goals);
        sessionNotes = List.copyOf(sessionNotes);
    }
}
