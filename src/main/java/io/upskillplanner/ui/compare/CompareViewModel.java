package io.upskillplanner.ui.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CredentialKind;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.domain.decide.CandidateEvaluation;
import io.upskillplanner.domain.decide.CandidateTiming;
import io.upskillplanner.domain.decide.CandidateWithCredential;
import io.upskillplanner.domain.decide.Criterion;
import io.upskillplanner.domain.decide.CriterionScore;
import io.upskillplanner.domain.decide.MissingExchangeRateException;
import io.upskillplanner.domain.decide.PlanEvaluation;
import io.upskillplanner.domain.decide.PlanEvaluator;
import io.upskillplanner.domain.decide.PlanInputs;
import io.upskillplanner.domain.decide.PlanTotals;
import io.upskillplanner.domain.decide.ReturnOnInvestment;
import io.upskillplanner.domain.decide.Schedule;
import io.upskillplanner.domain.decide.ScoringWeights;
import io.upskillplanner.store.Store;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.main.AppState;

/**
 * The compare screen's state: which goal and candidates are compared, with which weights, and
 * everything shown for them (table rows, breakdown, schedule, money, chart data). Scoring is the
 * decide domain's; this class only chooses inputs and shapes the results for display.
 */
public final class CompareViewModel {

    public static final int MIN_CANDIDATES = 2;
    public static final int MAX_CANDIDATES = 6;
    /** The weight a slider snaps back to when the user tries to zero the last weighted criterion. */
    public static final double SMALLEST_WEIGHT = 0.5;
    private static final int LABEL_LENGTH = 22;
    private static final int MAX_DEGREES = 500;

    private final AppState state;
    private final Supplier<LocalDate> today;

    private final ObservableList<Goal> goals = FXCollections.observableArrayList();
    private final ObjectProperty<Goal> selectedGoal = new SimpleObjectProperty<>(this, "selectedGoal");
    private final ObservableList<CandidateWithCredential> candidates = FXCollections.observableArrayList();
    private final ObservableList<UUID> selectedIds = FXCollections.observableArrayList();
    private final BooleanProperty allOfGoal = new SimpleBooleanProperty(this, "allOfGoal", true);
    private final ObservableList<Credential> degrees = FXCollections.observableArrayList();
    private final ObjectProperty<Credential> referenceDegree = new SimpleObjectProperty<>(this, "referenceDegree");
    private final List<WeightSetting> weights = new ArrayList<>();

    private final ObservableList<CompareRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CompareCharts> charts = new ReadOnlyObjectWrapper<>(CompareCharts.EMPTY);
    private final ReadOnlyObjectWrapper<PlanEvaluation> evaluation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ScheduleMode> scheduleMode =
            new ReadOnlyObjectWrapper<>(ScheduleMode.SEQUENTIAL);
    private final ObservableList<ScheduleLine> scheduleLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper finishText = new ReadOnlyStringWrapper("");
    private final ObservableList<String> scheduleWarnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper costText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper returnText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper feasibilityText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper feasible = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper profileName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CompareRow> breakdownRow = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper breakdownTitle = new ReadOnlyStringWrapper("");

    {
        breakdownTitle.bind(Bindings.createStringBinding(() -> breakdownRow.get() == null ? ""
                : Messages.get("compare.breakdown.title", breakdownRow.get().credential().title(),
                        Formats.score(breakdownRow.get().evaluation().score().points())), breakdownRow));
    }
    private final ObservableList<CriterionScore> breakdown = FXCollections.observableArrayList();

    private PlanInputs inputs;
    /** Set while the model itself moves sliders, so that those moves do not count as user edits. */
    private boolean applyingWeights;
    private String selectionMessage = "";
    private String evaluationProblem = "";
    private String weightsMessage = "";

    public CompareViewModel(AppState state) {
        this(state, LocalDate::now);
    }

