package io.upskillplanner.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ProfileKind;
import io.upskillplanner.domain.SessionNote;
import io.upskillplanner.ui.TestApp;
import io.upskillplanner.ui.common.ScriptedDialogs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfilesViewModelTest {

    @TempDir
    Path dir;

    private TestApp app;
    private ProfilesViewModel profiles;

    @BeforeEach
    void open() {
        app = new TestApp(dir);
        profiles = new ProfilesViewModel(app.state(), new ScriptedDialogs());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aNewProfileIsSavedAndBecomesTheCurrentOne() {
        ProfileEditorViewModel editor = profiles.newProfileEditor();
        editor.nameProperty().set("Jonas Berg");
        editor.kindProperty().set(ProfileKind.CLIENT);
        editor.currentRoleProperty().set("Nurse");
        editor.weeklyHoursProperty().set("7,5");
        editor.budgetProperty().set("1 200");
        editor.currencyProperty().set("sek");
        editor.salaryNowProperty().set("420000");
        Profile[] saved = new Profile[1];

        editor.save(p -> saved[0] = p);

        assertThat(saved[0]).isNotNull();
        assertThat(app.state().currentProfile().name()).isEqualTo("Jonas Berg");
        Profile stored = app.store().profiles().find(saved[0].id()).orElseThrow();
        assertThat(stored.weeklyHours()).isEqualByComparingTo("7.5");
        assertThat(stored.budget().amount()).isEqualByComparingTo("1200");
        assertThat(stored.currency()).isEqualTo("SEK");
        assertThat(stored.salaryNow()).isEqualByComparingTo("420000");
        assertThat(stored.currentRole()).isEqualTo("Nurse");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            name,        '',     Required.
            weeklyHours, 0,      Enter 1 to 80 hours a week.
            weeklyHours, 81,     Enter 1 to 80 hours a week.
            weeklyHours, abc,    'Enter a number, such as 1500 or 12.5.'
            budget,      -5,     Must not be negative.
            currency,    EURO,   'Enter a three-letter ISO 4217 code, such as EUR, USD or GBP.'
            currency,    XYZ,    'Enter a three-letter ISO 4217 code, such as EUR, USD or GBP.'
            salaryNow,   -1,     Must not be negative.
            """)
    void anInvalidFieldShowsItsMessageAndNothingIsSaved(String field, String value, String message) {
        ProfileEditorViewModel editor = profiles.newProfileEditor();
        editor.nameProperty().set("Valid Name");
        switch (field) {
            case "name" -> editor.nameProperty().set(value);
            case "weeklyHours" -> editor.weeklyHoursProperty().set(value);
            case "budget" -> editor.budgetProperty().set(value);
            case "currency" -> editor.currencyProperty().set(value);
            default -> editor.salaryNowProperty().set(value);
        }
        int before = app.store().profiles().count();

        editor.save(p -> { });

        assertThat(editor.errors().of(field).get()).isEqualTo(message);
        assertThat(editor.errors().isValid()).isFalse();
        assertThat(app.store().profiles().count()).isEqualTo(before);
    }

    @Test
    void editingAProfileChangedElsewhereSaysSoAndKeepsTheForm() {
        app.select("Maya Lindqvist");
        ProfileEditorViewModel first = profiles.editProfileEditor();
        ProfileEditorViewModel second = profiles.editProfileEditor();
        first.currentRoleProperty().set("Team lead");
        first.save(p -> { });
        second.currentRoleProperty().set("Store manager");
        boolean[] closed = {false};

        second.save(p -> closed[0] = true);

        assertThat(closed[0]).isFalse();
        assertThat(second.saveErrorProperty().get()).contains("changed or deleted");
        assertThat(app.store().profiles().findByName("Maya Lindqvist").orElseThrow().currentRole())
                .isEqualTo("Team lead");
    }

    @Test
    void deletingAProfileCanBeUndoneWithItsGoalsCandidatesAndNotes() {
        app.select("Daniel Okafor");
        Profile daniel = app.state().currentProfile();
        int goals = app.store().goals().listForProfile(daniel.id()).size();
        int notes = app.store().profiles().sessionNotes(daniel.id()).size();
        int candidates = app.store().candidates().count();
        assertThat(goals).isPositive();

        profiles.deleteSelected();

        assertThat(app.store().profiles().find(daniel.id())).isEmpty();
        assertThat(app.state().profiles()).extracting(Profile::name).doesNotContain("Daniel Okafor");
        assertThat(app.state().undoProperty().get()).isNotNull();
        assertThat(app.store().candidates().count()).isLessThan(candidates);

        app.state().undo();

        assertThat(app.state().currentProfile().name()).isEqualTo("Daniel Okafor");
        assertThat(app.store().goals().listForProfile(daniel.id())).hasSize(goals);
        assertThat(app.store().profiles().sessionNotes(daniel.id())).hasSize(notes);
        assertThat(app.store().candidates().count()).isEqualTo(candidates);
        assertThat(app.state().undoProperty().get()).isNull();
    }

    @Test
    void sessionNotesAreWrittenChangedAndDeletedNewestFirst() throws Exception {
        app.select("Maya Lindqvist");
        int before = profiles.sessionNotes().size();
        NoteEditorViewModel first = profiles.newNoteEditor();
        first.textProperty().set("First session: goals discussed.");
        first.save(profiles::noteSaved);
        Thread.sleep(5);
        NoteEditorViewModel second = profiles.newNoteEditor();
        second.textProperty().set("Second session: budget agreed.");
        second.save(profiles::noteSaved);

        assertThat(profiles.sessionNotes()).hasSize(before + 2);
        assertThat(profiles.sessionNotes().get(0).text()).isEqualTo("Second session: budget agreed.");

        profiles.selectedNoteProperty().set(profiles.sessionNotes().get(1));
        SessionNote edited = profiles.selectedNoteProperty().get();
        NoteEditorViewModel editor = profiles.editNoteEditor();
        editor.textProperty().set("First session: goals and deadline discussed.");
        editor.save(profiles::noteSaved);
        SessionNote reread = profiles.sessionNotes().stream().filter(n -> n.id().equals(edited.id())).findFirst()
                .orElseThrow();
        assertThat(reread.text()).endsWith("deadline discussed.");
        assertThat(reread.createdAt()).isEqualTo(edited.createdAt());

        profiles.selectedNoteProperty().set(reread);
        profiles.deleteSelectedNote();
        assertThat(profiles.sessionNotes()).hasSize(before + 1);
        app.state().undo();
        assertThat(profiles.sessionNotes()).hasSize(before + 2);
    }

    @Test
    void notesAreWrittenInTheFormTheScreenAsksForAndDeletedOnlyAfterAYes() {
        app.select("Maya Lindqvist");
        ScriptedDialogs dialogs = new ScriptedDialogs().answerYes(false);
        ProfilesViewModel screen = new ProfilesViewModel(app.state(), dialogs);
        int before = screen.sessionNotes().size();

        screen.addNote();
        ScriptedDialogs.Opened<SessionNote> form = dialogs.last(NoteEditorViewModel.class);
        ((NoteEditorViewModel) form.editor()).textProperty().set("Third session: plan agreed.");
        form.save();
        assertThat(screen.sessionNotes()).hasSize(before + 1);

        screen.selectedNoteProperty().set(screen.sessionNotes().get(0));
        screen.askToDeleteNote();
        assertThat(screen.sessionNotes()).hasSize(before + 1);
        dialogs.answerYes(true);
        screen.askToDeleteNote();
        assertThat(screen.sessionNotes()).hasSize(before);

        boolean[] done = new boolean[1];
        screen.editProfile(() -> done[0] = true);
        ScriptedDialogs.Opened<?> profileForm = dialogs.last(ProfileEditorViewModel.class);
        profileForm.save();
        assertThat(done[0]).isTrue();
    }

    @Test
    void anEmptyNoteIsNotSaved() {
        app.select("Maya Lindqvist");
        NoteEditorViewModel editor = profiles.newNoteEditor();
        editor.textProperty().set("   ");
        int before = profiles.sessionNotes().size();

        editor.save(profiles::noteSaved);

        assertThat(editor.errors().of("text").get()).isEqualTo("Required.");
        assertThat(profiles.sessionNotes()).hasSize(before);
    }
}
