package io.upskillplanner.bench;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import io.upskillplanner.domain.BadgeStandard;
import io.upskillplanner.domain.CostParts;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CredentialKind;
import io.upskillplanner.domain.DeliveryFormat;
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
import io.upskillplanner.domain.decide.ScoringWeights;
import io.upskillplanner.domain.decide.recommend.PlanKind;
import io.upskillplanner.domain.decide.recommend.RecommendModel;
import io.upskillplanner.domain.decide.recommend.RecommendProgress;
import io.upskillplanner.domain.decide.recommend.RecommendRequest;
import io.upskillplanner.domain.decide.recommend.Recommendation;
import io.upskillplanner.domain.decide.recommend.Recommender;
import io.upskillplanner.domain.decide.recommend.SolveLimits;
import io.upskillplanner.domain.decide.recommend.SolveOutcome;
import io.upskillplanner.exchange.DemoSeeder;
import io.upskillplanner.solver.ChocoPlanSolver;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.RecommendLoader;
import io.upskillplanner.store.Store;

/**
 * Times the recommendation: for every demo goal (loaded through the store, then solved warm) and
 * for a goal of 8 skills over a seeded 100,000-credential catalogue held in memory (pre-filtering
 * included). Reports time to the first plan, in all, whether the optimum was proven (else the
 * coverage gap), and the bytes the run allocated and the heap it left in use.
 */
