package io.upskillplanner.ui.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.CatalogFilter;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.decide.CandidateWithCredential;
import io.upskillplanner.ui.TestApp;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.ScriptedDialogs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoalsViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @TempDir
    Path dir;

    private TestApp app;
    private GoalsViewModel goals;

    @BeforeEach
    void open() {
        app = new TestApp(dir);
        app.select("Maya Lindqvist");
        goals = new GoalsViewModel(app.state(), new ScriptedDialogs());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aNewGoalWithThreeSkillsIsSavedAndSelected() {
        GoalEditorViewModel editor = new GoalEditorViewModel(app.state(), app.state().currentProfile(), null, TODAY);
        editor.titleProperty().set("Cloud support engineer");
        editor.deadlineProperty().set(TODAY.plusMonths(9));
        editor.budgetCapProperty().set("1500");
        editor.weeklyHoursProperty().set("6");
        editor.priorityProperty().set(1);
        for (String skill : List.of("cloud computing", "Networking", "linux administration")) {
            editor.skillInputProperty().set(skill);
            editor.addSkill();
        }
        editor.skillInputProperty().set("NETWORKING");
        editor.skillImportanceProperty().set(5);
        editor.addSkill();

        editor.save(goals::goalSaved);

        Goal selected = goals.selectedGoalProperty().get();
        assertThat(selected.title()).isEqualTo("Cloud support engineer");
        assertThat(selected.skills()).hasSize(3);
        assertThat(selected.skills()).filteredOn(s -> s.skill().label().equalsIgnoreCase("networking"))
                .extracting(GoalSkill::importance).containsExactly(5);
        assertThat(app.state().currentGoalProperty().get()).isEqualTo(selected);
        assertThat(goals.gapSummaryProperty().get()).startsWith("0 of 3");
    }

    @Test
    void newGoalAsksForTheGoalFormAndDeleteAsksFirst() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        GoalsViewModel screen = new GoalsViewModel(app.state(), dialogs);
        int before = screen.goals().size();

        screen.newGoal();
        ScriptedDialogs.Opened<Goal> form = dialogs.last(GoalEditorViewModel.class);
        GoalEditorViewModel editor = (GoalEditorViewModel) form.editor();
        editor.titleProperty().set("Data protection officer");
        editor.deadlineProperty().set(LocalDate.now().plusMonths(10));
        form.save();

        assertThat(screen.goals()).hasSize(before + 1);
        assertThat(screen.selectedGoalProperty().get().title()).isEqualTo("Data protection officer");
        dialogs.answerYes(false);
        screen.askToDeleteGoal();
        assertThat(screen.goals()).hasSize(before + 1);
        dialogs.answerYes(true);
        screen.askToDeleteGoal();
        assertThat(screen.goals()).hasSize(before);
        assertThat(dialogs.asked()).hasSize(2);
    }

    @Test
    void aNewGoalNeedsATitleAndAFutureDeadlineAndSensibleFigures() {
        GoalEditorViewModel editor = new GoalEditorViewModel(app.state(), app.state().currentProfile(), null, TODAY);
        editor.deadlineProperty().set(TODAY);
        editor.budgetCapProperty().set("-1");
        editor.weeklyHoursProperty().set("100");
        editor.expectedSalaryProperty().set("lots");
        int before = goals.goals().size();

        editor.save(goals::goalSaved);

        assertThat(editor.errors().current()).containsOnlyKeys("title", "deadline", "budgetCap", "weeklyHours",
                "expectedSalary");
        assertThat(goals.goals()).hasSize(before);
        editor.titleProperty().set("Later");
        editor.deadlineProperty().set(TODAY.plusDays(1));
        editor.budgetCapProperty().set("");
        editor.weeklyHoursProperty().set("");
        editor.expectedSalaryProperty().set("");
        assertThat(editor.errors().isValid()).isTrue();
    }

    @Test
    void anExistingGoalMayKeepADeadlineThatHasPassed() {
        Goal goal = goals.selectedGoalProperty().get();
        Goal past = app.store().goals().save(new Goal(goal.id(), goal.profileId(), goal.title(), goal.targetRole(),
                goal.targetIndustry(), TODAY.minusDays(3), goal.budgetCap(), goal.weeklyHours(),
                goal.expectedSalaryAfter(), goal.priority(), goal.status(), goal.scheduleMode(), goal.notes(),
                goal.skills(), goal.createdAt(), goal.updatedAt(), goal.version()));

        GoalEditorViewModel editor = new GoalEditorViewModel(app.state(), app.state().currentProfile(), past, TODAY);

        assertThat(editor.errors().isValid()).isTrue();
        editor.deadlineProperty().set(TODAY.minusDays(1));
        assertThat(editor.errors().of("deadline").get()).isNotEmpty();
    }

    @Test
    void attachingStatusesAndOrderMoveTheSkillGap() {
        Goal goal = saveGoal("Data analyst", "sql", "data visualization", "statistics");
        List<UUID> ids = app.store().catalog().search(CatalogFilter.text("data"), 3).stream().map(Credential::id)
                .toList();
        assertThat(ids).hasSize(3);

        goals.attach(ids);
        goals.attach(ids.subList(0, 1));

        assertThat(goals.candidates()).hasSize(3);
        assertThat(goals.candidates()).extracting(r -> r.candidate().order()).containsExactly(1, 2, 3);
        assertThat(goals.gapSummaryProperty().get()).startsWith("0 of 3");
        CandidateWithCredential covering = goals.candidates().stream()
                .filter(r -> r.credential().skills().stream().anyMatch(s -> goal.skills().stream()
                        .anyMatch(g -> g.skill().matches(s))))
                .findFirst().orElseThrow();

        goals.setStatus(covering, CandidateStatus.CHOSEN);

        assertThat(goals.gapSummaryProperty().get()).doesNotStartWith("0 of 3");
        assertThat(goals.gap()).anyMatch(c -> c.covered() && c.coveredBy().contains(covering.credential().title()));
        goals.setStatus(goals.selectedCandidateProperty().get(), CandidateStatus.DROPPED);
        assertThat(goals.gapSummaryProperty().get()).startsWith("0 of 3");

        CandidateWithCredential last = goals.candidates().get(2);
        goals.moveUp(last);
        assertThat(goals.candidates().get(1).candidate().id()).isEqualTo(last.candidate().id());
        assertThat(goals.candidates()).extracting(r -> r.candidate().order()).containsExactly(1, 2, 3);
        goals.moveUp(goals.candidates().get(0));
        assertThat(goals.candidates().get(1).candidate().id()).isEqualTo(last.candidate().id());

        CandidateWithCredential row = goals.candidates().get(0);
        goals.setPlannedStart(row, TODAY.plusMonths(1));
        goals.setNote(goals.candidates().get(0), "  Employer pays half  ");
        assertThat(app.store().candidates().listForGoal(goal.id()).get(0).note()).isEqualTo("Employer pays half");
        assertThat(app.store().candidates().listForGoal(goal.id()).get(0).plannedStart())
                .isEqualTo(TODAY.plusMonths(1));

        goals.remove(goals.candidates().get(0));
        assertThat(goals.candidates()).hasSize(2);
        app.state().undo();
        assertThat(goals.candidates()).hasSize(3);
    }

    @Test
    void candidateCostsAreInTheProfilesCurrencyBesideItsBudgetWithTheOriginalInTheTooltip() {
        assertThat(app.state().currentProfile().budget().currency()).isEqualTo("EUR");
        CandidateWithCredential dollars = goals.candidates().stream()
                .filter(r -> r.credential().costs().currency().equals("USD")).findFirst().orElseThrow();
        Money original = dollars.credential().costs().oneOff();

        assertThat(goals.goalFactsProperty().get()).contains("€");
        assertThat(goals.cost(dollars)).isEqualTo(Formats.money(new Money(original.amount()
                .multiply(new BigDecimal("0.92")), "EUR"))).contains("€").doesNotContain("$");
        assertThat(goals.costTooltip(dollars)).contains(Formats.money(original), "USD", "EUR");
        CandidateWithCredential euros = goals.candidates().stream()
                .filter(r -> r.credential().costs().currency().equals("EUR")).findFirst().orElse(null);
        if (euros != null) {
            assertThat(goals.costTooltip(euros)).isEmpty();
        }
    }

    @Test
    void aCostWithoutAnExchangeRateStaysInItsCurrencyAndTheTooltipSaysWhy() {
        app.store().exchangeRates().delete("USD", "EUR");
        app.store().exchangeRates().delete("EUR", "USD");
        app.store().exchangeRates().delete("GBP", "USD");
        GoalsViewModel reloaded = new GoalsViewModel(app.state(), new ScriptedDialogs());
        CandidateWithCredential dollars = reloaded.candidates().stream()
                .filter(r -> r.credential().costs().currency().equals("USD")).findFirst().orElseThrow();

        assertThat(reloaded.cost(dollars)).isEqualTo(Formats.money(dollars.credential().costs().oneOff()));
        assertThat(reloaded.costTooltip(dollars)).contains("no exchange rate from USD to EUR");
    }

    @Test
    void onAGermanScreenStandardIndustriesAreGermanAndAreStoredByTheirStandardName() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            GoalsViewModel german = new GoalsViewModel(app.state(), new ScriptedDialogs());
            Goal cloud = german.selectedGoalProperty().get();
            assertThat(cloud.targetIndustry()).isEqualTo("Technology");
            assertThat(german.goalFactsProperty().get()).contains("Technologie").doesNotContain("Technology");
            GoalEditorViewModel editor = german.editGoalEditor();
            assertThat(editor.targetIndustryProperty().get()).isEqualTo("Technologie");
            assertThat(editor.industryChoices()).contains("Technologie", "Gesundheitswesen").doesNotContain("Healthcare");

            editor.targetIndustryProperty().set("Gesundheitswesen");
            editor.save(german::goalSaved);
            assertThat(app.store().goals().listForProfile(cloud.profileId())).filteredOn(g -> g.id().equals(cloud.id()))
                    .extracting(Goal::targetIndustry).containsExactly("Healthcare");

            GoalEditorViewModel typed = german.editGoalEditor();
            typed.targetIndustryProperty().set("Seefahrt");
            typed.save(german::goalSaved);
            assertThat(german.selectedGoalProperty().get().targetIndustry()).isEqualTo("Seefahrt");
            assertThat(german.goalFactsProperty().get()).contains("Seefahrt");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void earnedBadgesCoverSkillsToo() {
        Goal goal = saveGoal("Safety lead", "workplace safety", "first aid");
        UUID badgeId = UUID.randomUUID();
        app.store().database().dsl().execute("INSERT INTO earned_badge (id, profile_id, badge_format, achievement_name,"
                + " verification, raw_credential, imported_at) VALUES ('" + badgeId + "', '"
                + goal.profileId() + "', 'OB3_JSON', 'First Aid at Work', 'VERIFIED', '{}', CURRENT_TIMESTAMP)");
        app.store().database().dsl().execute("INSERT INTO earned_badge_skill (badge_id, label) VALUES ('" + badgeId
                + "', 'First aid')");

        goals = new GoalsViewModel(app.state(), new ScriptedDialogs());
        goals.selectedGoalProperty().set(goals.goals().stream().filter(g -> g.id().equals(goal.id())).findFirst()
                .orElseThrow());

        assertThat(goals.gapSummaryProperty().get()).startsWith("1 of 2");
        assertThat(goals.gap()).filteredOn(c -> c.covered()).singleElement()
                .satisfies(c -> assertThat(c.coveredBy()).containsExactly("First Aid at Work"));
    }

    @Test
    void deletingAGoalCanBeUndoneWithItsCandidates() {
        Goal goal = goals.selectedGoalProperty().get();
        int candidates = goals.candidates().size();
        assertThat(candidates).isPositive();

        goals.deleteSelectedGoal();
        assertThat(app.store().goals().find(goal.id())).isEmpty();
        app.state().undo();

        assertThat(app.store().goals().find(goal.id())).isPresent();
        assertThat(app.store().candidates().listForGoal(goal.id())).hasSize(candidates);
        assertThat(goals.selectedGoalProperty().get().id()).isEqualTo(goal.id());
    }

    @Test
    void switchingTheProfileShowsItsGoals() {
        app.select("Daniel Okafor");

        assertThat(goals.headingProperty().get()).contains("Daniel Okafor");
        assertThat(goals.goals()).allMatch(g -> g.profileId().equals(app.profile("Daniel Okafor").id()));
    }

    private Goal saveGoal(String title, String... skills) {
        GoalEditorViewModel editor = new GoalEditorViewModel(app.state(), app.state().currentProfile(), null, TODAY);
        editor.titleProperty().set(title);
        for (String skill : skills) {
            editor.skillInputProperty().set(skill);
            editor.addSkill();
        }
        editor.save(goals::goalSaved);
        return goals.selectedGoalProperty().get();
    }
}
