package io.upskillplanner.domain.decide.recommend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.domain.decide.CredentialCost;
import io.upskillplanner.domain.decide.CurrencyConverter;
import io.upskillplanner.domain.decide.IndustryNames;
import io.upskillplanner.domain.decide.Phrase;
import io.upskillplanner.domain.decide.PlanEvaluator;
import io.upskillplanner.domain.decide.Scheduler;

/**
 * Recommends a plan for a goal from the whole catalogue: builds the model ({@link ModelBuilder}),
 * has the solver find the best plan and, when asked, the cheapest, the fastest and the most
 * recognised, lays each out in time, costs it exactly, and explains it. When the best plan leaves
 * a teachable skill uncovered it computes, by solving again with one limit relaxed, what budget,
 * weekly hours or deadline would cover it.
 */
public final class Recommender {

    public static final int HORIZON_MONTHS = PlanEvaluator.DEFAULT_HORIZON_MONTHS;

    /** Explanations are read, not scanned: the strongest few left-out credentials are enough. */
    static final int MAX_LEFT_OUT = 5;

    private static final BigDecimal HOURS_STEP = new BigDecimal("0.5");

    private final PlanSolver solver;

    public Recommender(PlanSolver solver) {
        this.solver = Objects.requireNonNull(solver, "solver");
    }

    /** The model for the request's own limits, as the solver gets it (for tests and the benchmark). */
    public static RecommendModel model(RecommendRequest request) {
        return ModelBuilder.build(request, ModelBuilder.limitsOf(request)).model;
    }

    /**
     * @throws io.upskillplanner.domain.decide.MissingExchangeRateException when the goal's budget is in a
     *                                                                      currency the rates cannot convert
     * @throws IllegalArgumentException when the weekly hours are not positive
     */
    public Recommendation recommend(RecommendRequest request, boolean alternatives, SolveLimits limits,
                                    RecommendProgress progress) {
        long started = System.nanoTime();
        Map<String, String> labels = new HashMap<>();
        ModelBuilder built = ModelBuilder.build(request, ModelBuilder.limitsOf(request), labels);
        RecommendModel model = built.model;
        long builtAfter = System.nanoTime() - started;
        List<PlanKind> kinds = alternatives ? List.of(PlanKind.values()) : List.of(PlanKind.BEST);
        int steps = kinds.size() + 3;
        List<RecommendedPlan> plans = new ArrayList<>();
        boolean[] best = null;
        RecommendedPlan bestPlan = null;
        long toFirst = -1;
        int done = 0;
        // One time limit for the whole recommendation: each search gets its share of what is left.
        Budget time = new Budget(limits, started);
        for (PlanKind kind : kinds) {
            progress.searching(done, steps);
            // The best plan matters most: it may take half the time when alternatives follow.
            SolveOutcome outcome = solver.solve(model, kind.order(),
                    time.share(done == 0 ? Math.min(2, kinds.size()) : kinds.size() - done));
            done++;
            if (toFirst < 0) {
                toFirst = builtAfter + outcome.nanosToFirst();
            }
            boolean[] selection = outcome.selection(model.size());
            if (!model.fits(selection)) {
                throw new IllegalStateException("The solver proposed a plan that breaks a limit: " + outcome);
            }
            if (best == null) {
                best = selection;
            }
            Optional<Integer> gap = outcome.status().proven() ? Optional.empty()
                    : Optional.of(percent(built, coverageBound(model) - model.coverage(selection)));
            RecommendedPlan plan = plan(built, kind, selection, Arrays.equals(selection, best), bestPlan,
                    outcome.status(), gap);
            if (bestPlan == null) {
                bestPlan = plan;
            }
            plans.add(plan);
            if (outcome.status() == SolveStatus.CANCELLED) {
                break;
            }
        }
        List<Phrase> toFit = new ArrayList<>();
        boolean cancelled = plans.get(plans.size() - 1).status() == SolveStatus.CANCELLED;
        BitSet covered = coveredSkills(model, best);
        BitSet reachable = (BitSet) built.teachable.clone();
        reachable.andNot(covered);
        if (!reachable.isEmpty() && !cancelled) {
            toFit.addAll(smallestChanges(request, built, time, labels, () -> progress.searching(plans.size(), steps)));
        }
        List<Phrase> notes = notes(built);
        if (time.whatIfUnproven) {
            notes.add(Phrase.of("recommend.note.changesNotProven"));
        }
        if (time.whatIfSkipped) {
            notes.add(Phrase.of("recommend.note.changesSkipped"));
        }
        progress.searching(steps, steps);
        return new Recommendation(built.limits.budget(), built.limits.weeklyHours(),
                Optional.ofNullable(built.limits.deadline()), request.goal().scheduleMode(), request.today(), plans,
                leftOut(built, best), toFit, notes, request.catalogue().size(), built.considered.size(), model.size(),
                Math.max(0, toFirst), System.nanoTime() - started);
    }

