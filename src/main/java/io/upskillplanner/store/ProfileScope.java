package io.upskillplanner.store;

import static io.upskillplanner.store.jooq.Tables.GOAL;
import static io.upskillplanner.store.jooq.Tables.PROFILE;

import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Which profiles a connection may see. On the embedded file there is one user and every profile is
 * theirs. On a shared server a profile belongs to the server role that created it (the column
 * defaults to {@code current_user}), the catalog belongs to the team. Row-level security on the
 * server enforces the same rule; filtering here too keeps a counselor who logs in with a role that
 * bypasses it (a superuser, say) from seeing colleagues' clients in the app.
 */
final class ProfileScope {

    private final boolean ownProfilesOnly;

    private ProfileScope(boolean ownProfilesOnly) {
        this.ownProfilesOnly = ownProfilesOnly;
    }

    static ProfileScope of(DSLContext dsl) {
        return new ProfileScope(dsl.dialect().family() == SQLDialect.POSTGRES);
    }

    /** The profiles this connection may see. */
    Condition profiles() {
        return ownProfilesOnly ? PROFILE.OWNER.eq(DSL.currentUser()) : DSL.noCondition();
    }

    /** Rows whose profile this connection may see. */
    Condition ofVisibleProfile(Field<UUID> profileId) {
        return ownProfilesOnly ? profileId.in(DSL.select(PROFILE.ID).from(PROFILE).where(profiles()))
                : DSL.noCondition();
    }

    /** Rows whose goal belongs to a profile this connection may see. */
    Condition ofVisibleGoal(Field<UUID> goalId) {
        return ownProfilesOnly ? goalId.in(DSL.select(GOAL.ID).from(GOAL).where(ofVisibleProfile(GOAL.PROFILE_ID)))
                : DSL.noCondition();
    }
}
