package io.upskillplanner.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * Times {@link PlanEvaluator#evaluate} on one goal with 1,000 seeded random candidates and prints
 * key=value figures. A figure, not a pass/fail test: the name does not end in Test so surefire skips it.
 * Arguments (optional): candidates, measured runs, schedule mode.
 */
public final class DecideBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 6);
    private static final LocalDateTime NOW = LocalDateTime.of(2025, 1, 6, 9, 0);
    private static final List<String> SKILLS = List.of("SQL", "Python", "Statistics", "Excel", "Tableau", "R",
            "Epidemiology", "HL7 FHIR", "Data governance", "Machine learning", "Communication", "Project management",
            "Cloud", "Security", "Coding", "Anatomy", "Billing", "Lean", "Scrum", "Git");
    private static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF");

    private DecideBenchmark() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        ScheduleMode mode = args.length > 2 ? ScheduleMode.valueOf(args[2]) : ScheduleMode.SEQUENTIAL;
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
        List<CandidateWithCredential> candidates = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
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
        for (int i = 0; i < Math.max(200, runs); i++) {
            sink += evaluator.evaluate(profile, goal, candidates, earned, rates, weights, TODAY).candidates().size();
        }
        double[] millis = new double[runs];
        PlanEvaluation last = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = evaluator.evaluate(profile, goal, candidates, earned, rates, weights, TODAY);
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
            sink += last.candidates().size();
        }
        Arrays.sort(millis);
        String key = "decide.evaluate." + size + (mode == ScheduleMode.PARALLEL ? ".parallel" : "");
        System.out.printf("%s.runs=%d%n", key, runs);
        System.out.printf("%s.median_ms=%.3f%n", key, percentile(millis, 50));
        System.out.printf("%s.p95_ms=%.3f%n", key, percentile(millis, 95));
        System.out.printf("%s.max_ms=%.3f%n", key, millis[millis.length - 1]);
        System.out.printf("%s.planned=%d%n", key, last.schedule().entries().size());
        System.out.printf("%s.cpus=%d%n", key, Runtime.getRuntime().availableProcessors());
        System.out.printf("%s.checksum=%d%n", key, sink);
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

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
