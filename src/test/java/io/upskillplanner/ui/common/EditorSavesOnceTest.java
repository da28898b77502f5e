package io.upskillplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CredentialKind;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.Provider;
import io.upskillplanner.ui.TestApp;
import io.upskillplanner.ui.catalog.CredentialEditorViewModel;
import io.upskillplanner.ui.catalog.ProviderEditorViewModel;
import io.upskillplanner.ui.goals.GoalEditorViewModel;
import io.upskillplanner.ui.main.AppState;
import io.upskillplanner.ui.profiles.NoteEditorViewModel;
import io.upskillplanner.ui.profiles.ProfileEditorViewModel;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A double click on Save saves once, in each of the five editors: the second click lands while the
 * first save still runs on the database thread. Before the shared editor base, four of them stored
 * twice (a second insert or a stale version) and showed an error after a save that had worked.
 */
class EditorSavesOnceTest {

    @TempDir
    Path dir;

    private TestApp app;
    private QueuedTasks tasks;
    private AppState state;
    private Profile maya;

    @BeforeEach
    void open() {
        app = new TestApp(dir);
        tasks = new QueuedTasks();
        state = new AppState(app.store(), tasks);
        state.reloadProfiles();
        tasks.runAll();
        maya = app.profile("Maya Lindqvist");
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theProfileEditorSavesOnceOnADoubleClick() {
        ProfileEditorViewModel editor = new ProfileEditorViewModel(state, maya);
        editor.currentRoleProperty().set("Support engineer");

        List<Profile> saved = doubleClickSave(editor);

        assertThat(saved).hasSize(1);
        assertThat(app.store().profiles().find(maya.id()).orElseThrow().version()).isEqualTo(maya.version() + 1);
    }

    @Test
    void theGoalEditorSavesOnceOnADoubleClick() {
        Goal goal = app.store().goals().listForProfile(maya.id()).get(0);
        GoalEditorViewModel editor = new GoalEditorViewModel(state, maya, goal);
        tasks.runAll();
        editor.notesProperty().set("Ask about evening classes");

        List<Goal> saved = doubleClickSave(editor);

        assertThat(saved).hasSize(1);
        assertThat(app.store().goals().find(goal.id()).orElseThrow().version()).isEqualTo(goal.version() + 1);
    }

    @Test
    void theCredentialEditorSavesOnceOnADoubleClick() {
        Credential credential = Arrays.stream(CredentialKind.values())
                .flatMap(kind -> app.store().catalog().ofKind(kind, 1).stream()).findFirst().orElseThrow();
        int credentials = app.store().catalog().count();
        CredentialEditorViewModel editor = new CredentialEditorViewModel(state, credential, new ScriptedDialogs());
        tasks.runAll();
        editor.titleProperty().set(credential.title() + " (2026)");

        List<Credential> saved = doubleClickSave(editor);

        assertThat(saved).hasSize(1);
        assertThat(app.store().catalog().find(credential.id()).orElseThrow().title()).endsWith(" (2026)");
        assertThat(app.store().catalog().find(credential.id()).orElseThrow().version())
                .isEqualTo(credential.version() + 1);
        assertThat(app.store().catalog().count()).isEqualTo(credentials);
    }

    @Test
    void theProviderEditorSavesOnceOnADoubleClick() {
        int providers = app.store().catalog().providerCount();
        ProviderEditorViewModel editor = new ProviderEditorViewModel(state, null);
        tasks.runAll();
        editor.nameProperty().set("Nordic Skills Academy");

        List<Provider> saved = doubleClickSave(editor);

        assertThat(saved).hasSize(1);
        assertThat(app.store().catalog().providerCount()).isEqualTo(providers + 1);
    }

    @Test
    void theNoteEditorSavesOnceOnADoubleClick() {
        int notes = app.store().profiles().sessionNotes(maya.id()).size();
        NoteEditorViewModel editor = new NoteEditorViewModel(state, maya, null);
        editor.textProperty().set("Prefers cohort courses on weekday evenings.");

        List<?> saved = doubleClickSave(editor);

        assertThat(saved).hasSize(1);
        assertThat(app.store().profiles().sessionNotes(maya.id())).hasSize(notes + 1);
    }

    @Test
    void aSaveThatLostToAnotherEditSaysSoAndCanBeTriedAgain() {
        ProfileEditorViewModel editor = new ProfileEditorViewModel(state, maya);
        editor.currentRoleProperty().set("Support engineer");
        // Someone else changes the same profile while this form is open (a shared server).
        app.store().profiles().save(new Profile(maya.id(), maya.name(), maya.kind(), "Team lead",
                maya.currentIndustry(), maya.weeklyHours(), maya.budget(), maya.salaryNow(), maya.notes(),
                maya.sampleData(), maya.createdAt(), null, maya.version()));
        List<Profile> saved = new ArrayList<>();

        editor.save(saved::add);
        tasks.runAll();

        assertThat(saved).isEmpty();
        assertThat(editor.conflictProperty().get()).isTrue();
        assertThat(editor.saveErrorProperty().get()).isEqualTo(Messages.get("error.concurrentEdit"));
        assertThat(editor.savingProperty().get()).isFalse();
    }

    @Test
    void anInvalidFormIsNotSaved() {
        ProfileEditorViewModel editor = new ProfileEditorViewModel(state, maya);
        editor.nameProperty().set("  ");
        List<Profile> saved = new ArrayList<>();

        editor.save(saved::add);

        assertThat(tasks.waiting()).isZero();
        assertThat(saved).isEmpty();
        assertThat(editor.errors().isValid()).isFalse();
    }

    /** Two saves before the database thread gets to the first, then the thread catches up. */
    private <T> List<T> doubleClickSave(EditorViewModel<T> editor) {
        assertThat(editor.errors().isValid()).as("the form is valid").isTrue();
        List<T> saved = new ArrayList<>();
        editor.save(saved::add);
        assertThat(editor.savingProperty().get()).isTrue();
        editor.save(saved::add);
        tasks.runAll();
        assertThat(editor.saveErrorProperty().get()).isEmpty();
        assertThat(editor.savingProperty().get()).isFalse();
        return saved;
    }
}
