package io.upskillplanner.ui.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.EarnedBadge;
import io.upskillplanner.domain.ExchangeRate;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.domain.decide.CandidateWithCredential;
import io.upskillplanner.domain.decide.CurrencyConverter;
import io.upskillplanner.domain.decide.SkillCoverage;
import io.upskillplanner.domain.decide.SkillGap;
import io.upskillplanner.store.Store;
import io.upskillplanner.ui.catalog.CatalogViewModel;
import io.upskillplanner.ui.common.DialogService;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.main.AppState;

/**
 * The goals of the current profile; for the selected goal its candidates in plan order and its
 * skill gap, which follows every change of a candidate's status.
 */
public final class GoalsViewModel {

    private final AppState state;
    private final DialogService dialogs;
    private final ObservableList<Goal> goals = FXCollections.observableArrayList();
    private final ObjectProperty<Goal> selectedGoal = new SimpleObjectProperty<>();
    private final ObservableList<CandidateWithCredential> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<CandidateWithCredential> selectedCandidate = new SimpleObjectProperty<>();
    private final ObservableList<GapRow> gap = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper gapSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper goalFacts = new ReadOnlyStringWrapper("");
    private List<SkillRef> earnedSkills = List.of();
    private List<EarnedBadge> earnedBadges = List.of();
    private CurrencyConverter converter = new CurrencyConverter(List.of());
    private final ObjectProperty<CandidateStatus> formStatus = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> formStart = new SimpleObjectProperty<>();
    private final StringProperty formNote = new SimpleStringProperty("");
    /** Set while the form shows the selected candidate, so that is not read as the user's change. */
    private boolean showingCandidate;

    public GoalsViewModel(AppState state, DialogService dialogs) {
        this.state = state;
        this.dialogs = dialogs;
        state.currentProfileProperty().addListener((obs, old, profile) -> {
            if (old == null || profile == null || !old.id().equals(profile.id())) {
                loadGoals(profile, null);
            } else {
                heading.set(Messages.get("goals.title", profile.name()));
            }
        });
        selectedGoal.addListener((obs, old, goal) -> {
            state.currentGoalProperty().set(goal);
            loadGoalDetails(goal);
        });
        selectedCandidate.addListener((obs, old, row) -> showInForm(row));
        formStatus.addListener((obs, old, status) -> {
            if (!showingCandidate) {
                setStatus(selectedCandidate.get(), status);
            }
        });
        formStart.addListener((obs, old, start) -> {
            if (!showingCandidate) {
                setPlannedStart(selectedCandidate.get(), start);
            }
        });
        state.planRevisionProperty().addListener((obs, old, now) -> reloadCandidates());
        state.catalogRevisionProperty().addListener((obs, old, now) -> reloadCandidates());
        loadGoals(state.currentProfile(), null);
    }

    public AppState state() {
        return state;
    }

    public ObservableList<Goal> goals() {
        return goals;
    }

    public ObjectProperty<Goal> selectedGoalProperty() {
        return selectedGoal;
    }

    public ObservableList<CandidateWithCredential> candidates() {
        return candidates;
    }

    public ObjectProperty<CandidateWithCredential> selectedCandidateProperty() {
        return selectedCandidate;
    }

    /** Each skill of the selected goal, with what covers it. */
    public ObservableList<GapRow> gap() {
        return gap;
    }

