package io.upskillplanner.ui.main;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;

import io.upskillplanner.domain.Profile;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.SampleMark;

/** A profile in the header's switcher: name, kind, and the sample mark on demo data. */
final class ProfileCell extends ListCell<Profile> {

    @Override
    protected void updateItem(Profile profile, boolean empty) {
        super.updateItem(profile, empty);
        setText(empty || profile == null ? null
                : profile.name() + " · " + Messages.get("enum.ProfileKind." + profile.kind().name()));
        setGraphic(!empty && SampleMark.isSample(profile) ? SampleMark.tag() : null);
        setContentDisplay(ContentDisplay.RIGHT);
    }
}
