package io.upskillplanner.store;

import java.util.List;

import io.upskillplanner.domain.Profile;

import org.jooq.Record;
import org.jooq.Result;

/**
 * Everything a deleted profile took with it, row for row, so that the deletion can be undone
 * exactly: the profile, its weights, session notes, goals with their skills and candidates, and its
 * earned badges with their skills. Kept in memory only until the user can no longer undo.
 */
public final class DeletedProfile {

    private final Profile profile;
    private final List<Result<? extends Record>> rows;
    private final int goals;

    DeletedProfile(Profile profile, List<Result<? extends Record>> rows, int goals) {
        this.profile = profile;
        this.rows = List.copyOf(rows);
        this.goals = goals;
    }

    public Profile profile() {
        return profile;
    }

    /** How many goals were deleted with the profile. */
    public int goalCount() {
        return goals;
    }

    /** The deleted rows, parents before children, ready to insert again in this order. */
    List<Result<? extends Record>> rows() {
        return rows;
    }
}