    public ReadOnlyStringProperty gapSummaryProperty() {
        return gapSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** A line with the selected goal's target, deadline, budget and hours. */
    public ReadOnlyStringProperty goalFactsProperty() {
        return goalFacts.getReadOnlyProperty();
    }

    public BooleanBinding noProfileProperty() {
        return state.currentProfileProperty().isNull();
    }

    public BooleanBinding noGoalProperty() {
        return selectedGoal.isNull();
    }

    public BooleanBinding noCandidateProperty() {
        return selectedCandidate.isNull();
    }

    // --- goals ---

    /** Opens the form for a new goal of the profile planned for (nothing without one). */
    public void newGoal() {
        edit(newGoalEditor());
    }

    public void editGoal() {
        edit(editGoalEditor());
    }

    private void edit(GoalEditorViewModel editor) {
        if (editor != null) {
            dialogs.edit(editor, this::goalSaved);
        }
    }

    /** Asks, then deletes the selected goal. */
    public void askToDeleteGoal() {
        if (selectedGoal.get() != null) {
            dialogs.confirm(Messages.get("goals.deleteTitle"), deleteQuestion(), Messages.get("button.delete"),
                    this::deleteSelectedGoal);
        }
    }

    public GoalEditorViewModel newGoalEditor() {
        Profile profile = state.currentProfile();
        return profile == null ? null : new GoalEditorViewModel(state, profile, null);
    }

    public GoalEditorViewModel editGoalEditor() {
        Profile profile = state.currentProfile();
        Goal goal = selectedGoal.get();
        return profile == null || goal == null ? null : new GoalEditorViewModel(state, profile, goal);
    }

    public void goalSaved(Goal saved) {
        loadGoals(state.currentProfile(), saved.id());
    }

    public String deleteQuestion() {
        Goal goal = selectedGoal.get();
        return goal == null ? "" : Messages.get("goals.deleteQuestion", goal.title(), candidates.size());
    }

    /** Deletes the selected goal with its candidates, and offers to put both back. */
    public void deleteSelectedGoal() {
        Goal goal = selectedGoal.get();
        if (goal == null) {
            return;
        }
        List<Candidate> itsCandidates = candidates.stream().map(CandidateWithCredential::candidate).toList();
        state.tasks().run(() -> state.store().goals().delete(goal.id()), done -> {
            loadGoals(state.currentProfile(), null);
            state.offerUndo(Messages.get("goals.deleted", goal.title()), () -> restoreGoal(goal, itsCandidates));
        }, state::showError);
    }

    private void restoreGoal(Goal goal, List<Candidate> itsCandidates) {
        Goal fresh = new Goal(goal.id(), goal.profileId(), goal.title(), goal.targetRole(), goal.targetIndustry(),
                goal.deadline(), goal.budgetCap(), goal.weeklyHours(), goal.expectedSalaryAfter(), goal.priority(),
                goal.status(), goal.scheduleMode(), goal.notes(), goal.skills(), goal.createdAt(), null, 0);
        state.tasks().run(() -> state.store().inTransaction(tx -> {
            Goal saved = tx.goals().save(fresh);
            for (Candidate c : itsCandidates) {
                tx.candidates().save(new Candidate(c.id(), c.goalId(), c.credentialId(), c.status(), c.plannedStart(),
                        c.order(), c.note(), c.createdAt(), null, 0));
            }
            return saved;
        }), saved -> {
            if (state.currentProfile() != null && state.currentProfile().id().equals(saved.profileId())) {
                loadGoals(state.currentProfile(), saved.id());
            }
            state.setStatus(Messages.get("goals.restored", saved.title()));
        }, state::showError);
    }

    // --- candidates ---

    /** Attaches credentials to the selected goal, after its candidates; those it has already are skipped. */
    public void attach(List<UUID> credentialIds) {
        Goal goal = selectedGoal.get();
        if (goal == null || credentialIds.isEmpty()) {
            return;
        }
        Store store = state.store();
        state.tasks().run(() -> CatalogViewModel.attach(store, goal.id(), credentialIds), added -> {
            reloadCandidates();
            state.setStatus(Messages.get("catalog.attached", added, goal.title()));
        }, state::showError);
    }

    /** The selected candidate's status in the form below the candidates; a change is saved at once. */
    public ObjectProperty<CandidateStatus> formStatusProperty() {
        return formStatus;
    }

    /** The selected candidate's planned start in the form; a change is saved at once. */
    public ObjectProperty<LocalDate> formStartProperty() {
        return formStart;
    }

    /** The selected candidate's note in the form; saved by {@link #saveFormNote()} (Enter, or leaving the field). */
    public StringProperty formNoteProperty() {
        return formNote;
    }

    public void saveFormNote() {
        if (!showingCandidate) {
            setNote(selectedCandidate.get(), formNote.get());
        }
    }

    private void showInForm(CandidateWithCredential row) {
        showingCandidate = true;
        try {
            formStatus.set(row == null ? null : row.candidate().status());
            formStart.set(row == null ? null : row.candidate().plannedStart());
            formNote.set(row == null || row.candidate().note() == null ? "" : row.candidate().note());
        } finally {
            showingCandidate = false;
        }
    }

    public void setStatus(CandidateWithCredential row, CandidateStatus status) {
        if (row != null && status != null && row.candidate().status() != status) {
            update(row, with(row.candidate(), status, row.candidate().plannedStart(), row.candidate().note(),
                    row.candidate().order()));
        }
    }

    public void setPlannedStart(CandidateWithCredential row, LocalDate start) {
        if (row != null && !Objects.equals(row.candidate().plannedStart(), start)) {
            update(row, with(row.candidate(), row.candidate().status(), start, row.candidate().note(),
                    row.candidate().order()));
        }
    }

    public void setNote(CandidateWithCredential row, String note) {
        String cleaned = note == null || note.isBlank() ? null : note.strip();
        if (row != null && !Objects.equals(row.candidate().note(), cleaned)) {
            update(row, with(row.candidate(), row.candidate().status(), row.candidate().plannedStart(), cleaned,
                    row.candidate().order()));
        }
    }

    public void moveUp(CandidateWithCredential row) {
        move(row, -1);
    }

    public void moveDown(CandidateWithCredential row) {
        move(row, 1);
    }

    /** Swaps a candidate with its neighbour and numbers the plan 1, 2, 3 … again. */
    private void move(CandidateWithCredential row, int by) {
        int at = candidates.indexOf(row);
        int to = at + by;
        if (row == null || at < 0 || to < 0 || to >= candidates.size()) {
            return;
        }
        List<Candidate> ordered = new ArrayList<>(candidates.stream().map(CandidateWithCredential::candidate).toList());
        Candidate moved = ordered.remove(at);
        ordered.add(to, moved);
        UUID movedId = moved.id();
        state.tasks().run(() -> state.store().inTransaction(tx -> {
            for (int i = 0; i < ordered.size(); i++) {
                Candidate c = ordered.get(i);
                if (c.order() != i + 1) {
                    tx.candidates().save(with(c, c.status(), c.plannedStart(), c.note(), i + 1));
                }
            }
            return true;
        }), done -> reloadCandidates(movedId), this::failedAndReload);
    }

    public void remove(CandidateWithCredential row) {
        if (row == null) {
            return;
        }
        Candidate removed = row.candidate();
        state.tasks().run(() -> state.store().candidates().delete(removed.id()), done -> {
            reloadCandidates();
            state.offerUndo(Messages.get("candidates.removed", row.credential().title()), () -> state.tasks().run(
                    () -> state.store().candidates().save(with(removed, removed.status(), removed.plannedStart(),
                            removed.note(), removed.order(), 0)),
                    restored -> reloadCandidates(restored.id()), state::showError));
        }, state::showError);
    }

    private void update(CandidateWithCredential row, Candidate changed) {
        state.tasks().run(() -> state.store().candidates().save(changed), saved -> {
            int at = candidates.indexOf(row);
            CandidateWithCredential updated = new CandidateWithCredential(saved, row.credential());
            if (at >= 0) {
                candidates.set(at, updated);
            }
            selectedCandidate.set(updated);
            computeGap();
        }, this::failedAndReload);
    }

    private void failedAndReload(Throwable error) {
        state.showError(error);
        reloadCandidates();
    }

    private static Candidate with(Candidate c, CandidateStatus status, LocalDate start, String note, int order) {
        return with(c, status, start, note, order, c.version());
    }

    private static Candidate with(Candidate c, CandidateStatus status, LocalDate start, String note, int order,
                                  int version) {
        return new Candidate(c.id(), c.goalId(), c.credentialId(), status, start, order, note, c.createdAt(),
                c.updatedAt(), version);
    }

    // --- loading ---

    private void loadGoals(Profile profile, UUID select) {
        heading.set(profile == null ? Messages.get("goals.titleNoProfile") : Messages.get("goals.title", profile.name()));
        if (profile == null) {
            goals.clear();
            selectedGoal.set(null);
            earnedSkills = List.of();
            earnedBadges = List.of();
            return;
        }
        state.tasks().run(() -> new Loaded(state.store().goals().listForProfile(profile.id()),
                state.store().plans().earnedSkills(profile.id()), state.store().earnedBadges().list(profile.id())),
                loaded -> {
            if (state.currentProfile() == null || !state.currentProfile().id().equals(profile.id())) {
                return;
            }
            earnedSkills = loaded.earned();
            earnedBadges = loaded.badges();
            goals.setAll(loaded.goals());
            Goal keep = loaded.goals().stream().filter(g -> g.id().equals(select)).findFirst()
                    .orElse(loaded.goals().isEmpty() ? null : loaded.goals().get(0));
            selectedGoal.set(null);
            selectedGoal.set(keep);
        }, state::showError);
    }

    private void loadGoalDetails(Goal goal) {
        goalFacts.set(goal == null ? "" : facts(goal));
        if (goal == null) {
            candidates.clear();
            gap.clear();
            gapSummary.set("");
            return;
        }
        reloadCandidates();
    }

    private void reloadCandidates() {
        CandidateWithCredential current = selectedCandidate.get();
        reloadCandidates(current == null ? null : current.candidate().id());
    }

    private void reloadCandidates(UUID select) {
        Goal goal = selectedGoal.get();
        if (goal == null) {
            return;
        }
        Store store = state.store();
        state.tasks().run(() -> new LoadedCandidates(store.plans().candidates(goal.id()), store.exchangeRates().list()),
                loaded -> {
            List<CandidateWithCredential> rows = loaded.rows();
            if (selectedGoal.get() != null && selectedGoal.get().id().equals(goal.id())) {
                converter = new CurrencyConverter(loaded.rates());
                candidates.setAll(rows);
                selectedCandidate.set(rows.stream().filter(r -> r.candidate().id().equals(select)).findFirst()
                        .orElse(null));
                computeGap();
            }
        }, state::showError);
    }

    /** The gap as the decide layer computes it, with the credentials and badges named for the list. */
    private void computeGap() {
        Goal goal = selectedGoal.get();
        if (goal == null) {
            return;
        }
        List<CandidateWithCredential> plan = candidates.stream()
                .map(r -> new CandidateWithCredential(r.candidate(), r.credential())).toList();
        SkillGap result = SkillGap.of(goal, plan, earnedSkills);
        List<GapRow> rows = new ArrayList<>();
        for (SkillCoverage coverage : result.skills()) {
            List<String> by = new ArrayList<>(coverage.byCredentials().stream().map(Credential::title).toList());
            for (EarnedBadge badge : earnedBadges) {
                boolean shows = badge.skills().stream().anyMatch(s -> coverage.byEarnedSkills().stream()
                        .anyMatch(s::matches));
                if (shows && !by.contains(badge.achievementName())) {
                    by.add(badge.achievementName());
                }
            }
            rows.add(new GapRow(coverage.goalSkill(), by));
        }
        gap.setAll(rows);
        int covered = (int) rows.stream().filter(GapRow::covered).count();
        gapSummary.set(goal.skills().isEmpty() ? Messages.get("gap.noSkills")
                : Messages.get("gap.summary", covered, goal.skills().size(), Math.round(result.coveredShare() * 100)));
    }

    private String facts(Goal goal) {
        List<String> parts = new ArrayList<>();
        if (goal.targetRole() != null) {
            parts.add(goal.targetRole());
        }
        if (goal.targetIndustry() != null) {
            parts.add(Formats.industry(goal.targetIndustry()));
        }
        if (goal.deadline() != null) {
            parts.add(Messages.get("goals.factDeadline", Formats.date(goal.deadline())));
        }
        Profile profile = state.currentProfile();
        if (profile != null) {
            parts.add(Messages.get("goals.factBudget", Formats.money(goal.effectiveBudget(profile))));
            parts.add(Messages.get("goals.factHours", Formats.number(goal.effectiveWeeklyHours(profile))));
        }
        parts.add(Messages.get("goals.factPriority", goal.priority()));
        return String.join(" · ", parts);
    }

    /**
     * A candidate's one-off cost in the profile's currency, the one its budget is in, as Compare
     * shows it; in the credential's own currency only when no exchange rate links the two.
     */
    public String cost(CandidateWithCredential row) {
        Money original = row.credential().costs().oneOff();
        String currency = profileCurrency();
        if (currency == null || currency.equals(original.currency()) || !converter.canConvert(original.currency(), currency)) {
            return Formats.money(original);
        }
        return Formats.money(converter.convert(original, currency));
    }

    /** The original amount behind a converted cost, or why it could not be converted; empty when nothing was. */
    public String costTooltip(CandidateWithCredential row) {
        Money original = row.credential().costs().oneOff();
        String currency = profileCurrency();
        if (currency == null || currency.equals(original.currency())) {
            return "";
        }
        return converter.canConvert(original.currency(), currency)
                ? Messages.get("goals.cost.converted", Formats.money(original), original.currency(), currency)
                : Messages.get("goals.cost.noRate", original.currency(), currency);
    }

    private String profileCurrency() {
        Profile profile = state.currentProfile();
        return profile == null ? null : profile.budget().currency();
    }

    private record LoadedCandidates(List<CandidateWithCredential> rows, List<ExchangeRate> rates) {
    }

    private record Loaded(List<Goal> goals, List<SkillRef> earned, List<EarnedBadge> badges) {
    }
}
