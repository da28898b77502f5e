package io.upskillplanner.ui.badges;

import java.time.LocalDateTime;
import java.util.List;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.upskillplanner.domain.EarnedBadge;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.domain.Verification;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.main.AppState;

/** The earned badges of the current profile, each with what checking it offline found. */
public final class BadgesViewModel {

    private final AppState state;
    private final ObservableList<BadgeRow> badges = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper();

    public BadgesViewModel(AppState state) {
        this.state = state;
        state.currentProfileProperty().addListener((obs, old, profile) -> load(profile));
        load(state.currentProfile());
    }

    public ObservableList<BadgeRow> badges() {
        return badges;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Reloads the badges, e.g. after an import. */
    public void refresh() {
        load(state.currentProfile());
    }

    private void load(Profile profile) {
        if (profile == null) {
            badges.clear();
            heading.set(Messages.get("badges.title", 0));
            return;
        }
        state.tasks().run(() -> state.store().earnedBadges().list(profile.id()), loaded -> {
            if (state.currentProfile() != null && state.currentProfile().id().equals(profile.id())) {
                badges.setAll(loaded.stream().map(BadgesViewModel::toRow).toList());
                heading.set(Messages.get("badges.title", loaded.size()));
            }
        }, state::showError);
    }

    static BadgeRow toRow(EarnedBadge badge) {
        List<String> skills = badge.skills().stream().map(SkillRef::label).toList();
        return new BadgeRow(badge.achievementName(), badge.issuerName() == null ? nullToEmpty(badge.issuerId())
                : badge.issuerName(), date(badge.issuedOn()), date(badge.validUntil()), badge.verification(),
                statusText(badge), nullToEmpty(badge.verificationDetail()), String.join(", ", skills));
    }

    /** The status, and when the credential's status list is online, that revocation was not checked. */
    static String statusText(EarnedBadge badge) {
        String status = Formats.label(badge.verification());
        return Verification.revocationUnchecked(badge.verificationDetail())
                ? Messages.get("badges.revocationNotChecked", status) : status;
    }

    private static String date(LocalDateTime time) {
        return time == null ? "" : Formats.date(time.toLocalDate());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
