package io.upskillplanner.ui.recommend;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import io.upskillplanner.ui.common.Messages;

/**
 * The small table "your plan vs the recommended plan". It sits on the Compare screen, which
 * another screen owns: {@link #addTo} puts it under that screen's message line without the
 * Compare view knowing of it.
 */
public final class PlanVersusPane {

    private final PlanVersusViewModel viewModel;
    private final VBox root = new VBox(6);
    private final GridPane grid = new GridPane();

    public PlanVersusPane(PlanVersusViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("planVersusPane");
        root.getStyleClass().add("versus-pane");
        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        heading.textProperty().bind(viewModel.headingProperty());
        Label note = new Label();
        note.getStyleClass().add("detail-label");
        note.setWrapText(true);
        note.setMinHeight(Label.USE_PREF_SIZE);
        note.textProperty().bind(viewModel.noteProperty());
        grid.setId("planVersusGrid");
        grid.setHgap(16);
        grid.setVgap(4);
        ColumnConstraints figure = new ColumnConstraints();
        figure.setMinWidth(Label.USE_PREF_SIZE);
        ColumnConstraints value = new ColumnConstraints();
        value.setMinWidth(Label.USE_PREF_SIZE);
        value.setHgrow(Priority.NEVER);
        grid.getColumnConstraints().setAll(figure, value, value);
        root.getChildren().setAll(heading, grid, note);
        root.visibleProperty().bind(viewModel.shownProperty());
        root.managedProperty().bind(root.visibleProperty());
        viewModel.rows().addListener((ListChangeListener<VersusRow>) change -> fill());
        fill();
    }

    public Node root() {
        return root;
    }

    /** Puts the pane on the Compare screen, under its heading, picker and message line. */
    public static void addTo(Node compareScreen, PlanVersusPane pane) {
        Node content = compareScreen instanceof ScrollPane scroll ? scroll.getContent() : compareScreen;
        if (content instanceof Pane box) {
            box.getChildren().add(Math.min(3, box.getChildren().size()), pane.root());
        }
    }

    private void fill() {
        grid.getChildren().clear();
        if (viewModel.rows().isEmpty()) {
            return;
        }
        grid.addRow(0, new Label(), header(Messages.get("versus.yours")), header(Messages.get("versus.recommended")));
        int row = 1;
        for (VersusRow figure : viewModel.rows()) {
            Label yours = new Label(figure.yours());
            yours.setId("versusYours" + row);
            Label recommended = new Label(figure.recommended());
            recommended.setId("versusRecommended" + row);
            grid.addRow(row++, new Label(figure.figure()), yours, recommended);
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }
}
