package io.upskillplanner.ui.recommend;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.decide.MissingExchangeRateException;
import io.upskillplanner.domain.decide.recommend.PlanKind;
import io.upskillplanner.domain.decide.recommend.PlanSolver;
import io.upskillplanner.domain.decide.recommend.PlanStep;
import io.upskillplanner.domain.decide.recommend.Recommendation;
import io.upskillplanner.domain.decide.recommend.RecommendRequest;
import io.upskillplanner.domain.decide.recommend.RecommendedPlan;
import io.upskillplanner.domain.decide.recommend.Recommender;
import io.upskillplanner.domain.decide.recommend.SolveLimits;
import io.upskillplanner.domain.decide.recommend.SolveStatus;
import io.upskillplanner.store.RecommendLoader;
import io.upskillplanner.store.Store;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.main.AppState;

/**
 * The Recommend screen: for a goal of the current profile, the best plan the solver finds in the
 * whole catalogue and the alternatives on the trade-off frontier, each with what it gives up; the
 * chosen plan's steps and why each is in; why strong credentials were left out; what would make
 * more fit. The search runs on the task runner with progress and a cooperative cancel; Apply puts
 * the chosen plan into the goal's candidates and can be undone from the status bar.
 */
public final class RecommendViewModel {

    private final AppState state;
    private final PlanSolver solver;
    private final Executor fxThread;
    private final Supplier<LocalDate> today;
    private final Duration timeLimit;
    private final RecommendationMemory memory;

    private final ObservableList<Goal> goals = FXCollections.observableArrayList();
    private final ObjectProperty<Goal> selectedGoal = new SimpleObjectProperty<>(this, "selectedGoal");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper limits = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper searchLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Recommendation> recommendation = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding allProven = Bindings.createBooleanBinding(
            () -> recommendation.get() != null && recommendation.get().proven(), recommendation);
    private final ObservableList<PlanRow> plans = FXCollections.observableArrayList();
    private final ObjectProperty<PlanRow> selectedPlan = new SimpleObjectProperty<>(this, "selectedPlan");
    private final ReadOnlyStringWrapper stepsHeading = new ReadOnlyStringWrapper("");
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private final ObjectProperty<StepRow> selectedStep = new SimpleObjectProperty<>(this, "selectedStep");
    private final ObservableList<String> leftOut = FXCollections.observableArrayList();
    private final ObservableList<String> toFit = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObservableList<Credential> excluded = FXCollections.observableArrayList();
    private AtomicBoolean cancelFlag = new AtomicBoolean();
    /** Counts searches, so that the answer of one the user has moved on from is not shown. */
    private int search;

    public RecommendViewModel(AppState state, PlanSolver solver, Executor fxThread, Supplier<LocalDate> today,
                              Duration timeLimit, RecommendationMemory memory) {
        this.state = Objects.requireNonNull(state, "state");
        this.solver = Objects.requireNonNull(solver, "solver");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.today = Objects.requireNonNull(today, "today");
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
        this.memory = Objects.requireNonNull(memory, "memory");
        state.currentProfileProperty().addListener((obs, old, profile) -> {
            if (old == null || profile == null || !old.id().equals(profile.id())) {
                loadGoals(profile);
            } else {
                heading.set(Messages.get("recommend.title", profile.name()));
            }
        });
        state.currentGoalProperty().addListener((obs, old, goal) -> follow(goal));
        selectedGoal.addListener((obs, old, goal) -> {
            if (old == null || goal == null || !old.id().equals(goal.id())) {
                excluded.clear();
                clearResult();
                message.set(goal == null ? "" : Messages.get("recommend.ready"));
            }
            limits.set(goal == null ? "" : limitsOf(goal));
        });
        selectedPlan.addListener((obs, old, row) -> showSteps(row));
        loadGoals(state.currentProfile());
    }

    // --- what the screen shows ---

    public ObservableList<Goal> goals() {
        return goals;
    }

