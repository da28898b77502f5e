package io.upskillplanner.ui.profiles;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;

import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.SessionNote;
import io.upskillplanner.ui.badges.BadgesView;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.ViewLoader;

/** Profiles: the people being planned for, and the notes of counseling sessions. */
public final class ProfilesView {

    private final ProfilesViewModel viewModel;

    @FXML private TableView<Profile> profileTable;
    @FXML private TableColumn<Profile, String> nameColumn;
    @FXML private TableColumn<Profile, String> kindColumn;
    @FXML private TableColumn<Profile, String> roleColumn;
    @FXML private TableColumn<Profile, String> budgetColumn;
    @FXML private Label detailTitle;
    @FXML private GridPane detailGrid;
    @FXML private ListView<SessionNote> notesList;
    @FXML private StackPane badgesSlot;

    public ProfilesView(ProfilesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        profileTable.setItems(viewModel.profiles());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.label(c.getValue().kind())));
        roleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().currentRole()));
        budgetColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.money(c.getValue().budget())));
        profileTable.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (selected != null) {
                viewModel.selectedProfileProperty().set(selected);
            }
        });
        viewModel.selectedProfileProperty().addListener((obs, old, profile) -> showProfile(profile));
        notesList.setItems(viewModel.sessionNotes());
        notesList.setCellFactory(list -> new NoteCell());
        badgesSlot.getChildren().add(new BadgesView(viewModel.badges()).load());
        showProfile(viewModel.selectedProfileProperty().get());
    }

    private void showProfile(Profile profile) {
        if (profile != null && profileTable.getSelectionModel().getSelectedItem() != profile) {
            profileTable.getSelectionModel().select(profile);
        }
        detailTitle.setText(profile == null ? Messages.get("profiles.noneSelected") : profile.name());
        detailGrid.getChildren().clear();
        int row = 0;
        for (String[] entry : viewModel.details()) {
            Label label = new Label(Messages.get(entry[0]));
            label.getStyleClass().add("detail-label");
            Label value = new Label(entry[1]);
            value.setWrapText(true);
            detailGrid.addRow(row++, label, value);
        }
    }

    private static final class NoteCell extends ListCell<SessionNote> {
        private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                FormatStyle.SHORT);

        @Override
        protected void updateItem(SessionNote note, boolean empty) {
            super.updateItem(note, empty);
            if (empty || note == null) {
                setText(null);
            } else {
                setText(note.createdAt().format(FORMAT) + "\n" + note.text());
                setWrapText(true);
                setPrefWidth(0);
            }
        }
    }
}