public final class RecommendBenchmark implements Benchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 9, 0);
    private static final int WARMUP = 15;
    private static final int RUNS = 30;
    private static final int CATALOGUE = 100_000;
    private static final int SKILL_POOL = 1_000;

    private final Recommender recommender = new Recommender(new ChocoPlanSolver());

    @Override
    public String name() {
        return "recommend";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        demoGoals(report);
        for (ScheduleMode mode : ScheduleMode.values()) {
            largeCatalogue(report, mode);
        }
    }

    private void demoGoals(BenchReport report) throws Exception {
        Path dir = Files.createTempDirectory("bench-recommend");
        List<RecommendRequest> requests = new ArrayList<>();
        try (Database database = Database.openH2(new DataFolder(dir))) {
            Store store = new Store(database);
            new DemoSeeder(store).seedIfNew();
            RecommendLoader loader = new RecommendLoader(store);
            for (Profile profile : store.profiles().list()) {
                for (Goal goal : store.goals().listForProfile(profile.id())) {
                    long start = System.nanoTime();
                    requests.add(loader.load(goal.id(), Set.of(), TODAY));
                    report.figure("recommend.demo." + requests.size() + ".load_ms", (System.nanoTime() - start) / 1e6);
                }
            }
        }
        int index = 0;
        for (RecommendRequest request : requests) {
            index++;
            String key = "recommend.demo." + index;
            report.text(key + ".goal", request.goal().title());
            measure(report, key + ".best", request, false);
            measure(report, key + ".alternatives", request, true);
        }
    }

    private void measure(BenchReport report, String key, RecommendRequest request, boolean alternatives) {
        SolveLimits limits = SolveLimits.of(SolveLimits.DEFAULT_TIME_LIMIT);
        for (int i = 0; i < WARMUP; i++) {
            recommender.recommend(request, alternatives, limits, RecommendProgress.NONE);
        }
        double[] total = new double[RUNS];
        double[] first = new double[RUNS];
        Recommendation last = null;
        for (int i = 0; i < RUNS; i++) {
            last = recommender.recommend(request, alternatives, limits, RecommendProgress.NONE);
            total[i] = last.nanosTotal() / 1e6;
            first[i] = last.nanosToFirstPlan() / 1e6;
        }
        report.figure(key + ".median_ms", BenchReport.median(total));
        report.figure(key + ".p95_ms", BenchReport.percentile(total, 95));
        report.figure(key + ".first_plan_median_ms", BenchReport.median(first));
        report.figure(key + ".options", last.options());
        report.figure(key + ".considered", last.considered());
        report.text(key + ".proven", String.valueOf(last.proven()));
        report.figure(key + ".coverage_percent", last.best().coveragePercent());
    }

    private void largeCatalogue(BenchReport report, ScheduleMode mode) {
        RecommendRequest request = largeRequest(mode);
        String key = "recommend.100k." + mode.name().toLowerCase(java.util.Locale.ROOT);
        largeCatalogue(report, key, request);
    }

    /** A goal of 8 skills over a seeded catalogue of 100,000 credentials, the same on every run. */
    static RecommendRequest largeRequest(ScheduleMode mode) {
        Random random = new Random(20261128L);
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < SKILL_POOL; i++) {
            pool.add("Skill " + i);
        }
        List<Credential> catalogue = new ArrayList<>(CATALOGUE);
        for (int i = 0; i < CATALOGUE; i++) {
            catalogue.add(credential(random, i, pool));
        }
        Profile profile = new Profile(UUID.randomUUID(), "Bench", ProfileKind.SELF, "Nurse", "Healthcare",
                new BigDecimal("8"), Money.of("3000", "EUR"), null, null, false, NOW, NOW, 0);
        List<GoalSkill> skills = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            skills.add(GoalSkill.of(pool.get(s * 37), 1 + random.nextInt(5)));
        }
        Goal goal = new Goal(UUID.randomUUID(), profile.id(), "Eight skills", "Analyst", "Healthcare",
                TODAY.plusWeeks(52), null, null, null, 3, GoalStatus.ACTIVE, mode, null, skills, NOW, NOW, 0);
        return new RecommendRequest(profile, goal, catalogue, List.of(), Set.of(), List.of(),
                Map.of(), List.of(), ScoringWeights.defaults(), Set.of(), TODAY);
    }

    private void largeCatalogue(BenchReport report, String key, RecommendRequest request) {

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        // The limit bounds the whole recommendation, pre-filter included: the 2 s the issue allows.
        SolveLimits limits = SolveLimits.of(SolveLimits.DEFAULT_TIME_LIMIT);
        Recommendation cold = recommender.recommend(request, false, limits, RecommendProgress.NONE);
        report.figure(key + ".cold_ms", cold.nanosTotal() / 1e6);
        for (int i = 0; i < 3; i++) {
            recommender.recommend(request, false, limits, RecommendProgress.NONE);
        }
        int runs = 5;
        double[] total = new double[runs];
        double[] first = new double[runs];
        long allocated = 0;
        Recommendation last = null;
        for (int i = 0; i < runs; i++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            last = recommender.recommend(request, false, limits, RecommendProgress.NONE);
            allocated = threads.getCurrentThreadAllocatedBytes() - before;
            total[i] = last.nanosTotal() / 1e6;
            first[i] = last.nanosToFirstPlan() / 1e6;
        }
        report.figure(key + ".median_ms", BenchReport.median(total));
        report.figure(key + ".first_plan_median_ms", BenchReport.median(first));
        report.figure(key + ".considered", last.considered());
        report.figure(key + ".options", last.options());
        report.text(key + ".proven", String.valueOf(last.proven()));
        report.text(key + ".gap_percent", last.best().gapPercent().map(String::valueOf).orElse("none"));
        report.figure(key + ".coverage_percent", last.best().coveragePercent());
        report.figure(key + ".plan_size", last.best().steps().size());
        report.figure(key + ".allocated_mb_per_run", allocated / (1024.0 * 1024.0));
        Recommendation withAlternatives = recommender.recommend(request, true, limits, RecommendProgress.NONE);
        report.figure(key + ".alternatives_ms", withAlternatives.nanosTotal() / 1e6);
        report.text(key + ".alternatives_proven", String.valueOf(withAlternatives.proven()));
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        report.figure(key + ".heap_in_use_mb_with_catalogue", (runtime.totalMemory() - runtime.freeMemory())
                / (1024.0 * 1024.0));
        phases(report, key, request, limits);
    }

    /** Where the time goes: building the model (pre-filter, costing, dominance) and the solver's search alone. */
    private static void phases(BenchReport report, String key, RecommendRequest request, SolveLimits limits) {
        int runs = 5;
        double[] build = new double[runs];
        double[] solve = new double[runs];
        double[] first = new double[runs];
        SolveOutcome outcome = null;
        ChocoPlanSolver solver = new ChocoPlanSolver();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            RecommendModel model = Recommender.model(request);
            build[i] = (System.nanoTime() - start) / 1e6;
            outcome = solver.solve(model, PlanKind.BEST.order(), limits);
            solve[i] = outcome.nanosTotal() / 1e6;
            first[i] = outcome.nanosToFirst() / 1e6;
        }
        report.figure(key + ".phase.model_build_median_ms", BenchReport.median(build));
        report.figure(key + ".phase.solve_best_median_ms", BenchReport.median(solve));
        report.figure(key + ".phase.solve_best_first_plan_median_ms", BenchReport.median(first));
        report.text(key + ".phase.solve_best_status", outcome.status().name());
        report.figure(key + ".phase.solve_best_plans_found", outcome.plansFound());
    }

    private static Credential credential(Random random, int index, List<String> pool) {
        List<SkillRef> skills = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int s = 0; s < count; s++) {
            skills.add(SkillRef.of(pool.get(random.nextInt(pool.size()))));
        }
        List<Recognition> recognition = new ArrayList<>();
        for (String industry : Industries.STANDARD) {
            if (random.nextInt(3) == 0) {
                recognition.add(new Recognition(industry, random.nextInt(6), null));
            }
        }
        CostParts costs = new CostParts(BigDecimal.valueOf(random.nextInt(2500)), BigDecimal.valueOf(random.nextInt(300)),
                BigDecimal.ZERO, BigDecimal.valueOf(random.nextInt(200)),
                random.nextBoolean() ? 12 + 12 * random.nextInt(3) : null, "EUR");
        Quality quality = new Quality(random.nextBoolean() ? "Body" : null, null, random.nextInt(6), random.nextInt(6));
        Integer fixedWeeks = random.nextInt(4) == 0 ? 4 + random.nextInt(20) : null;
        return new Credential(UUID.randomUUID(), "Credential " + index, null, "Provider", CredentialKind.CERTIFICATE,
                null, costs, 10 + random.nextInt(300), fixedWeeks, DeliveryFormat.ONLINE,
                fixedWeeks == null ? Pacing.SELF_PACED : Pacing.COHORT, quality, null, BadgeStandard.NONE, null, null,
                null, null, null, Origin.USER, null, skills, recognition, 0);
    }
}
