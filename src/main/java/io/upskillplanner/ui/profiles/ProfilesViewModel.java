package io.upskillplanner.ui.profiles;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.SessionNote;
import io.upskillplanner.ui.badges.BadgesViewModel;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.main.AppState;

/** The list of profiles and the details of the selected one, with its session notes. */
public final class ProfilesViewModel {

    private final AppState state;
    private final ObservableList<SessionNote> sessionNotes = FXCollections.observableArrayList();
    private final BadgesViewModel badges;

    public ProfilesViewModel(AppState state) {
        this.state = state;
        this.badges = new BadgesViewModel(state);
        state.currentProfileProperty().addListener((obs, old, profile) -> loadNotes(profile));
        loadNotes(state.currentProfile());
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

    /** The selected profile's facts as label/value rows for the detail pane. */
    public List<String[]> details() {
        Profile p = state.currentProfile();
        if (p == null) {
            return List.of();
        }
        return List.of(
                new String[] {"profile.kind", Formats.label(p.kind())},
                new String[] {"profile.currentRole", nullToEmpty(p.currentRole())},
                new String[] {"profile.currentIndustry", nullToEmpty(p.currentIndustry())},
                new String[] {"profile.weeklyHours", Formats.number(p.weeklyHours())},
                new String[] {"profile.budget", Formats.money(p.budget())},
                new String[] {"profile.salaryNow", p.salaryNow() == null ? ""
                        : Formats.money(new io.upskillplanner.domain.Money(p.salaryNow(), p.currency()))},
                new String[] {"profile.notes", nullToEmpty(p.notes())});
    }

    private void loadNotes(Profile profile) {
        if (profile == null) {
            sessionNotes.clear();
            return;
        }
        state.tasks().run(() -> state.store().profiles().sessionNotes(profile.id()), notes -> {
            if (state.currentProfile() != null && state.currentProfile().id().equals(profile.id())) {
                sessionNotes.setAll(notes);
            }
        }, state::showError);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
