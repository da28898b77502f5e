package io.upskillplanner.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.upskillplanner.domain.EarnedBadge;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.SessionNote;
import io.upskillplanner.domain.decide.MissingExchangeRateException;
import io.upskillplanner.domain.decide.Phrase;
import io.upskillplanner.domain.decide.PlanEvaluation;
import io.upskillplanner.domain.decide.PlanInputs;
import io.upskillplanner.domain.decide.recommend.PlanSolver;
import io.upskillplanner.domain.decide.recommend.RecommendProgress;
import io.upskillplanner.domain.decide.recommend.RecommendRequest;
import io.upskillplanner.domain.decide.recommend.Recommendation;
import io.upskillplanner.domain.decide.recommend.Recommender;
import io.upskillplanner.domain.decide.recommend.SolveLimits;
import io.upskillplanner.store.RecommendLoader;
import io.upskillplanner.store.Store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and evaluates what a report shows, with the same evaluation the compare screen uses, and,
 * when the report has the section {@link ReportSection#RECOMMENDATION}, recommends a plan for each
 * goal as {@code recommend} does (the whole catalogue, no exclusions, the best plan only) with
 * the solver the caller hands in: only the faces pick the solver.
 */
public final class ReportLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ReportLoader.class);

    private final Store store;
    private final PlanSolver solver;
    private final Duration timeLimit;

    /** With the command line's default time limit per goal, {@link SolveLimits#DEFAULT_TIME_LIMIT}. */
    public ReportLoader(Store store, PlanSolver solver) {
        this(store, solver, SolveLimits.DEFAULT_TIME_LIMIT);
    }

    public ReportLoader(Store store, PlanSolver solver, Duration timeLimit) {
        this.store = Objects.requireNonNull(store, "store");
        this.solver = Objects.requireNonNull(solver, "solver");
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
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
            PlanEvaluation evaluation = inputs.evaluate(options.today());
            List<EarnedBadge> relevant = relevantBadges(inputs, badges);
            if (options.has(ReportSection.RECOMMENDATION)) {
                plans.add(withRecommendation(goal, evaluation, relevant, options, monitor));
            } else {
                plans.add(new GoalPlan(goal, evaluation, relevant));
            }
        }
        List<SessionNote> notes = options.has(ReportSection.SESSION_NOTES)
                ? store.profiles().sessionNotes(profileId) : List.of();
        return new ReportContent(profile, plans, notes);
    }

    /**
     * The goal with the recommendation {@code recommend --today} would print for the report's day,
     * searched within the time limit and stopped by the monitor's cancel. A goal the recommendation
     * cannot be computed for (a missing exchange rate, no weekly hours) still gets its chapter.
     */
    private GoalPlan withRecommendation(Goal goal, PlanEvaluation evaluation, List<EarnedBadge> relevant,
                                        ReportOptions options, ReportMonitor monitor) {
        RecommendRequest request = new RecommendLoader(store).load(goal.id(), Set.of(), options.today());
        Optional<Recommendation> recommendation = Optional.empty();
        Optional<Phrase> unavailable = Optional.empty();
        try {
            recommendation = Optional.of(new Recommender(solver).recommend(request, false,
                    new SolveLimits(timeLimit, monitor::isCancelled), RecommendProgress.NONE));
        } catch (MissingExchangeRateException e) {
            unavailable = Optional.of(e.phrase());
        } catch (IllegalArgumentException e) {
            LOG.debug("No recommendation for goal {}", goal.id(), e);
        }
        monitor.checkCancelled();
        return new GoalPlan(goal, evaluation, relevant, recommendation, unavailable);
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