    public CompareViewModel(AppState state, Supplier<LocalDate> today) {
        this.state = state;
        this.today = today;
        ScoringWeights defaults = ScoringWeights.defaults();
        for (Criterion criterion : Criterion.values()) {
            WeightSetting setting = new WeightSetting(criterion, defaults.of(criterion));
            setting.weightProperty().addListener((obs, old, value) -> weightChanged(setting));
            weights.add(setting);
        }
        state.currentProfileProperty().addListener((obs, old, profile) -> loadGoals(profile, null));
        selectedGoal.addListener((obs, old, goal) -> {
            if (goal == null || old == null || !goal.id().equals(old.id())) {
                selectedIds.clear();
                allOfGoal.set(true);
                loadGoal(goal);
            }
        });
        allOfGoal.addListener((obs, old, all) -> {
            if (all) {
                selectionMessage = "";
            } else if (selectedIds.isEmpty()) {
                // Leaving "all" starts from the goal's first candidates rather than from nothing.
                selectedIds.setAll(candidates.stream().limit(MAX_CANDIDATES).map(c -> c.candidate().id()).toList());
            }
            showEvaluation();
        });
        referenceDegree.addListener((obs, old, degree) -> evaluate());
    }

    // --- what the view binds to ---

    public ObservableList<Goal> goals() {
        return goals;
    }

    public ObjectProperty<Goal> selectedGoalProperty() {
        return selectedGoal;
    }

    /** Every candidate of the selected goal, in plan order: what the candidate picker offers. */
    public ObservableList<CandidateWithCredential> candidates() {
        return candidates;
    }

    /** The candidates picked when not comparing all of the goal; change it through {@link #select}. */
    public ObservableList<UUID> selectedIds() {
        return FXCollections.unmodifiableObservableList(selectedIds);
    }

    public BooleanProperty allOfGoalProperty() {
        return allOfGoal;
    }

    public ObservableList<Credential> degrees() {
        return degrees;
    }

    public ObjectProperty<Credential> referenceDegreeProperty() {
        return referenceDegree;
    }

    public List<WeightSetting> weights() {
        return List.copyOf(weights);
    }

    public WeightSetting weight(Criterion criterion) {
        return weights.get(criterion.ordinal());
    }

    /** The candidates shown, best first, with the reference row (if any) last. */
    public ObservableList<CompareRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<CompareCharts> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlanEvaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScheduleMode> scheduleModeProperty() {
        return scheduleMode.getReadOnlyProperty();
    }

    public ObservableList<ScheduleLine> scheduleLines() {
        return scheduleLines;
    }

    public ReadOnlyStringProperty finishTextProperty() {
        return finishText.getReadOnlyProperty();
    }

    public ObservableList<String> scheduleWarnings() {
        return scheduleWarnings;
    }