    public ObjectProperty<Goal> selectedGoalProperty() {
        return selectedGoal;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The goal's budget, deadline, hours and schedule mode, which the plans must keep. */
    public ReadOnlyStringProperty limitsProperty() {
        return limits.getReadOnlyProperty();
    }

    /** How much of the catalogue was searched and whether the answer is proven optimal. */
    public ReadOnlyStringProperty searchLineProperty() {
        return searchLine.getReadOnlyProperty();
    }

    /** What is happening or what went wrong, in a sentence. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Share of the searches done, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Recommendation> recommendationProperty() {
        return recommendation.getReadOnlyProperty();
    }

    public ObservableList<PlanRow> plans() {
        return plans;
    }

    public ObjectProperty<PlanRow> selectedPlanProperty() {
        return selectedPlan;
    }

    /**
     * True while every plan shown is proven optimal: the search line says so once, and the plans
     * need no status each (the table gives that room to what each plan gives up).
     */
    public BooleanBinding allProvenProperty() {
        return allProven;
    }

    public ReadOnlyStringProperty stepsHeadingProperty() {
        return stepsHeading.getReadOnlyProperty();
    }

    public ObservableList<StepRow> steps() {
        return steps;
    }

    public ObjectProperty<StepRow> selectedStepProperty() {
        return selectedStep;
    }

    /** Why strong credentials were left out of the best plan. */
    public ObservableList<String> leftOut() {
        return leftOut;
    }

    /** The smallest changes that would let a plan cover more, or what nothing in the catalogue teaches. */
    public ObservableList<String> toFit() {
        return toFit;
    }

    public ObservableList<String> notes() {
        return notes;
    }

    /** Credentials the user ruled out of the proposal for this goal. */
    public ObservableList<Credential> excluded() {
        return excluded;
    }

    public BooleanBinding canRecommendProperty() {
        return selectedGoal.isNotNull().and(running.not());
    }

    public BooleanBinding canCancelProperty() {
        return running.and(cancelling.not());
    }

    public BooleanBinding canApplyProperty() {
        return Bindings.createBooleanBinding(() -> !running.get() && selectedPlan.get() != null
                && !selectedPlan.get().plan().steps().isEmpty(), running, selectedPlan);
    }

    public BooleanBinding canExcludeProperty() {
        return selectedStep.isNotNull().and(running.not());
    }

    // --- commands ---

    /** Searches the catalogue for the selected goal; the answer replaces the one shown. */
    public void recommend() {
        Goal goal = selectedGoal.get();
        if (goal == null || running.get()) {
            return;
        }
        AtomicBoolean cancel = new AtomicBoolean();
        cancelFlag = cancel;
        int mine = ++search;
        Set<UUID> ruledOut = new LinkedHashSet<>(excluded.stream().map(Credential::id).toList());
        LocalDate asOf = today.get();
        clearResult();
        running.set(true);
        cancelling.set(false);
        progress.set(0);
        message.set(Messages.get("recommend.searching", goal.title()));
        state.tasks().run(() -> {
            RecommendLoader loader = new RecommendLoader(state.store());
            RecommendRequest request = loader.load(goal.id(), ruledOut, asOf);
            Recommendation found = new Recommender(solver).recommend(request, true,
                    new SolveLimits(timeLimit, cancel::get), (done, of) -> fxThread.execute(() -> {
                        if (mine == search && running.get()) {
                            progress.set(of <= 0 ? 0 : Math.min(1, (double) done / of));
                        }
                    }));
            return new Found(found, loader.catalogueSize());
        }, found -> {
            if (mine == search) {
                show(goal, found);
                running.set(false);
            }
        }, error -> {
            if (mine == search) {
                running.set(false);
                message.set(failure(error));
            }
        });
    }

    /** Stops the search at its next check; the best plan found so far is shown, marked as such. */
    public void cancel() {
        if (running.get()) {
            cancelFlag.set(true);
            cancelling.set(true);
            message.set(Messages.get("recommend.cancelling"));
        }
    }

    /** Rules the selected step's credential out of the proposal and searches again. */
    public void excludeSelected() {
        StepRow step = selectedStep.get();
        if (step != null && !running.get()) {
            exclude(step.step().credential());
        }
    }

    public void exclude(Credential credential) {
        if (credential != null && excluded.stream().noneMatch(c -> c.id().equals(credential.id()))) {
            excluded.add(credential);
            recommend();
        }
    }

    /** Lets a ruled-out credential be proposed again, and searches again. */
    public void allowAgain(Credential credential) {
        if (excluded.removeIf(c -> c.id().equals(credential.id()))) {
            recommend();
        }
    }

    /**
     * Makes the selected plan the goal's plan: its credentials become candidates with status
     * chosen (enrolled and completed ones keep theirs), in the plan's order and with its planned
     * starts; the goal's other candidates follow them in their old order, chosen ones among them
     * back to considering, so that the goal's plan is the recommended one. Undoable.
     */
    public void apply() {
        Goal goal = selectedGoal.get();
        PlanRow row = selectedPlan.get();
        if (goal == null || row == null || row.plan().steps().isEmpty() || running.get()) {
            return;
        }
        List<PlanStep> planSteps = row.plan().steps();
        state.tasks().run(() -> state.store().inTransaction(tx -> applyPlan(tx, goal.id(), planSteps)), applied -> {
            state.planChanged();
            message.set(Messages.get("recommend.applied", planSteps.size(), goal.title()));
            state.offerUndo(Messages.get("recommend.appliedUndo", planSteps.size(), goal.title()),
                    () -> state.tasks().run(() -> state.store().inTransaction(tx -> undoApply(tx, applied)), done -> {
                        state.planChanged();
                        message.set(Messages.get("recommend.undone", goal.title()));
                    }, state::showError));
        }, state::showError);
    }

    // --- apply and undo ---

    /** What Apply changed: the goal's candidates as they were, and those it created. */
    record Applied(UUID goalId, List<Candidate> before, Set<UUID> created) {
    }

    static Applied applyPlan(Store tx, UUID goalId, List<PlanStep> planSteps) {
        List<Candidate> before = tx.candidates().listForGoal(goalId);
        Map<UUID, Candidate> byCredential = new HashMap<>();
        before.forEach(c -> byCredential.put(c.credentialId(), c));
        Set<UUID> inPlan = new HashSet<>();
        planSteps.forEach(s -> inPlan.add(s.credential().id()));
        Set<UUID> created = new LinkedHashSet<>();
        int order = 1;
        for (PlanStep step : planSteps) {
            Candidate existing = byCredential.get(step.credential().id());
            if (existing == null) {
                LocalDateTime now = LocalDateTime.now();
                Candidate added = new Candidate(UUID.randomUUID(), goalId, step.credential().id(), CandidateStatus.CHOSEN,
                        step.start(), order, null, now, now, 0);
                tx.candidates().save(added);
                created.add(added.id());
            } else {
                CandidateStatus status = existing.status() == CandidateStatus.ENROLLED
                        || existing.status() == CandidateStatus.COMPLETED ? existing.status() : CandidateStatus.CHOSEN;
                tx.candidates().save(with(existing, status, step.start(), order, existing.version()));
            }
            order++;
        }
        for (Candidate other : before) {
            if (!inPlan.contains(other.credentialId())) {
                // Chosen ones outside the plan go back to being considered: the goal's plan is now this one.
                CandidateStatus status = other.status() == CandidateStatus.CHOSEN ? CandidateStatus.CONSIDERING
                        : other.status();
                if (other.order() != order || status != other.status()) {
                    tx.candidates().save(with(other, status, other.plannedStart(), order, other.version()));
                }
                order++;
            }
        }
        return new Applied(goalId, before, created);
    }

    static boolean undoApply(Store tx, Applied applied) {
        Map<UUID, Candidate> now = new HashMap<>();
        tx.candidates().listForGoal(applied.goalId()).forEach(c -> now.put(c.id(), c));
        for (UUID id : applied.created()) {
            tx.candidates().delete(id);
        }
        for (Candidate was : applied.before()) {
            Candidate current = now.get(was.id());
            // Someone removed it meanwhile: it comes back as it was, as a new row.
            int version = current == null ? 0 : current.version();
            tx.candidates().save(with(was, was.status(), was.plannedStart(), was.order(), version));
        }
        return true;
    }

    private static Candidate with(Candidate c, CandidateStatus status, LocalDate start, int order, int version) {
        return new Candidate(c.id(), c.goalId(), c.credentialId(), status, start, order, c.note(), c.createdAt(),
                c.updatedAt(), version);
    }

    // --- showing an answer ---

    private record Found(Recommendation recommendation, int catalogueSize) {
    }

    private void show(Goal goal, Found found) {
        Recommendation r = found.recommendation();
        recommendation.set(r);
        memory.remember(goal.id(), r);
        List<PlanRow> rows = new ArrayList<>();
        for (RecommendedPlan plan : r.plans()) {
            rows.add(row(plan));
        }
        plans.setAll(rows);
        leftOut.setAll(r.leftOut().stream().map(Formats::text).toList());
        toFit.setAll(r.toFit().stream().map(Formats::text).toList());
        notes.setAll(r.notes().stream().map(Formats::text).toList());
        searchLine.set(Messages.get("recommend.search", found.catalogueSize(), r.considered(), r.options(),
                statusText(r), r.nanosTotal() / 1_000_000));
        selectedPlan.set(rows.isEmpty() ? null : rows.get(0));
        RecommendedPlan best = r.best();
        if (best.status() == SolveStatus.CANCELLED) {
            message.set(best.steps().isEmpty() ? Messages.get("recommend.cancelledNothing")
                    : Messages.get("recommend.cancelled"));
        } else if (best.steps().isEmpty()) {
            message.set(Messages.get("recommend.nothingFits"));
        } else {
            message.set(Messages.get("recommend.found", best.steps().size(), best.coveragePercent()));
        }
    }

    private static PlanRow row(RecommendedPlan plan) {
        String givesUp = plan.kind() == PlanKind.BEST ? Messages.get("recommend.givesUp.best")
                : plan.sameAsBest() ? Messages.get("recommend.givesUp.same")
                : plan.givesUp().isEmpty() ? Messages.get("recommend.givesUp.nothing")
                : String.join("; ", plan.givesUp().stream().map(Formats::text).toList());
        return new PlanRow(plan, Formats.label(plan.kind()),
                Messages.get("recommend.percent", plan.coveragePercent()),
                Messages.get("recommend.outOfFive", Formats.number(plan.recognition())),
                Formats.money(plan.totalCost()), plan.steps().isEmpty() ? "" : Formats.date(plan.finish()), givesUp,
                planStatus(plan));
    }

    static String planStatus(RecommendedPlan plan) {
        String status = Formats.label(plan.status());
        return plan.gapPercent().map(gap -> Messages.get("recommend.status.gap", status, gap)).orElse(status);
    }

    private static String statusText(Recommendation r) {
        if (r.proven()) {
            return Messages.get("recommend.provenAll");
        }
        boolean cancelled = r.plans().stream().anyMatch(p -> p.status() == SolveStatus.CANCELLED);
        return Messages.get(cancelled ? "recommend.cancelledSome" : "recommend.limitSome");
    }

    private void showSteps(PlanRow row) {
        selectedStep.set(null);
        if (row == null) {
            steps.clear();
            stepsHeading.set("");
            return;
        }
        stepsHeading.set(Messages.get("recommend.stepsOf", row.title()));
        steps.setAll(row.plan().steps().stream().map(RecommendViewModel::stepRow).toList());
    }

    private static StepRow stepRow(PlanStep step) {
        return new StepRow(step, String.valueOf(step.order()), step.credential().title(),
                step.credential().providerName() == null ? "" : step.credential().providerName(),
                Formats.date(step.start()), Formats.date(step.finish()), String.valueOf(step.weeks()),
                Formats.number(step.weeklyHours()), Formats.money(step.cost()), Formats.text(step.why()));
    }

    private void clearResult() {
        recommendation.set(null);
        plans.clear();
        selectedPlan.set(null);
        leftOut.clear();
        toFit.clear();
        notes.clear();
        searchLine.set("");
        progress.set(0);
    }

    private String failure(Throwable error) {
        if (error instanceof MissingExchangeRateException) {
            return Messages.get("recommend.failed.rates", error.getMessage());
        }
        if (error instanceof IllegalArgumentException) {
            return Messages.get("recommend.failed.limits", error.getMessage());
        }
        return AppState.errorMessage(error);
    }

    private String limitsOf(Goal goal) {
        Profile profile = state.currentProfile();
        BigDecimal hours = profile == null ? goal.weeklyHours() : goal.effectiveWeeklyHours(profile);
        String budget = goal.budgetCap() == null ? Messages.get("recommend.limits.noBudget")
                : profile == null ? Formats.number(goal.budgetCap())
                : Formats.money(new Money(goal.budgetCap(), profile.currency()));
        String deadline = goal.deadline() == null ? Messages.get("recommend.limits.noDeadline")
                : Formats.date(goal.deadline());
        return Messages.get("recommend.limits", budget, deadline, hours == null ? "–" : Formats.number(hours),
                Formats.label(goal.scheduleMode()), Recommender.HORIZON_MONTHS);
    }

    // --- goals ---

    private void loadGoals(Profile profile) {
        search++;
        running.set(false);
        heading.set(profile == null ? Messages.get("recommend.titleNoProfile")
                : Messages.get("recommend.title", profile.name()));
        if (profile == null) {
            goals.clear();
            selectedGoal.set(null);
            return;
        }
        state.tasks().run(() -> state.store().goals().listForProfile(profile.id()), loaded -> {
            if (state.currentProfile() == null || !state.currentProfile().id().equals(profile.id())) {
                return;
            }
            goals.setAll(loaded);
            Goal working = state.currentGoalProperty().get();
            Goal pick = loaded.stream().filter(g -> working != null && g.id().equals(working.id())).findFirst()
                    .orElse(loaded.isEmpty() ? null : loaded.get(0));
            selectedGoal.set(pick);
        }, state::showError);
    }

    /** The goals screen selected another goal: follow it, as the Compare screen does. */
    private void follow(Goal goal) {
        if (goal == null || running.get()) {
            return;
        }
        int at = -1;
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).id().equals(goal.id())) {
                at = i;
            }
        }
        if (at >= 0) {
            goals.set(at, goal);
            if (selectedGoal.get() == null || !selectedGoal.get().id().equals(goal.id())) {
                selectedGoal.set(goal);
            } else {
                limits.set(limitsOf(goal));
            }
        } else if (goal.profileId().equals(state.currentProfile() == null ? null : state.currentProfile().id())) {
            loadGoals(state.currentProfile());
        }
    }
}
