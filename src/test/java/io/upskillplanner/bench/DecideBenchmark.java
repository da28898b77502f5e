package io.upskillplanner.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import io.upskillplanner.domain.BadgeStandard;
import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.CostParts;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CredentialKind;
import io.upskillplanner.domain.DeliveryFormat;
import io.upskillplanner.domain.ExchangeRate;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.GoalStatus;
import io.upskillplanner.domain.Industries;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Origin;
import io.upskillplanner.domain.Pacing;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ProfileKind;
import io.upskillplanner.domain.Quality;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.domain.decide.CandidateWithCredential;
import io.upskillplanner.domain.decide.PlanEvaluation;
import io.upskillplanner.domain.decide.PlanEvaluator;
import io.upskillplanner.domain.decide.ScoringWeights;

/**
 * Times {@link PlanEvaluator#evaluate} on one goal with 1,000 seeded random candidates, in both
 * schedule modes, and reports the figures. Part of {@code ./mvnw -Pbench verify}.
 */
public final class DecideBenchmark implements Benchmark {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 6);
    private static final LocalDateTime NOW = LocalDateTime.of(2025, 1, 6, 9, 0);
    private static final List<String> SKILLS = List.of("SQL", "Python", "Statistics", "Excel", "Tableau", "R",
            "Epidemiology", "HL7 FHIR", "Data governance", "Machine learning", "Communication", "Project management",
            "Cloud", "Security", "Coding", "Anatomy", "Billing", "Lean", "Scrum", "Git");
    private static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF");
    private static final int SIZE = 1000;
    private static final int RUNS = 200;

    @Override
    public String name() {
        return "decide";
    }

    @Override
    public void run(BenchReport report) {
        for (ScheduleMode mode : ScheduleMode.values()) {
            measure(report, mode);
        }
    }

    private void measure(BenchReport report, ScheduleMode mode) {
        Random random = new Random(20250106L);
        Profile profile = new Profile(UUID.randomUUID(), "Bench", ProfileKind.SELF, "Nurse", "Healthcare",
                new BigDecimal("10"), Money.of("8000", "EUR"), new BigDecimal("42000"), null, false, NOW, NOW, 0);
        List<GoalSkill> goalSkills = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            goalSkills.add(GoalSkill.of(SKILLS.get(i), 1 + random.nextInt(5)));
        }
        // A deadline the plan misses, so the what-if suggestions are part of what is timed.
        Goal goal = new Goal(UUID.randomUUID(), profile.id(), "Clinical data analyst", "Clinical data analyst",
                "Healthcare", TODAY.plusWeeks(52), null, null, new BigDecimal("55000"), 3, GoalStatus.ACTIVE, mode,
                null, goalSkills, NOW, NOW, 0);
        List<CandidateWithCredential> candidates = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            Credential credential = credential(random, i);
            Candidate candidate = new Candidate(UUID.randomUUID(), goal.id(), credential.id(), status(random),
                    random.nextInt(10) == 0 ? TODAY.plusDays(random.nextInt(200)) : null, i, null, NOW, NOW, 0);
            candidates.add(new CandidateWithCredential(candidate, credential));
        }
        List<ExchangeRate> rates = List.of(
                new ExchangeRate("EUR", "USD", new BigDecimal("1.08"), TODAY),
                new ExchangeRate("GBP", "EUR", new BigDecimal("1.17"), TODAY),
                new ExchangeRate("USD", "CHF", new BigDecimal("0.88"), TODAY));
        List<SkillRef> earned = List.of(SkillRef.of("Excel"), SkillRef.of("communication"));
        PlanEvaluator evaluator = new PlanEvaluator();
        ScoringWeights weights = ScoringWeights.defaults();

        long sink = 0;
        for (int i = 0; i < RUNS; i++) {
            sink += evaluator.evaluate(profile, goal, candidates, earned, rates, weights, TODAY).candidates().size();
        }
        double[] millis = new double[RUNS];
        PlanEvaluation last = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            last = evaluator.evaluate(profile, goal, candidates, earned, rates, weights, TODAY);
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
            sink += last.candidates().size();
        }
        String key = "decide.evaluate." + SIZE + "." + mode.name().toLowerCase(Locale.ROOT);
        report.figure(key + ".runs", RUNS);
        report.figure(key + ".median_ms", BenchReport.median(millis));
        report.figure(key + ".p95_ms", BenchReport.percentile(millis, 95));
        report.figure(key + ".planned", last.schedule().entries().size());
        report.figure(key + ".checksum", sink);
    }

    private static Credential credential(Random random, int index) {
        List<SkillRef> skills = new ArrayList<>();
        int skillCount = 1 + random.nextInt(6);
        for (int s = 0; s < skillCount; s++) {
            skills.add(SkillRef.of(SKILLS.get(random.nextInt(SKILLS.size()))));
        }
        List<Recognition> recognition = new ArrayList<>();
        for (String industry : Industries.STANDARD) {
            if (random.nextInt(3) == 0) {
                recognition.add(new Recognition(industry, random.nextInt(6), "survey " + index));
            }
        }
        CostParts costs = new CostParts(BigDecimal.valueOf(random.nextInt(3000)),
                BigDecimal.valueOf(random.nextInt(400)),
                BigDecimal.valueOf(random.nextInt(100)), BigDecimal.valueOf(random.nextInt(200)),
                random.nextBoolean() ? 12 + 12 * random.nextInt(3) : null, CURRENCIES.get(random.nextInt(4)));
        Quality quality = new Quality(random.nextBoolean() ? "Body " + random.nextInt(5) : null,
                random.nextBoolean() ? "Standard " + random.nextInt(5) : null, random.nextInt(6), random.nextInt(6));
        Integer fixedWeeks = random.nextInt(4) == 0 ? 4 + random.nextInt(20) : null;
        return new Credential(UUID.randomUUID(), "Credential " + index, null, "Provider", CredentialKind.CERTIFICATE,
                null, costs, 10 + random.nextInt(300), fixedWeeks, DeliveryFormat.ONLINE,
                fixedWeeks == null ? Pacing.SELF_PACED : Pacing.COHORT, quality, null, BadgeStandard.NONE, null, null,
                null, null, null, Origin.USER, null, skills, recognition, 0);
    }

    /** Mostly considered, as in a real catalog search; a few dozen to a few hundred end up in the plan. */
    private static CandidateStatus status(Random random) {
        int roll = random.nextInt(100);
        if (roll < 60) {
            return CandidateStatus.CONSIDERING;
        }
        if (roll < 75) {
            return CandidateStatus.CHOSEN;
        }
        if (roll < 85) {
            return CandidateStatus.ENROLLED;
        }
        if (roll < 92) {
            return CandidateStatus.COMPLETED;
        }
        return CandidateStatus.DROPPED;
    }
}