    // --- one plan ---

    private RecommendedPlan plan(ModelBuilder built, PlanKind kind, boolean[] selection, boolean sameAsBest,
                                 RecommendedPlan best, SolveStatus status, Optional<Integer> gap) {
        RecommendModel model = built.model;
        List<Integer> order = planOrder(model, selection);
        LocalDate today = built.request.today();
        CurrencyConverter converter = new CurrencyConverter(built.request.rates());
        BigDecimal hours = built.limits.weeklyHours();
        int count = order.size();
        BigDecimal hoursEach = model.mode() == ScheduleMode.SEQUENTIAL || count == 0 ? hours.stripTrailingZeros()
                : hours.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        List<PlanStep> steps = new ArrayList<>();
        LocalDate cursor = today;
        LocalDate finish = today;
        Money total = Money.zero(built.currency);
        for (int position = 0; position < count; position++) {
            int i = order.get(position);
            Credential credential = model.option(i).credential();
            long weeks = model.mode() == ScheduleMode.SEQUENTIAL ? model.weeks(i, 1) : model.weeks(i, count);
            LocalDate start = model.mode() == ScheduleMode.SEQUENTIAL ? cursor : today;
            LocalDate end = start.plusWeeks(weeks);
            cursor = end;
            finish = end.isAfter(finish) ? end : finish;
            Money cost = converter.convert(CredentialCost.over(credential.costs(), end, today, HORIZON_MONTHS).total(),
                    built.currency);
            total = total.plus(cost);
            steps.add(new PlanStep(credential, position + 1, start, end, weeks, hoursEach, cost,
                    why(built, selection, i)));
        }
        BitSet covered = coveredSkills(model, selection);
        List<String> coveredLabels = new ArrayList<>();
        List<String> missingLabels = new ArrayList<>();
        for (int g = 0; g < built.goalSkills.size(); g++) {
            int s = built.modelSkillOf[g];
            String label = built.goalSkills.get(g).skill().label();
            (s < 0 || covered.get(s) ? coveredLabels : missingLabels).add(label);
        }
        int coverage = percent(built, built.heldImportance + model.coverage(selection));
        BigDecimal recognition = built.totalImportance == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(model.recognition(selection))
                        .divide(BigDecimal.valueOf(built.totalImportance), 1, RoundingMode.HALF_UP);
        Money rounded = new Money(total.amount().setScale(2, RoundingMode.HALF_UP), total.currency());
        List<Phrase> givesUp = best == null || sameAsBest ? List.of()
                : givesUp(coverage, recognition, rounded, finish, best);
        return new RecommendedPlan(kind, steps, rounded, finish, coverage, recognition, coveredLabels, missingLabels,
                sameAsBest, givesUp, status, gap);
    }

