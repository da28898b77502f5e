package io.upskillplanner.ui.catalog;

import java.util.function.Predicate;

import javafx.beans.binding.Bindings;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import io.upskillplanner.domain.CatalogSort;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.ui.common.ColumnSpec;
import io.upskillplanner.ui.common.ColumnWidths;
import io.upskillplanner.ui.common.Messages;
import io.upskillplanner.ui.common.SampleMark;

/** The catalog table's columns, made from {@link CatalogColumns}; a row's cells follow its credential as it loads. */
final class CatalogTable {

    private CatalogTable() {
    }

    static void addColumns(TableView<CatalogRow> table, Predicate<Credential> stale) {
        for (ColumnSpec<Credential> spec : CatalogColumns.ALL) {
            TableColumn<CatalogRow, String> column = column(spec, CatalogColumns.SORTS.get(spec.key()));
            table.getColumns().add(column);
            switch (spec.key()) {
                case CatalogColumns.TITLE -> {
                    column.setId("titleColumn");
                    SampleMark.install(column, row -> SampleMark.isSample(row.credential()));
                }
                case CatalogColumns.COST -> {
                    column.setId("costColumn");
                    column.getStyleClass().add("numeric");
                }
                case CatalogColumns.EFFORT -> column.getStyleClass().add("numeric");
                default -> {
                    // Text as it is.
                }
            }
        }
        TableColumn<CatalogRow, Credential> verified = new TableColumn<>(Messages.get("credential.lastVerified"));
        verified.setPrefWidth(130);
        verified.setUserData(CatalogSort.LAST_VERIFIED);
        verified.setCellValueFactory(c -> c.getValue().credentialProperty());
        verified.setCellFactory(column -> new VerifiedCell(stale));
        table.getColumns().add(verified);
        ColumnWidths.keepReadable(table, table.getColumns().get(0), byId(table, "costColumn"));
    }

    private static TableColumn<CatalogRow, String> column(ColumnSpec<Credential> spec, CatalogSort sort) {
        TableColumn<CatalogRow, String> column = new TableColumn<>(Messages.get(spec.key()));
        column.setPrefWidth(spec.width());
        column.setVisible(spec.shown());
        column.setUserData(sort);
        column.setSortable(sort != null);
        column.setCellValueFactory(c -> Bindings.createStringBinding(() -> spec.textOf(c.getValue().credential()),
                c.getValue().credentialProperty()));
        return column;
    }

    private static TableColumn<CatalogRow, ?> byId(TableView<CatalogRow> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }
}
