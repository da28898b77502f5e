package io.upskillplanner.domain.decide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.upskillplanner.domain.BadgeStandard;
import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.CostParts;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CredentialKind;
import io.upskillplanner.domain.DeliveryFormat;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.GoalStatus;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Origin;
import io.upskillplanner.domain.Pacing;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ProfileKind;
import io.upskillplanner.domain.Quality;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.domain.SkillRef;

/** Small builders so each test states only what matters to it. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2025, 1, 6);
    private static final LocalDateTime NOW = LocalDateTime.of(2025, 1, 6, 9, 0);

    private Fixtures() {
    }

    static Profile profile(String weeklyHours, String budget, String currency) {
        return new Profile(UUID.randomUUID(), "Ada", ProfileKind.SELF, "Nurse", "Healthcare",
                new BigDecimal(weeklyHours), Money.of(budget, currency), null, null, false, NOW, NOW, 0);
    }

    static Profile profileWithSalary(Profile profile, String salaryNow) {
        return new Profile(profile.id(), profile.name(), profile.kind(), profile.currentRole(),
                profile.currentIndustry(), profile.weeklyHours(), profile.budget(),
                salaryNow == null ? null : new BigDecimal(salaryNow), null, false, NOW, NOW, 0);
    }

    static GoalBuilder goal(Profile profile) {
        return new GoalBuilder(profile.id());
    }

    static CredentialBuilder credential(String title) {
        return new CredentialBuilder(title);
    }

    static CandidateWithCredential candidate(Goal goal, Credential credential, CandidateStatus status, int order) {
        return candidate(goal, credential, status, order, null);
    }

    static CandidateWithCredential candidate(Goal goal, Credential credential, CandidateStatus status, int order,
                                             LocalDate plannedStart) {
        Candidate candidate = new Candidate(UUID.randomUUID(), goal.id(), credential.id(), status, plannedStart,
                order, null, NOW, NOW, 0);
        return new CandidateWithCredential(candidate, credential);
    }

    static final class GoalBuilder {
        private final UUID profileId;
        private String industry = "Healthcare";
        private LocalDate deadline;
        private BigDecimal budgetCap;
        private BigDecimal weeklyHours;
        private BigDecimal salaryAfter;
        private ScheduleMode mode = ScheduleMode.SEQUENTIAL;
        private List<GoalSkill> skills = List.of();

        private GoalBuilder(UUID profileId) {
            this.profileId = profileId;
        }

        GoalBuilder industry(String value) {
            industry = value;
            return this;
        }

        GoalBuilder deadline(LocalDate value) {
            deadline = value;
            return this;
        }

        GoalBuilder budgetCap(String value) {
            budgetCap = new BigDecimal(value);
            return this;
        }

        GoalBuilder weeklyHours(String value) {
            weeklyHours = new BigDecimal(value);
            return this;
        }

        GoalBuilder salaryAfter(String value) {
            salaryAfter = new BigDecimal(value);
            return this;
        }

        GoalBuilder mode(ScheduleMode value) {
            mode = value;
            return this;
        }

        GoalBuilder skills(GoalSkill... value) {
            skills = List.of(value);
            return this;
        }

        Goal build() {
            return new Goal(UUID.randomUUID(), profileId, "Become a clinical data analyst", "Clinical data analyst",
                    industry, deadline, budgetCap, weeklyHours, salaryAfter, 3, GoalStatus.ACTIVE, mode, null,
                    skills, NOW, NOW, 0);
        }
    }

    static final class CredentialBuilder {
        private final String title;
        private CostParts costs = CostParts.free("EUR");
        private int effortHours = 40;
        private Integer fixedWeeks;
        private Quality quality = new Quality(null, null, 0, 0);
        private List<SkillRef> skills = List.of();
        private List<Recognition> recognition = List.of();

        private CredentialBuilder(String title) {
            this.title = title;
        }

        CredentialBuilder cost(String oneOff, String currency) {
            costs = new CostParts(new BigDecimal(oneOff), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null,
                    currency);
            return this;
        }

        CredentialBuilder costs(CostParts value) {
            costs = value;
            return this;
        }

        CredentialBuilder effort(int hours) {
            effortHours = hours;
            return this;
        }

        CredentialBuilder fixedWeeks(Integer weeks) {
            fixedWeeks = weeks;
            return this;
        }

        CredentialBuilder quality(Quality value) {
            quality = value;
            return this;
        }

        CredentialBuilder skills(String... labels) {
            skills = Arrays.stream(labels).map(SkillRef::of).toList();
            return this;
        }

        CredentialBuilder recognition(Recognition... value) {
            recognition = List.of(value);
            return this;
        }

        Credential build() {
            return new Credential(UUID.randomUUID(), title, null, "Provider", CredentialKind.CERTIFICATE, null,
                    costs, effortHours, fixedWeeks, DeliveryFormat.ONLINE,
                    fixedWeeks == null ? Pacing.SELF_PACED : Pacing.COHORT, quality, null, BadgeStandard.NONE,
                    null, null, null, null, null, Origin.USER, null, skills, recognition, 0);
        }
    }
}
