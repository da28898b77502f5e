package io.upskillplanner.ui.profiles;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.SessionNote;
import io.upskillplanner.store.DeletedProfile;
import io.upskillplanner.ui.badges.BadgesViewModel;
import io.upskillplanner.ui.common.DialogService;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.main.AppState;

/**
 * The list of profiles and the details of the selected one, with its session notes. Selecting a
 * profile makes it the one every screen plans for. Deleting a profile or a note can be undone.
 */
public final class ProfilesViewModel {

    private final AppState state;
    private final DialogService dialogs;
    private final ObservableList<SessionNote> sessionNotes = FXCollections.observableArrayList();
    private final ObjectProperty<SessionNote> selectedNote = new SimpleObjectProperty<>();
    private final BadgesViewModel badges;

    public ProfilesViewModel(AppState state, DialogService dialogs) {
        this.state = state;
        this.dialogs = dialogs;
        this.badges = new BadgesViewModel(state);
        state.currentProfileProperty().addListener((obs, old, profile) -> loadNotes(profile));
        loadNotes(state.currentProfile());
    }

    public AppState state() {
        return state;
    }

    public ObservableList<Profile> profiles() {
        return state.profiles();
    }

    public ObjectProperty<Profile> selectedProfileProperty() {
        return state.currentProfileProperty();
    }

    /** The current profile's earned badges, shown as a section of this screen. */
    public BadgesViewModel badges() {
        return badges;
    }

    public ObservableList<SessionNote> sessionNotes() {
        return sessionNotes;
    }

    public ObjectProperty<SessionNote> selectedNoteProperty() {
        return selectedNote;
    }

    /** True while no profile is selected: edit, delete and notes are then unavailable. */
    public BooleanBinding noProfileProperty() {
        return state.currentProfileProperty().isNull();
    }

    public BooleanBinding noNoteProperty() {
        return Bindings.or(selectedNote.isNull(), noProfileProperty());
    }

    /** The selected profile's facts as label/value rows for the detail pane. */
    public List<String[]> details() {
        Profile p = state.currentProfile();
        if (p == null) {
            return List.of();
        }
        return List.of(
                new String[] {"profile.kind", Formats.label(p.kind())},
                new String[] {"profile.currentRole", nullToEmpty(p.currentRole())},
                new String[] {"profile.currentIndustry", Formats.industry(p.currentIndustry())},
                new String[] {"profile.weeklyHours", Formats.number(p.weeklyHours())},
                new String[] {"profile.budget", Formats.money(p.budget())},
                new String[] {"profile.salaryNow", p.salaryNow() == null ? ""
                        : Formats.money(new Money(p.salaryNow(), p.currency()))},
                new String[] {"profile.notes", nullToEmpty(p.notes())});
    }

    /** Opens the form for a new profile; {@code then} runs once it is saved. */
    public void newProfile(Runnable then) {
        dialogs.edit(newProfileEditor(), saved -> then.run());
    }

    /** Opens the selected profile's form (nothing without one). */
    public void editProfile(Runnable then) {
        ProfileEditorViewModel editor = editProfileEditor();
        if (editor != null) {
            dialogs.edit(editor, saved -> then.run());
        }
    }

    /** Asks, then deletes the selected profile. */
    public void askToDeleteProfile() {
        if (state.currentProfile() != null) {
            dialogs.confirm(Messages.get("profiles.deleteTitle"), deleteQuestion(), Messages.get("button.delete"),
                    this::deleteSelected);
        }
    }

    public void addNote() {
        NoteEditorViewModel editor = newNoteEditor();
        if (editor != null) {
            dialogs.edit(editor, this::noteSaved);
        }
    }

    public void editNote() {
        NoteEditorViewModel editor = editNoteEditor();
        if (editor != null) {
            dialogs.edit(editor, this::noteSaved);
        }
    }

    /** Asks, then deletes the selected note. */
    public void askToDeleteNote() {
        if (selectedNote.get() != null) {
            dialogs.confirm(Messages.get("notes.deleteTitle"), Messages.get("notes.deleteQuestion"),
                    Messages.get("button.delete"), this::deleteSelectedNote);
        }
    }

    public ProfileEditorViewModel newProfileEditor() {
        return new ProfileEditorViewModel(state, null);
    }

    /** An editor for the selected profile, or null when none is selected. */
    public ProfileEditorViewModel editProfileEditor() {
        return state.currentProfile() == null ? null : new ProfileEditorViewModel(state, state.currentProfile());
    }

    public String deleteQuestion() {
        Profile p = state.currentProfile();
        return p == null ? "" : Messages.get("profiles.deleteQuestion", p.name());
    }

    /** Deletes the selected profile with all that belongs to it, and offers to undo that. */
    public void deleteSelected() {
        Profile profile = state.currentProfile();
        if (profile == null) {
            return;
        }
        state.tasks().run(() -> state.store().profiles().deleteRestorably(profile), deleted -> {
            state.currentProfileProperty().set(null);
            state.reloadProfiles();
            state.offerUndo(Messages.get("profiles.deleted", profile.name()), () -> restore(deleted));
        }, state::showError);
    }

    private void restore(DeletedProfile deleted) {
        state.tasks().run(() -> state.store().profiles().restore(deleted), skipped -> {
            state.reloadProfiles(deleted.profile().id());
            state.setStatus(skipped == 0 ? Messages.get("profiles.restored", deleted.profile().name())
                    : Messages.get("profiles.restoredPartly", deleted.profile().name(), skipped));
        }, state::showError);
    }

    public NoteEditorViewModel newNoteEditor() {
        Profile p = state.currentProfile();
        return p == null ? null : new NoteEditorViewModel(state, p, null);
    }

    public NoteEditorViewModel editNoteEditor() {
        Profile p = state.currentProfile();
        SessionNote note = selectedNote.get();
        return p == null || note == null ? null : new NoteEditorViewModel(state, p, note);
    }

    /** After a note was written or changed: reload the notes, newest first, keeping it selected. */
    public void noteSaved(SessionNote note) {
        loadNotes(state.currentProfile(), note);
    }

    public void deleteSelectedNote() {
        SessionNote note = selectedNote.get();
        if (note == null) {
            return;
        }
        state.tasks().run(() -> state.store().profiles().deleteSessionNote(note.id()), done -> {
            loadNotes(state.currentProfile());
            state.offerUndo(Messages.get("notes.deleted"), () -> state.tasks().run(
                    () -> state.store().profiles().saveSessionNote(note), restored -> {
                        loadNotes(state.currentProfile(), restored);
                        state.setStatus(Messages.get("notes.restored"));
                    }, state::showError));
        }, state::showError);
    }

    private void loadNotes(Profile profile) {
        loadNotes(profile, null);
    }

    private void loadNotes(Profile profile, SessionNote select) {
        if (profile == null) {
            sessionNotes.clear();
            selectedNote.set(null);
            return;
        }
        state.tasks().run(() -> state.store().profiles().sessionNotes(profile.id()), notes -> {
            if (state.currentProfile() != null && state.currentProfile().id().equals(profile.id())) {
                sessionNotes.setAll(notes);
                selectedNote.set(select == null ? null : notes.stream().filter(n -> n.id().equals(select.id()))
                        .findFirst().orElse(null));
            }
        }, state::showError);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
