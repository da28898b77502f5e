package io.upskillplanner.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.CatalogFilter;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.GoalStatus;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ProfileKind;
import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.domain.SessionNote;
import io.upskillplanner.store.Store;

/** Profiles for report tests and benchmarks, made from the demo catalog of a seeded store. */
public final class ReportFixtures {

    public static final String UNICODE_NAME = "Zoë Ñúñez-Øberg 王芳";
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

    private ReportFixtures() {
    }

    /** A profile with {@code goals} goals of {@code candidates} candidates each; the first three of each are chosen. */
    public static Profile profileWithGoals(Store store, String name, int goals, int candidates) {
        LocalDateTime now = LocalDateTime.of(2026, 11, 1, 9, 30);
        Profile profile = store.profiles().save(new Profile(java.util.UUID.randomUUID(), name, ProfileKind.CLIENT,
                "Bookkeeper", "Business & Finance", new BigDecimal("8"), Money.of(4000, "EUR"), new BigDecimal("38000"),
                "Wants a role with more data work.", false, now, now, 0));
        // The catalog lists titles ignoring case since V3; these fixtures keep the picks they were written
        // against (case-sensitive title order), whose titles fit the report's table on one line.
        List<Credential> catalog = new ArrayList<>(store.catalog().search(CatalogFilter.text(null), Integer.MAX_VALUE));
        catalog.sort(Comparator.comparing(Credential::title).thenComparing(Credential::id));
        String[] industries = {"Technology", "Healthcare", "Business & Finance", "Manufacturing", "Education"};
        for (int g = 0; g < goals; g++) {
            Goal goal = store.goals().save(new Goal(java.util.UUID.randomUUID(), profile.id(),
                    "Data analyst in " + industries[g % industries.length] + " (plan " + (char) ('A' + g) + ")",
                    "Data analyst", industries[g % industries.length], TODAY.plusMonths(10 + 3L * g), null, null,
                    new BigDecimal("52000"), g + 1, GoalStatus.ACTIVE, g % 2 == 0 ? ScheduleMode.SEQUENTIAL
                    : ScheduleMode.PARALLEL, "Notes for goal " + (g + 1) + ": ask the employer about reimbursement.",
                    List.of(GoalSkill.of("SQL", 5), GoalSkill.of("data analysis", 4), GoalSkill.of("statistics", 3),
                            GoalSkill.of("cloud computing", 2)), now, now, 0));
            for (int c = 0; c < candidates; c++) {
                Credential credential = catalog.get((g * 7 + c) % catalog.size());
                CandidateStatus status = c < 3 ? CandidateStatus.CHOSEN : CandidateStatus.CONSIDERING;
                store.candidates().save(new Candidate(java.util.UUID.randomUUID(), goal.id(), credential.id(), status,
                        null, c + 1, c == 0 ? "Start here: it is the cheapest." : null, now, now, 0));
            }
        }
        store.profiles().saveSessionNote(new SessionNote(java.util.UUID.randomUUID(), profile.id(), now, now,
                "First session: " + name + " wants a plan that fits around a full-time job."));
        return profile;
    }

    /** Titles of the chosen credentials of every goal of a profile. */
    public static List<String> chosenTitles(Store store, Profile profile) {
        List<String> titles = new ArrayList<>();
        for (Goal goal : store.goals().listForProfile(profile.id())) {
            store.plans().candidates(goal.id()).stream().filter(c -> c.candidate().isInPlan())
                    .forEach(c -> titles.add(c.credential().title()));
        }
        return titles;
    }
}
