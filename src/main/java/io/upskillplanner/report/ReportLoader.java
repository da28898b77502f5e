package io.upskillplanner.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.upskillplanner.domain.EarnedBadge;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.SessionNote;
import io.upskillplanner.domain.decide.PlanInputs;
import io.upskillplanner.store.Store;

/** Reads and evaluates what a report shows, with the same evaluation the compare screen uses. */
public final class ReportLoader {

    private final Store store;

    public ReportLoader(Store store) {
        this.store = store;
    }

    /**
     * @throws InputRejectedException when the profile does not exist or a chosen goal is not one of its goals
     */
    public ReportContent load(UUID profileId, ReportOptions options, ReportMonitor monitor) {
        Profile profile = store.profiles().find(profileId)
                .orElseThrow(() -> new InputRejectedException("profile " + profileId, null, "does not exist"));
        List<Goal> all = store.goals().listForProfile(profileId);
        List<Goal> chosen = new ArrayList<>();
        if (options.goalIds().isEmpty()) {
            chosen.addAll(all);
        } else {
            for (UUID id : options.goalIds()) {
                chosen.add(all.stream().filter(g -> g.id().equals(id)).findFirst()
                        .orElseThrow(() -> new InputRejectedException("goal " + id, null,
                                "is not a goal of the profile '" + profile.name() + "'")));
            }
        }
        List<EarnedBadge> badges = store.earnedBadges().list(profileId);
        List<GoalPlan> plans = new ArrayList<>(chosen.size());
        for (Goal goal : chosen) {
            monitor.checkCancelled();
            PlanInputs inputs = store.plans().load(goal.id());
            plans.add(new GoalPlan(goal, inputs.evaluate(options.today()), relevantBadges(inputs, badges)));
        }
        List<SessionNote> notes = options.has(ReportSection.SESSION_NOTES)
                ? store.profiles().sessionNotes(profileId) : List.of();
        return new ReportContent(profile, plans, notes);
    }

    /** The badges that prove one of the goal's skills or are the earned copy of one of its candidates. */
    static List<EarnedBadge> relevantBadges(PlanInputs inputs, List<EarnedBadge> badges) {
        Set<UUID> candidates = new HashSet<>();
        inputs.candidates().forEach(c -> candidates.add(c.credential().id()));
        List<EarnedBadge> relevant = new ArrayList<>();
        for (EarnedBadge badge : badges) {
            boolean candidate = badge.credentialId() != null && candidates.contains(badge.credentialId());
            boolean provesSkill = badge.skills().stream().anyMatch(skill -> inputs.goal().skills().stream()
                    .anyMatch(needed -> needed.skill().matches(skill)));
            if (candidate || provesSkill) {
                relevant.add(badge);
            }
        }
        return relevant;
    }
}
