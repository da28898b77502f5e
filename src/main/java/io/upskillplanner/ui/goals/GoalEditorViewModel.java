package io.upskillplanner.ui.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.GoalStatus;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.ui.common.EditorViewModel;
import io.upskillplanner.ui.common.FieldRules;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.NumberInput;
import io.upskillplanner.ui.common.SkillSuggestions;
import io.upskillplanner.ui.main.AppState;

/**
 * The form for a goal and the skills it needs. A new goal's deadline must lie in the future; a
 * goal being changed may keep a deadline that has passed.
 */
public final class GoalEditorViewModel extends EditorViewModel<Goal> {

    private final Profile profile;
    private final Goal original;
    private final LocalDate today;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty targetRole = new SimpleStringProperty("");
    private final StringProperty targetIndustry = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    private final StringProperty budgetCap = new SimpleStringProperty("");
    private final StringProperty weeklyHours = new SimpleStringProperty("");
    private final StringProperty expectedSalary = new SimpleStringProperty("");
    private final ObjectProperty<Integer> priority = new SimpleObjectProperty<>(3);
    private final ObjectProperty<GoalStatus> status = new SimpleObjectProperty<>(GoalStatus.ACTIVE);
    private final ObjectProperty<ScheduleMode> scheduleMode = new SimpleObjectProperty<>(ScheduleMode.SEQUENTIAL);
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<GoalSkill> skills = FXCollections.observableArrayList();
    private final StringProperty skillInput = new SimpleStringProperty("");
    private final ObjectProperty<Integer> skillImportance = new SimpleObjectProperty<>(3);
    private final FieldRules rules = new FieldRules(errors());
    private final SkillSuggestions suggestions;

    public GoalEditorViewModel(AppState state, Profile profile, Goal original) {
        this(state, profile, original, LocalDate.now());
    }

    GoalEditorViewModel(AppState state, Profile profile, Goal original, LocalDate today) {
        super(state);
        this.profile = Objects.requireNonNull(profile, "profile");
        this.original = original;
        this.today = today;
        this.suggestions = new SkillSuggestions(state.store().catalog(), state.tasks());
        if (original != null) {
            title.set(original.title());
            targetRole.set(orEmpty(original.targetRole()));
            targetIndustry.set(Formats.industry(original.targetIndustry()));
            deadline.set(original.deadline());
            budgetCap.set(NumberInput.text(original.budgetCap()));
            weeklyHours.set(NumberInput.text(original.weeklyHours()));
            expectedSalary.set(NumberInput.text(original.expectedSalaryAfter()));
            priority.set(original.priority());
            status.set(original.status());
            scheduleMode.set(original.scheduleMode());
            notes.set(orEmpty(original.notes()));
            skills.setAll(original.skills());
        } else {
            targetIndustry.set(Formats.industry(profile.currentIndustry()));
        }
        changes().track(title, targetRole, targetIndustry, deadline, budgetCap, weeklyHours, expectedSalary, priority,
                status, scheduleMode, notes, skillInput).trackList(skills);
        for (Observable field : new Observable[] {title, deadline, budgetCap, weeklyHours, expectedSalary}) {
            field.addListener(o -> validate());
        }
        validate();
    }

    public boolean isNew() {
        return original == null;
    }

    @Override
    public String title() {
        return isNew() ? Messages.get("goalEditor.newTitle", profile.name())
                : Messages.get("goalEditor.editTitle", original.title());
    }

    public String currency() {
        return profile.currency();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty targetRoleProperty() {
        return targetRole;
    }

    public StringProperty targetIndustryProperty() {
        return targetIndustry;
    }

    public ObjectProperty<LocalDate> deadlineProperty() {
        return deadline;
    }

    public StringProperty budgetCapProperty() {
        return budgetCap;
    }

    public StringProperty weeklyHoursProperty() {
        return weeklyHours;
    }

    public StringProperty expectedSalaryProperty() {
        return expectedSalary;
    }

    public ObjectProperty<Integer> priorityProperty() {
        return priority;
    }

    public ObjectProperty<GoalStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<ScheduleMode> scheduleModeProperty() {
        return scheduleMode;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public List<String> industryChoices() {
        return Formats.standardIndustries();
    }

    public ObservableList<GoalSkill> skills() {
        return skills;
    }

    public StringProperty skillInputProperty() {
        return skillInput;
    }

    public ObjectProperty<Integer> skillImportanceProperty() {
        return skillImportance;
    }

    public List<String> suggestSkills(String typed) {
        return suggestions.suggest(typed, 12);
    }

    /** Adds the typed skill at the chosen importance, or changes the importance of a skill already there. */
    public void addSkill() {
        String typed = skillInput.get();
        if (typed == null || typed.isBlank()) {
            return;
        }
        SkillRef skill = suggestions.skillFor(typed);
        GoalSkill added = new GoalSkill(skill, Objects.requireNonNullElse(skillImportance.get(), 3));
        for (int i = 0; i < skills.size(); i++) {
            if (skills.get(i).skill().label().equalsIgnoreCase(skill.label())) {
                skills.set(i, added);
                skillInput.set("");
                return;
            }
        }
        skills.add(added);
        skillInput.set("");
    }

    public void removeSkill(GoalSkill skill) {
        skills.remove(skill);
    }

    /** Puts a skill back into the entry fields, to change its importance. */
    public void editSkill(GoalSkill skill) {
        if (skill != null) {
            skillInput.set(skill.skill().label());
            skillImportance.set(skill.importance());
        }
    }

    @Override
    protected void validate() {
        rules.required("title", title.get());
        LocalDate due = deadline.get();
        boolean deadlineOk = due == null || !isNew() && original.deadline() != null && due.equals(original.deadline())
                || due.isAfter(today);
        rules.check("deadline", deadlineOk, "validation.futureDeadline");
        rules.nonNegative("budgetCap", budgetCap.get(), false);
        rules.weeklyHours("weeklyHours", weeklyHours.get(), false);
        rules.nonNegative("expectedSalary", expectedSalary.get(), false);
    }

    @Override
    protected Goal formValue() {
        return toGoal();
    }

    @Override
    protected Goal store(Goal goal) {
        return state.store().goals().save(goal);
    }

    @Override
    protected void afterSave(Goal saved) {
        state.setStatus(Messages.get(isNew() ? "goals.created" : "goals.saved", saved.title()));
    }

    Goal toGoal() {
        BigDecimal cap = NumberInput.decimal(budgetCap.get()).orElse(null);
        BigDecimal hours = NumberInput.decimal(weeklyHours.get()).orElse(null);
        BigDecimal salary = NumberInput.decimal(expectedSalary.get()).orElse(null);
        return new Goal(original == null ? UUID.randomUUID() : original.id(), profile.id(), title.get().strip(),
                FieldRules.optional(targetRole.get()), Formats.storedIndustry(FieldRules.optional(targetIndustry.get())), deadline.get(), cap,
                hours, salary, Objects.requireNonNullElse(priority.get(), 3), status.get(), scheduleMode.get(),
                FieldRules.optional(notes.get()), new ArrayList<>(skills),
                original == null ? null : original.createdAt(), null, original == null ? 0 : original.version());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
