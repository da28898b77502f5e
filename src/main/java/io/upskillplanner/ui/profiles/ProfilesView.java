package io.upskillplanner.ui.profiles;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;

import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.SessionNote;
import io.upskillplanner.ui.common.Columns;
import io.upskillplanner.ui.common.ColumnWidths;
import javafx.scene.layout.StackPane;

import io.upskillplanner.ui.badges.BadgesView;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.SampleMark;
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
    @FXML private Button editProfileButton;
    @FXML private Button deleteProfileButton;
    @FXML private Button addNoteButton;
    @FXML private Button editNoteButton;
    @FXML private Button deleteNoteButton;
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
        ColumnWidths.keepReadable(profileTable, nameColumn, kindColumn);
        Columns.text(nameColumn, row -> row.name());
        SampleMark.install(nameColumn, SampleMark::isSample);
        Columns.text(kindColumn, row -> Formats.label(row.kind()));
        Columns.text(roleColumn, row -> row.currentRole());
        Columns.text(budgetColumn, row -> Formats.money(row.budget()));
        profileTable.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (selected != null) {
                viewModel.selectedProfileProperty().set(selected);
            }
        });
        profileTable.setRowFactory(table -> doubleClickRow(this::editProfile));
        profileTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editProfile();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteProfile();
            }
        });
        viewModel.selectedProfileProperty().addListener((obs, old, profile) -> showProfile(profile));
        viewModel.profiles().addListener((ListChangeListener<Profile>) c ->
                showProfile(viewModel.selectedProfileProperty().get()));
        editProfileButton.disableProperty().bind(viewModel.noProfileProperty());
        deleteProfileButton.disableProperty().bind(viewModel.noProfileProperty());
        addNoteButton.disableProperty().bind(viewModel.noProfileProperty());
        editNoteButton.disableProperty().bind(viewModel.noNoteProperty());
        deleteNoteButton.disableProperty().bind(viewModel.noNoteProperty());
        notesList.setItems(viewModel.sessionNotes());
        notesList.setCellFactory(list -> new NoteCell());
        notesList.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, note) -> viewModel.selectedNoteProperty().set(note));
        viewModel.selectedNoteProperty().addListener((obs, old, note) -> {
            if (note != null && notesList.getSelectionModel().getSelectedItem() != note) {
                notesList.getSelectionModel().select(note);
            }
        });
        notesList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editNote();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteNote();
            }
        });
        notesList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                editNote();
            }
        });
        badgesSlot.getChildren().add(new BadgesView(viewModel.badges()).load());
        showProfile(viewModel.selectedProfileProperty().get());
    }

    @FXML
    public void newProfile() {
        viewModel.newProfile(profileTable::requestFocus);
    }

    @FXML
    public void editProfile() {
        viewModel.editProfile(profileTable::requestFocus);
    }

    @FXML
    public void deleteProfile() {
        viewModel.askToDeleteProfile();
    }

    @FXML
    public void addNote() {
        viewModel.addNote();
    }

    @FXML
    private void editNote() {
        viewModel.editNote();
    }

    @FXML
    private void deleteNote() {
        viewModel.askToDeleteNote();
    }

    private void showProfile(Profile profile) {
        if (profile != null && profileTable.getSelectionModel().getSelectedItem() != profile) {
            profileTable.getSelectionModel().select(profile);
        }
        SampleMark.show(detailTitle, profile == null ? Messages.get("profiles.noneSelected") : profile.name(),
                SampleMark.isSample(profile));
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

    private static <T> TableRow<T> doubleClickRow(Runnable action) {
        TableRow<T> row = new TableRow<>();
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                action.run();
            }
        });
        return row;
    }
}
