package io.upskillplanner.ui.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.CatalogFilter;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalStatus;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ProfileKind;
import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.store.Store;

/**
 * A profile whose one goal cannot work: 100 EUR for three paid credentials of 20 to 60 hours,
 * 2 hours a week and a deadline six weeks after {@code today}. Shared by the view model and command line tests.
 */
public final class InfeasiblePlanFixture {

    public static final String PROFILE = "Tight Plan";
    public static final String GOAL = "Too much too soon";

    private InfeasiblePlanFixture() {
    }

    public static Goal create(Store store, LocalDate today) {
        Profile profile = store.profiles().save(Profile.create(PROFILE, ProfileKind.CLIENT, new BigDecimal("2"),
                Money.of(100, "EUR")));
        LocalDateTime now = LocalDateTime.now();
        Goal goal = store.goals().save(new Goal(UUID.randomUUID(), profile.id(), GOAL, "Cloud engineer",
                "Technology", today.plusWeeks(6), null, null, null, 1, GoalStatus.ACTIVE, ScheduleMode.SEQUENTIAL,
                null, List.of(), now, now, 0));
        // Short enough that more hours a week could still save the deadline, so every suggestion shows.
        List<Credential> paid = store.catalog().search(CatalogFilter.ALL, Integer.MAX_VALUE).stream()
                .filter(c -> c.costs().oneOff().amount().signum() > 0 && c.fixedDurationWeeks() == null
                        && c.effortHours() >= 20 && c.effortHours() <= 60)
                .limit(3).toList();
        if (paid.size() < 3) {
            throw new IllegalStateException("The demo catalog changed: fewer than three short paid credentials");
        }
        int order = 1;
        for (Credential credential : paid) {
            Candidate candidate = Candidate.create(goal.id(), credential.id(), order++);
            store.candidates().save(new Candidate(candidate.id(), goal.id(), credential.id(), CandidateStatus.CHOSEN,
                    null, candidate.order(), null, now, now, 0));
        }
        return goal;
    }
}