    /** Prerequisites first; otherwise the credential adding the most still-uncovered importance, then the shorter. */
    private static List<Integer> planOrder(RecommendModel model, boolean[] selection) {
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < selection.length; i++) {
            if (selection[i]) {
                left.add(i);
            }
        }
        int[] importance = model.importance();
        BitSet covered = new BitSet();
        boolean[] placed = new boolean[selection.length];
        List<Integer> order = new ArrayList<>();
        while (!left.isEmpty()) {
            Integer next = null;
            int nextGain = -1;
            for (Integer i : left) {
                boolean ready = Arrays.stream(model.option(i).prerequisites()).allMatch(p -> placed[p]);
                if (!ready) {
                    continue;
                }
                int gain = 0;
                for (int s : model.option(i).skills()) {
                    gain += covered.get(s) ? 0 : importance[s];
                }
                if (next == null || gain > nextGain || gain == nextGain && (model.weeks(i, 1) < model.weeks(next, 1)
                        || model.weeks(i, 1) == model.weeks(next, 1) && model.option(i).credential().title()
                                .compareToIgnoreCase(model.option(next).credential().title()) < 0)) {
                    next = i;
                    nextGain = gain;
                }
            }
            if (next == null) {
                next = left.get(0);
            }
            left.remove(next);
            placed[next] = true;
            for (int s : model.option(next).skills()) {
                covered.set(s);
            }
            order.add(next);
        }
        return order;
    }

    private static Phrase why(ModelBuilder built, boolean[] selection, int i) {
        RecommendModel model = built.model;
        PlanOption option = model.option(i);
        List<String> only = new ArrayList<>();
        for (int s : option.skills()) {
            boolean elsewhere = false;
            for (int j = 0; j < selection.length && !elsewhere; j++) {
                elsewhere = j != i && selection[j] && model.option(j).covers(s);
            }
            if (!elsewhere) {
                only.add(model.skillLabels().get(s));
            }
        }
        String industry = built.request.goal().targetIndustry();
        Phrase recognition = industry == null || industry.isBlank() ? Phrase.of("recommend.noIndustry")
                : Phrase.of("recommend.recognition", IndustryNames.of(industry), option.recognition());
        if (!only.isEmpty()) {
            return Phrase.of("recommend.in.covers", only, recognition);
        }
        for (int j = 0; j < selection.length; j++) {
            if (selection[j] && Arrays.stream(model.option(j).prerequisites()).anyMatch(p -> p == i)) {
                return Phrase.of("recommend.in.prerequisite", Phrase.of("quoted", model.option(j).credential().title()));
            }
        }
        List<String> shared = Arrays.stream(option.skills()).mapToObj(s -> model.skillLabels().get(s)).toList();
        return Phrase.of("recommend.in.strengthens", shared, recognition, option.quality());
    }

    private static List<Phrase> givesUp(int coverage, BigDecimal recognition, Money cost, LocalDate finish,
                                        RecommendedPlan best) {
        List<Phrase> lines = new ArrayList<>();
        if (coverage != best.coveragePercent()) {
            lines.add(Phrase.of(coverage < best.coveragePercent() ? "recommend.vs.lessCoverage"
                    : "recommend.vs.moreCoverage", coverage, best.coveragePercent()));
        }
        if (recognition.compareTo(best.recognition()) != 0) {
            lines.add(Phrase.of(recognition.compareTo(best.recognition()) < 0 ? "recommend.vs.lessRecognition"
                    : "recommend.vs.moreRecognition", recognition, best.recognition()));
        }
        int byCost = cost.compareTo(best.totalCost());
        if (byCost != 0) {
            lines.add(Phrase.of(byCost > 0 ? "recommend.vs.costsMore" : "recommend.vs.costsLess",
                    byCost > 0 ? cost.minus(best.totalCost()) : best.totalCost().minus(cost), cost, best.totalCost()));
        }
        if (!finish.equals(best.finish())) {
            long weeks = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(best.finish(), finish) + 6) / 7;
            lines.add(Phrase.of(finish.isAfter(best.finish()) ? "recommend.vs.later" : "recommend.vs.earlier",
                    Math.max(1, weeks), finish, best.finish()));
        }
        if (lines.isEmpty()) {
            lines.add(Phrase.of("recommend.vs.same"));
        }
        return lines;
    }

    // --- explanations ---

    private static List<Phrase> leftOut(ModelBuilder built, boolean[] best) {
        RecommendModel model = built.model;
        record Strong(Credential credential, BitSet skills, Phrase reason, int weight, int tie) {
        }
        int[] importance = model.importance();
        Function<BitSet, Integer> weightOf = skills -> skills.stream().map(s -> importance[s]).sum();
        List<Strong> strong = new ArrayList<>();
        java.util.Set<java.util.UUID> inModel = new java.util.HashSet<>();
        model.options().forEach(o -> inModel.add(o.credential().id()));
        BitSet covered = coveredSkills(model, best);
        long planCents = model.costCents(best);
        long planWeeks = model.finishWeeks(best);
        int chosenCount = 0;
        for (boolean b : best) {
            chosenCount += b ? 1 : 0;
        }
        for (int i = 0; i < model.size(); i++) {
            if (best[i]) {
                continue;
            }
            PlanOption option = model.option(i);
            BitSet skills = built.skillsOf.get(option.credential().id());
            strong.add(new Strong(option.credential(), skills, reasonLeftOut(built, best, i, covered, planCents,
                    planWeeks, chosenCount), weightOf.apply(skills), option.quality()));
        }
        for (Credential credential : built.considered) {
            if (inModel.contains(credential.id())) {
                continue;
            }
            BitSet skills = built.skillsOf.get(credential.id());
            Phrase reason = built.setAside.stream().filter(a -> a.credential().id().equals(credential.id()))
                    .map(ModelBuilder.SetAside::reason).findFirst()
                    .orElseGet(() -> alreadyCovered(built, best, skills, covered)
                            .orElse(Phrase.of("recommend.out.beaten")));
            strong.add(new Strong(credential, skills, reason, weightOf.apply(skills), 0));
        }
        strong.sort(Comparator.comparingInt((Strong s) -> -s.weight()).thenComparingInt(s -> -s.tie())
                .thenComparing(s -> s.credential().title(), String.CASE_INSENSITIVE_ORDER));
        return strong.stream().limit(MAX_LEFT_OUT)
                .map(s -> Phrase.of("recommend.out", Phrase.of("quoted", s.credential().title()), s.reason())).toList();
    }

    private static Phrase reasonLeftOut(ModelBuilder built, boolean[] best, int i, BitSet covered, long planCents,
                                        long planWeeks, int chosenCount) {
        RecommendModel model = built.model;
        PlanOption option = model.option(i);
        BitSet skills = built.skillsOf.get(option.credential().id());
        Optional<Phrase> already = alreadyCovered(built, best, skills, covered);
        if (already.isPresent()) {
            return already.get();
        }
        boolean[] with = best.clone();
        with[i] = true;
        for (int p : option.prerequisites()) {
            with[p] = true;
        }
        long withCents = model.costCents(with);
        if (withCents > model.budgetCents()) {
            Credential credential = option.credential();
            long oneOff = ModelBuilder.cents(new CurrencyConverter(built.request.rates())
                    .convert(credential.costs().oneOff(), built.currency));
            Money planWith = new Money(BigDecimal.valueOf(withCents, 2), built.currency);
            boolean renewalBreaks = planCents + oneOff <= model.budgetCents();
            return renewalBreaks ? Phrase.of("recommend.out.renewalNoRoom", planWith, built.limits.budget())
                    : Phrase.of("recommend.out.noRoomBudget", planWith, built.limits.budget());
        }
        long withWeeks = model.finishWeeks(with);
        if (withWeeks > model.weeksAvailable()) {
            return Phrase.of("recommend.out.noRoomTime", withWeeks == Long.MAX_VALUE
                    ? Phrase.of("recommend.tooManySideBySide", ModelBuilder.MAX_SIDE_BY_SIDE)
                    : built.request.today().plusWeeks(withWeeks), built.limits.deadline());
        }
        return Phrase.of("recommend.out.beaten");
    }

    private static Optional<Phrase> alreadyCovered(ModelBuilder built, boolean[] best, BitSet skills, BitSet covered) {
        BitSet uncovered = (BitSet) skills.clone();
        uncovered.andNot(covered);
        if (!uncovered.isEmpty()) {
            return Optional.empty();
        }
        RecommendModel model = built.model;
        List<Phrase> by = new ArrayList<>();
        for (int j = 0; j < best.length; j++) {
            if (best[j] && skills.intersects(coveredSkills(model, single(best.length, j)))) {
                by.add(Phrase.of("quoted", model.option(j).credential().title()));
            }
        }
        return Optional.of(Phrase.of("recommend.out.alreadyCovered", by.isEmpty() ? Phrase.of("list.none") : by));
    }

    private static List<Phrase> notes(ModelBuilder built) {
        List<Phrase> notes = new ArrayList<>();
        if (built.goalSkills.isEmpty()) {
            notes.add(Phrase.of("recommend.note.noSkills"));
        }
        if (!built.heldTitles.isEmpty()) {
            notes.add(Phrase.of("recommend.note.held", built.heldTitles.stream().map(t -> Phrase.of("quoted", t))
                    .toList()));
        }
        if (!built.excludedTitles.isEmpty()) {
            notes.add(Phrase.of("recommend.note.excluded", built.excludedTitles.stream()
                    .map(t -> Phrase.of("quoted", t)).toList()));
        }
        List<String> untaught = untaught(built);
        if (!untaught.isEmpty()) {
            notes.add(Phrase.of("recommend.fit.untaught", untaught));
        }
        if (!built.missingRates.isEmpty()) {
            notes.add(Phrase.of("recommend.note.noRate", List.copyOf(built.missingRates)));
        }
        return notes;
    }

    private static List<String> untaught(ModelBuilder built) {
        List<String> untaught = new ArrayList<>();
        for (int s = 0; s < built.modelSkillLabels.size(); s++) {
            if (!built.teachable.get(s)) {
                untaught.add(built.modelSkillLabels.get(s));
            }
        }
        return untaught;
    }

    // --- what would make it fit ---

    /**
     * For each limit alone: the least change that lets a plan cover every skill some available
     * credential teaches. Budget and deadline come from one search with that limit lifted
     * (cheapest, resp. fastest, full-coverage plan); weekly hours by bisection over half-hour steps.
     */
    private List<Phrase> smallestChanges(RecommendRequest request, ModelBuilder built, Budget limits,
                                         Map<String, String> labels, Runnable step) {
        long target = 0;
        int[] importance = built.model.importance();
        for (int s = built.teachable.nextSetBit(0); s >= 0; s = built.teachable.nextSetBit(s + 1)) {
            target += importance[s];
        }
        int fullPercent = percent(built, built.heldImportance + target);
        List<Phrase> changes = new ArrayList<>();
        ModelBuilder.Limits own = built.limits;

        if (limits.exhausted()) {
            limits.whatIfSkipped = true;
            return changes;
        }
        step.run();
        ModelBuilder noBudget = ModelBuilder.build(request, new ModelBuilder.Limits(null, own.weeklyHours(),
                own.deadline()), labels);
        boolean[] cheapest = solveFor(noBudget.model, PlanKind.CHEAPEST, limits);
        if (noBudget.model.coverage(cheapest) >= target) {
            Money needed = new Money(BigDecimal.valueOf(noBudget.model.costCents(cheapest), 2), built.currency);
            changes.add(Phrase.of("recommend.fit.budget", needed, needed.minus(own.budget()), fullPercent));
        } else {
            changes.add(Phrase.of("recommend.fit.budgetNotEnough", fullPercent));
        }

        if (own.deadline() != null && limits.exhausted()) {
            limits.whatIfSkipped = true;
        } else if (own.deadline() != null) {
            step.run();
            ModelBuilder noDeadline = ModelBuilder.build(request, new ModelBuilder.Limits(own.budget(),
                    own.weeklyHours(), null), labels);
            boolean[] fastest = solveFor(noDeadline.model, PlanKind.FASTEST, limits);
            if (noDeadline.model.coverage(fastest) >= target) {
                LocalDate finish = request.today().plusWeeks(noDeadline.model.finishWeeks(fastest));
                long later = Math.max(1, (java.time.temporal.ChronoUnit.DAYS.between(own.deadline(), finish) + 6) / 7);
                changes.add(Phrase.of("recommend.fit.deadline", later, own.deadline().plusWeeks(later), fullPercent));
            } else {
                changes.add(Phrase.of("recommend.fit.deadlineNotEnough", fullPercent));
            }

            step.run();
            Optional<BigDecimal> hours = hoursNeeded(request, own, target, limits, labels);
            changes.add(hours.map(h -> Phrase.of("recommend.fit.hours", h, own.weeklyHours(), fullPercent))
                    .orElse(Phrase.of("recommend.fit.hoursNotEnough", Scheduler.MAX_WEEKLY_HOURS, fullPercent)));
        }
        return changes;
    }

    /** Finishing earlier with more hours can add renewals within the horizon, so each step is checked, not assumed. */
    private Optional<BigDecimal> hoursNeeded(RecommendRequest request, ModelBuilder.Limits own, long target,
                                             Budget limits, Map<String, String> labels) {
        int low = own.weeklyHours().divide(HOURS_STEP, 0, RoundingMode.FLOOR).intValue() + 1;
        int high = Scheduler.MAX_WEEKLY_HOURS.divide(HOURS_STEP).intValue();
        if (low > high || !coversAt(request, own, HOURS_STEP.multiply(BigDecimal.valueOf(high)), target, limits, labels)) {
            return Optional.empty();
        }
        while (low < high) {
            if (limits.exhausted()) {
                // Stopped early: the hours known to be enough, though fewer may do.
                limits.whatIfUnproven = true;
                break;
            }
            int mid = (low + high) >>> 1;
            if (coversAt(request, own, HOURS_STEP.multiply(BigDecimal.valueOf(mid)), target, limits, labels)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return Optional.of(HOURS_STEP.multiply(BigDecimal.valueOf(high)).stripTrailingZeros());
    }

    private boolean coversAt(RecommendRequest request, ModelBuilder.Limits own, BigDecimal hours, long target,
                             Budget limits, Map<String, String> labels) {
        ModelBuilder at = ModelBuilder.build(request, new ModelBuilder.Limits(own.budget(), hours, own.deadline()),
                labels);
        return at.model.coverage(solveFor(at.model, PlanKind.BEST, limits)) >= target;
    }

    /** A what-if search: half of the time left, so that the later ones still get some. */
    private boolean[] solveFor(RecommendModel model, PlanKind kind, Budget limits) {
        SolveOutcome outcome = solver.solve(model, kind.order(), limits.share(2));
        if (!outcome.status().proven()) {
            limits.whatIfUnproven = true;
        }
        return outcome.selection(model.size());
    }

    /**
     * What is left of the recommendation's time limit. A what-if answered at the limit is still a
     * change that is enough (the plan it found fits with it), but a smaller one may exist.
     */
    private static final class Budget {
        private static final Duration ONE_MILLI = Duration.ofMillis(1);

        private final SolveLimits limits;
        private final long started;
        boolean whatIfUnproven;
        boolean whatIfSkipped;

        Budget(SolveLimits limits, long started) {
            this.limits = limits;
            this.started = started;
        }

        /** Building a what-if model takes time too: none is started once the limit has passed. */
        boolean exhausted() {
            return System.nanoTime() - started >= limits.timeLimit().toNanos() || limits.cancelled().getAsBoolean();
        }

        /** An equal share of what is left among {@code searches} searches still to run. */
        SolveLimits share(int searches) {
            Duration each = limits.remainingAfter(System.nanoTime() - started).timeLimit()
                    .dividedBy(Math.max(1, searches));
            return new SolveLimits(each.compareTo(ONE_MILLI) < 0 ? ONE_MILLI : each, limits.cancelled());
        }
    }

    // --- arithmetic ---

    /** What no plan can beat: every skill that some option fitting on its own teaches. */
    static long coverageBound(RecommendModel model) {
        BitSet reachable = new BitSet();
        for (int i = 0; i < model.size(); i++) {
            if (model.option(i).costCents() <= model.budgetCents() && model.weeks(i, 1) <= model.weeksAvailable()) {
                for (int s : model.option(i).skills()) {
                    reachable.set(s);
                }
            }
        }
        int[] importance = model.importance();
        return reachable.stream().map(s -> importance[s]).sum();
    }

    private static BitSet coveredSkills(RecommendModel model, boolean[] selection) {
        BitSet covered = new BitSet();
        for (int i = 0; i < selection.length; i++) {
            if (selection[i]) {
                for (int s : model.option(i).skills()) {
                    covered.set(s);
                }
            }
        }
        return covered;
    }

    private static boolean[] single(int size, int i) {
        boolean[] one = new boolean[size];
        one[i] = true;
        return one;
    }

    private static int percent(ModelBuilder built, long importance) {
        return built.totalImportance == 0 ? 0 : (int) Math.round(100.0 * importance / built.totalImportance);
    }
}