    public ReadOnlyStringProperty costTextProperty() {
        return costText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty returnTextProperty() {
        return returnText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feasibilityTextProperty() {
        return feasibilityText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty feasibleProperty() {
        return feasible.getReadOnlyProperty();
    }

    /** The profile whose weights the sliders set. */
    public ReadOnlyStringProperty profileNameProperty() {
        return profileName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Why the comparison is not what the user asked for (selection, weights, missing rates), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CompareRow> breakdownRowProperty() {
        return breakdownRow.getReadOnlyProperty();
    }

    /** The opened score's heading, "Credential: 72.5 points", or empty while none is open. */
    public ReadOnlyStringProperty breakdownTitleProperty() {
        return breakdownTitle.getReadOnlyProperty();
    }

    /** The opened score's lines, one per criterion; they follow the weights while they change. */
    public ObservableList<CriterionScore> breakdown() {
        return breakdown;
    }

    public Optional<PlanInputs> inputs() {
        return Optional.ofNullable(inputs);
    }

    // --- commands ---

    /**
     * Loads everything (again). Nothing is loaded before the first call: the screen calls it each
     * time it is shown, since candidates and weights may have changed on other screens.
     */
    public void reload() {
        // The goal being worked on (chosen on the Goals screen) is the one to compare.
        Goal working = state.currentGoalProperty().get();
        UUID wanted = working != null ? working.id() : selectedGoal.get() == null ? null : selectedGoal.get().id();
        loadGoals(state.currentProfile(), wanted);
        state.tasks().run(() -> state.store().catalog().ofKind(CredentialKind.DEGREE, MAX_DEGREES), loaded -> {
            UUID keep = referenceDegree.get() == null ? null : referenceDegree.get().id();
            degrees.setAll(loaded);
            if (keep != null) {
                referenceDegree.set(loaded.stream().filter(d -> d.id().equals(keep)).findFirst().orElse(null));
            }
        }, state::showError);
    }

    /**
     * Compares these candidates (2 to {@value #MAX_CANDIDATES}); more than that keeps the first ones
     * and says so, fewer is shown with a hint to pick another.
     */
    public void select(Collection<UUID> candidateIds) {
        Set<UUID> known = new HashSet<>();
        candidates.forEach(c -> known.add(c.candidate().id()));
        List<UUID> picked = new ArrayList<>(new LinkedHashSet<>(candidateIds));
        picked.removeIf(id -> !known.contains(id));
        if (picked.size() > MAX_CANDIDATES) {
            picked = picked.subList(0, MAX_CANDIDATES);
            selectionMessage = Messages.get("compare.tooMany", MAX_CANDIDATES);
        } else if (picked.size() < MIN_CANDIDATES) {
            selectionMessage = Messages.get("compare.tooFew", MIN_CANDIDATES);
        } else {
            selectionMessage = "";
        }
        selectedIds.setAll(picked);
        allOfGoal.set(false);
        showEvaluation();
    }

    /** Whether the candidate picker shows a candidate checked: all of them while comparing all of the goal. */
    public boolean isPicked(CandidateWithCredential candidate) {
        return allOfGoal.get() || selectedIds.contains(candidate.candidate().id());
    }

    /** What the user checked in the candidate picker; all of them while comparing all of the goal changes nothing. */
    public void pick(List<CandidateWithCredential> checked) {
        if (allOfGoal.get() && checked.size() == candidates.size()) {
            return;
        }
        select(checked.stream().map(c -> c.candidate().id()).toList());
    }

    /** Shows a line in the status bar, e.g. after a chart was copied. */
    public void status(String text) {
        state.setStatus(text);
    }

    public void openBreakdown(CompareRow row) {
        breakdownRow.set(row);
        breakdown.setAll(row == null ? List.of() : row.evaluation().score().breakdown());
    }

    public void closeBreakdown() {
        openBreakdown(null);
    }

    /** The weights the sliders show, to one decimal as they are stored; null while none is positive. */
    public ScoringWeights currentWeights() {
        Map<Criterion, Double> values = new EnumMap<>(Criterion.class);
        for (WeightSetting setting : weights) {
            values.put(setting.criterion(), rounded(setting.weight()).doubleValue());
        }
        try {
            return new ScoringWeights(values);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Stores the sliders' weights for the profile; the view calls it when a slider is released. */
    public void commitWeights() {
        ScoringWeights current = currentWeights();
        Profile profile = state.currentProfile();
        if (current == null || profile == null) {
            return;
        }
        Map<String, BigDecimal> stored = new LinkedHashMap<>();
        for (Criterion criterion : Criterion.values()) {
            stored.put(criterion.name(), rounded(current.of(criterion)));
        }
        Store store = state.store();
        state.tasks().run(() -> {
            store.profiles().saveWeights(profile.id(), stored);
            return stored;
        }, saved -> state.setStatus(Messages.get("compare.weightsSaved", profile.name())), state::showError);
    }

    public void resetWeights() {
        applyWeights(ScoringWeights.defaults());
        evaluate();
        commitWeights();
    }

    /** Switches the goal's schedule between sequential and parallel and stores the choice with the goal. */
    public void changeScheduleMode(ScheduleMode mode) {
        if (inputs == null || mode == null || inputs.goal().scheduleMode() == mode) {
            return;
        }
        Goal changed = withScheduleMode(inputs.goal(), mode);
        inputs = new PlanInputs(inputs.profile(), changed, inputs.candidates(), inputs.earnedSkills(),
                inputs.rates(), inputs.weights());
        scheduleMode.set(mode);
        evaluate();
        Store store = state.store();
        state.tasks().run(() -> store.goals().save(changed), saved -> {
            if (inputs != null && inputs.goal().id().equals(saved.id())) {
                inputs = new PlanInputs(inputs.profile(), saved, inputs.candidates(), inputs.earnedSkills(),
                        inputs.rates(), inputs.weights());
            }
            goals.replaceAll(g -> g.id().equals(saved.id()) ? saved : g);
            if (selectedGoal.get() != null && selectedGoal.get().id().equals(saved.id())) {
                selectedGoal.set(saved);
            }
        }, error -> {
            state.showError(error);
            reload();
        });
    }

    // --- loading ---

    private void loadGoals(Profile profile, UUID keepGoalId) {
        heading.set(profile == null ? Messages.get("compare.titleNoProfile")
                : Messages.get("compare.heading", profile.name()));
        profileName.set(profile == null ? "" : profile.name());
        if (profile == null) {
            goals.clear();
            selectedGoal.set(null);
            return;
        }
        Store store = state.store();
        state.tasks().run(() -> store.goals().listForProfile(profile.id()), loaded -> {
            if (state.currentProfile() == null || !state.currentProfile().id().equals(profile.id())) {
                return;
            }
            goals.setAll(loaded);
            Goal keep = loaded.stream().filter(g -> g.id().equals(keepGoalId)).findFirst()
                    .orElse(loaded.isEmpty() ? null : loaded.get(0));
            if (keep != null && selectedGoal.get() != null && keep.id().equals(selectedGoal.get().id())) {
                selectedGoal.set(keep);
                loadGoal(keep);
            } else {
                selectedGoal.set(keep);
            }
        }, state::showError);
    }

    private void loadGoal(Goal goal) {
        if (goal == null) {
            inputs = null;
            candidates.clear();
            showEvaluation();
            return;
        }
        Store store = state.store();
        state.tasks().run(() -> store.plans().load(goal.id()), loaded -> {
            if (selectedGoal.get() == null || !selectedGoal.get().id().equals(loaded.goal().id())) {
                return;
            }
            inputs = loaded;
            candidates.setAll(loaded.candidates());
            Set<UUID> present = new HashSet<>();
            loaded.candidates().forEach(c -> present.add(c.candidate().id()));
            selectedIds.removeIf(id -> !present.contains(id));
            scheduleMode.set(loaded.goal().scheduleMode());
            applyWeights(loaded.weights());
            evaluate();
        }, error -> {
            inputs = null;
            candidates.clear();
            state.showError(error);
            showEvaluation();
        });
    }

    private void applyWeights(ScoringWeights values) {
        applyingWeights = true;
        try {
            for (WeightSetting setting : weights) {
                setting.weightProperty().set(values.of(setting.criterion()));
            }
        } finally {
            applyingWeights = false;
        }
    }

    private void weightChanged(WeightSetting changed) {
        if (applyingWeights) {
            return;
        }
        if (currentWeights() == null) {
            // Nothing would be left to score on: the last weighted criterion keeps a small weight.
            applyingWeights = true;
            try {
                changed.weightProperty().set(SMALLEST_WEIGHT);
            } finally {
                applyingWeights = false;
            }
            weightsMessage = Messages.get("compare.weightsAllZero");
        } else {
            weightsMessage = "";
        }
        evaluate();
    }

    // --- evaluating and shaping for display ---

    /** Scores the loaded goal with the sliders' weights (about 3 ms, so it runs on every slider move). */
    private void evaluate() {
        if (inputs == null) {
            showEvaluation();
            return;
        }
        ScoringWeights current = currentWeights();
        if (current == null) {
            return;
        }
        List<CandidateWithCredential> withReference = new ArrayList<>(inputs.candidates());
        Credential degree = referenceDegree.get();
        if (degree != null) {
            withReference.add(referenceCandidate(inputs.goal(), degree));
        }
        String problem = "";
        PlanEvaluation result;
        try {
            result = evaluate(inputs, withReference, current);
        } catch (MissingExchangeRateException e) {
            if (degree == null) {
                showFailure(Formats.text(e.phrase()));
                return;
            }
            problem = Messages.get("compare.referenceNoRate", degree.title(), Formats.text(e.phrase()));
            try {
                result = evaluate(inputs, inputs.candidates(), current);
            } catch (MissingExchangeRateException again) {
                showFailure(Formats.text(again.phrase()));
                return;
            } catch (IllegalArgumentException again) {
                showFailure(again.getMessage());
                return;
            }
        } catch (IllegalArgumentException e) {
            showFailure(e.getMessage());
            return;
        }
        evaluation.set(result);
        evaluationProblem = problem;
        showEvaluation();
    }

    private PlanEvaluation evaluate(PlanInputs base, List<CandidateWithCredential> list, ScoringWeights current) {
        return new PlanInputs(base.profile(), base.goal(), list, base.earnedSkills(), base.rates(), current)
                .evaluate(today.get());
    }

    private void showFailure(String reason) {
        evaluation.set(null);
        evaluationProblem = reason;
        showEvaluation();
    }

    private void showEvaluation() {
        PlanEvaluation result = evaluation.get();
        if (inputs == null || result == null) {
            rows.clear();
            charts.set(CompareCharts.EMPTY);
            scheduleLines.clear();
            scheduleWarnings.clear();
            finishText.set("");
            costText.set("");
            returnText.set("");
            feasibilityText.set("");
            feasible.set(true);
            closeBreakdown();
            message.set(joinMessages(joinMessages(selectionMessage, weightsMessage), evaluationProblem));
            return;
        }
        LocalDate now = today.get();
        List<CompareRow> shown = shownRows(result, now);
        rows.setAll(shown);
        charts.set(ChartDataBuilder.build(inputs, shown, now));
        showSchedule(result.schedule());
        showMoney(result.totals());
        String hint = !allOfGoal.get() && selectedIds.size() < MIN_CANDIDATES
                ? Messages.get("compare.tooFew", MIN_CANDIDATES) : "";
        message.set(joinMessages(joinMessages(selectionMessage.isEmpty() ? hint : selectionMessage, weightsMessage),
                evaluationProblem));
        CompareRow opened = breakdownRow.get();
        if (opened != null) {
            openBreakdown(shown.stream()
                    .filter(r -> r.evaluation().candidate().id().equals(opened.evaluation().candidate().id()))
                    .findFirst().orElse(null));
        }
    }

    private List<CompareRow> shownRows(PlanEvaluation result, LocalDate now) {
        Set<UUID> picked = new HashSet<>(selectedIds);
        Goal goal = inputs.goal();
        BigDecimal weeklyHours = goal.effectiveWeeklyHours(inputs.profile());
        List<CandidateEvaluation> compared = new ArrayList<>();
        CandidateEvaluation reference = null;
        Set<UUID> goalCandidates = new HashSet<>();
        inputs.candidates().forEach(c -> goalCandidates.add(c.candidate().id()));
        for (CandidateEvaluation e : result.candidates()) {
            if (!goalCandidates.contains(e.candidate().id())) {
                reference = e;
            } else if (allOfGoal.get() || picked.contains(e.candidate().id())) {
                compared.add(e);
            }
        }
        compared.sort(Comparator.comparing((CandidateEvaluation e) -> e.score().points()).reversed()
                .thenComparingInt(e -> e.candidate().order()));
        List<CompareRow> shown = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < compared.size(); i++) {
            CandidateEvaluation e = compared.get(i);
            boolean tie = i > 0 && compared.get(i - 1).score().points().compareTo(e.score().points()) == 0;
            int rank = tie ? shown.get(i - 1).rank() : i + 1;
            shown.add(row(e, rank, false, weeklyHours, now, goal, labels));
        }
        if (reference != null) {
            shown.add(row(reference, 0, true, weeklyHours, now, goal, labels));
        }
        return shown;
    }

    private static CompareRow row(CandidateEvaluation e, int rank, boolean reference, BigDecimal weeklyHours,
                                  LocalDate now, Goal goal, Set<String> usedLabels) {
        CandidateTiming timing = CandidateTiming.of(e, weeklyHours, now);
        int recognition = goal.targetIndustry() == null ? 0
                : e.credential().recognitionIn(goal.targetIndustry().strip()).level();
        return new CompareRow(e, rank, reference, timing.scheduled(), timing.weeks(), timing.start(), timing.finish(),
                recognition, chartLabel(e.credential().title(), reference, usedLabels));
    }

    /** Short, unique category names: a chart axis cannot hold two equal ones and long titles overlap. */
    static String chartLabel(String title, boolean reference, Set<String> used) {
        String shortTitle = title.length() <= LABEL_LENGTH ? title : title.substring(0, LABEL_LENGTH - 1).strip() + "…";
        String label = reference ? Messages.get("compare.referenceLabel", shortTitle) : shortTitle;
        String unique = label;
        for (int n = 2; used.contains(unique); n++) {
            unique = label + " (" + n + ")";
        }
        used.add(unique);
        return unique;
    }

    private void showSchedule(Schedule schedule) {
        Map<UUID, String> titles = new LinkedHashMap<>();
        inputs.candidates().forEach(c -> titles.put(c.candidate().id(), c.credential().title()));
        LocalDate deadline = schedule.deadline().orElse(null);
        scheduleLines.setAll(schedule.entries().stream().map(entry -> new ScheduleLine(
                titles.getOrDefault(entry.candidate().id(), ""), entry.start(), entry.finish(), entry.weeks(),
                entry.weeklyHours(), entry.isCompleted(), deadline != null && entry.finish().isAfter(deadline)))
                .toList());
        if (schedule.entries().isEmpty()) {
            finishText.set(Messages.get("compare.schedule.nothingPlanned"));
        } else if (deadline == null) {
            finishText.set(Messages.get("compare.schedule.finishNoDeadline", Formats.date(schedule.finish())));
        } else if (schedule.daysBeforeDeadline().orElseThrow() >= 0) {
            finishText.set(Messages.get("compare.schedule.finishEarly", Formats.date(schedule.finish()),
                    schedule.daysBeforeDeadline().orElseThrow(), Formats.date(deadline)));
        } else {
            // A late finish is the first of the schedule's warnings, with what would fix it after it.
            finishText.set("");
        }
        scheduleWarnings.setAll(schedule.warnings().stream().map(Formats::text).toList());
    }

    private void showMoney(PlanTotals totals) {
        costText.set(totals.withinBudget()
                ? Messages.get("compare.money.within", Formats.money(totals.totalCost()),
                        Formats.money(totals.budget()), PlanEvaluator.DEFAULT_HORIZON_MONTHS)
                : Messages.get("compare.money.over", Formats.money(totals.totalCost()), Formats.money(totals.budget()),
                        Formats.money(totals.overBudgetBy()), PlanEvaluator.DEFAULT_HORIZON_MONTHS));
        ReturnOnInvestment roi = totals.returnOnInvestment();
        returnText.set(roi.isAvailable()
                ? Messages.get("compare.money.payback", roi.paybackMonths().getAsLong(),
                        Formats.money(roi.yearlyUplift().orElseThrow()))
                : Messages.get("compare.money.noPayback", Formats.text(roi.notAvailableBecause().orElse(null))));
        feasible.set(totals.feasible());
        feasibilityText.set(totals.feasible() ? Messages.get("compare.feasible")
                : Messages.get("compare.infeasible", String.join(" ",
                        totals.infeasibleBecause().stream().map(Formats::text).toList())));
    }

    private static String money(BigDecimal amount, String currency) {
        return Formats.money(new Money(amount, currency));
    }

    private static String joinMessages(String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : first + " " + second;
    }

    private static BigDecimal rounded(double weight) {
        return BigDecimal.valueOf(weight).setScale(1, RoundingMode.HALF_UP);
    }

    /** A degree compared as a "considering" candidate: it is scored but never part of the plan or its totals. */
    private static CandidateWithCredential referenceCandidate(Goal goal, Credential degree) {
        UUID id = UUID.nameUUIDFromBytes(("reference:" + goal.id() + ":" + degree.id())
                .getBytes(StandardCharsets.UTF_8));
        Candidate candidate = new Candidate(id, goal.id(), degree.id(), CandidateStatus.CONSIDERING, null,
                Integer.MAX_VALUE, null, null, null, 0);
        return new CandidateWithCredential(candidate, degree);
    }

    private static Goal withScheduleMode(Goal g, ScheduleMode mode) {
        return new Goal(g.id(), g.profileId(), g.title(), g.targetRole(), g.targetIndustry(), g.deadline(),
                g.budgetCap(), g.weeklyHours(), g.expectedSalaryAfter(), g.priority(), g.status(), mode, g.notes(),
                g.skills(), g.createdAt(), g.updatedAt(), g.version());
    }
}
