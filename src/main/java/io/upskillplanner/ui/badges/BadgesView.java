package io.upskillplanner.ui.badges;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.ViewLoader;

import org.kordamp.ikonli.javafx.FontIcon;

/** The earned badges of the current profile: issuer, achievement, dates and verification status. */
public final class BadgesView {

    private final BadgesViewModel viewModel;

    @FXML private Label heading;
    @FXML private ListView<BadgeRow> badgeList;

    public BadgesView(BadgesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
        badgeList.setItems(viewModel.badges());
        badgeList.setCellFactory(list -> new BadgeCell());
    }

    private static final class BadgeCell extends ListCell<BadgeRow> {
        @Override
        protected void updateItem(BadgeRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            Label title = new Label(Messages.get("badges.line", row.achievement(), row.issuer()));
            title.getStyleClass().add("section-title");
            Label dates = new Label(row.validUntil().isEmpty() ? Messages.get("badges.issued", row.issued())
                    : Messages.get("badges.issuedValidUntil", row.issued(), row.validUntil()));
            dates.getStyleClass().add("detail-label");
            FontIcon icon = new FontIcon(row.iconLiteral());
            Label status = new Label(row.statusText(), icon);
            status.getStyleClass().addAll("badge-status", row.styleClass());
            Label detail = new Label(row.detail());
            detail.setWrapText(true);
            detail.getStyleClass().add("detail-label");
            VBox box = new VBox(2, title, dates, new HBox(6, status), detail);
            if (!row.skills().isEmpty()) {
                box.getChildren().add(new Label(Messages.get("badges.skills", row.skills())));
            }
            box.setMaxWidth(getListView() == null ? 600 : getListView().getWidth() - 30);
            detail.setMaxWidth(box.getMaxWidth());
            setText(null);
            setGraphic(box);
            setTooltip(new Tooltip(row.detail()));
        }
    }
}
