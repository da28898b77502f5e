package io.upskillplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import io.upskillplanner.domain.CatalogFilter;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.SessionNote;
import io.upskillplanner.ui.catalog.CredentialEditorViewModel;
import io.upskillplanner.ui.catalog.ProviderEditorViewModel;
import io.upskillplanner.ui.common.EditorModel;
import io.upskillplanner.ui.common.ScriptedDialogs;
import io.upskillplanner.ui.goals.GoalEditorViewModel;
import io.upskillplanner.ui.profiles.NoteEditorViewModel;
import io.upskillplanner.ui.profiles.ProfileEditorViewModel;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every editor opens unchanged on a stored record and on a new one, and knows when the user changed it. */
class UnsavedChangesTest {

    @TempDir
    Path dir;

    private TestApp app;
    private Profile maya;

    @BeforeEach
    void open() {
        app = new TestApp(dir);
        app.select("Maya Lindqvist");
        maya = app.state().currentProfile();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aGoalEditorIsChangedByAFieldOrASkillAndNotByOpening() {
        Goal goal = app.store().goals().listForProfile(maya.id()).get(0);
        GoalEditorViewModel stored = new GoalEditorViewModel(app.state(), maya, goal);
        assertThat(stored.changes().isChanged()).isFalse();
        stored.skillInputProperty().set("Kubernetes");
        stored.addSkill();
        assertThat(stored.changes().isChanged()).isTrue();

        GoalEditorViewModel fresh = new GoalEditorViewModel(app.state(), maya, null);
        assertThat(fresh.changes().isChanged()).isFalse();
        fresh.titleProperty().set("Cloud support engineer");
        assertThat(fresh.changes().isChanged()).isTrue();
        fresh.titleProperty().set("");
        assertThat(fresh.changes().isChanged()).isFalse();
    }

    @Test
    void aCredentialEditorIsUnchangedAfterItsProviderLoaded() {
        Credential credential = app.store().catalog().search(CatalogFilter.ALL, 100).stream()
                .filter(c -> c.providerId() != null && !c.recognition().isEmpty()).findFirst().orElseThrow();
        CredentialEditorViewModel stored = new CredentialEditorViewModel(app.state(), credential, new ScriptedDialogs());
        assertThat(stored.providerProperty().get()).isNotNull();
        assertThat(stored.changes().isChanged()).isFalse();
        stored.recognition().clear();
        assertThat(stored.changes().isChanged()).isTrue();

        CredentialEditorViewModel fresh = new CredentialEditorViewModel(app.state(), null, new ScriptedDialogs());
        assertThat(fresh.changes().isChanged()).isFalse();
        fresh.tuitionProperty().set("250");
        assertThat(fresh.changes().isChanged()).isTrue();
    }

    @Test
    void profileProviderAndNoteEditorsTrackTheirFields() {
        ProfileEditorViewModel profile = new ProfileEditorViewModel(app.state(), maya);
        NoteEditorViewModel note = new NoteEditorViewModel(app.state(), maya, null);
        ProviderEditorViewModel provider = new ProviderEditorViewModel(app.state(),
                app.store().catalog().providers().get(0));
        List<EditorModel<?>> editors = List.of(profile, note, provider);
        editors.forEach(e -> assertThat(e.changes().isChanged()).as(e.title()).isFalse());

        profile.weeklyHoursProperty().set("12");
        note.textProperty().set("Talked about cloud roles.");
        provider.urlProperty().set("https://example.org");
        editors.forEach(e -> assertThat(e.changes().isChanged()).as(e.title()).isTrue());
    }

    @Test
    void aStoredNoteOpensUnchanged() {
        List<SessionNote> notes = app.store().profiles().sessionNotes(maya.id());
        Profile withNotes = notes.isEmpty() ? app.state().profiles().stream()
                .filter(p -> !app.store().profiles().sessionNotes(p.id()).isEmpty()).findFirst().orElseThrow() : maya;
        SessionNote stored = app.store().profiles().sessionNotes(withNotes.id()).get(0);
        NoteEditorViewModel editor = new NoteEditorViewModel(app.state(), withNotes, stored);
        assertThat(editor.changes().isChanged()).isFalse();
        editor.textProperty().set(stored.text() + " And one more thing.");
        assertThat(editor.changes().isChanged()).isTrue();
    }
}
