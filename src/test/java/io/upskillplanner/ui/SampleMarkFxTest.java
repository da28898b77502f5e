package io.upskillplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import io.upskillplanner.domain.CatalogFilter;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Origin;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.store.TrustData;
import io.upskillplanner.ui.catalog.CatalogRow;
import io.upskillplanner.ui.common.SampleMark;
import io.upskillplanner.ui.settings.Theme;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The demo data carries a visible "Sample" tag in the profile list, the header and the catalog; the user's own never does. */
class SampleMarkFxTest extends RunningAppFxTest {

    private static final String OWN_PROFILE = "Zoë Own";
    private static final String OWN_CREDENTIAL = "AAA Own certificate";

    @Test
    void sampleTagsMarkTheDemoRowsOnly() throws Exception {
        try (TestApp data = new TestApp(dir)) {
            data.store().profiles().save(TrustData.profile(UUID.randomUUID(), OWN_PROFILE));
            Credential demo = data.store().catalog().search(CatalogFilter.ALL, 1).get(0);
            data.store().catalog().save(ownCopy(demo));
        }
        startApp(Theme.LIGHT);

        TableView<?> profiles = lookup("#profileTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> profiles.getItems().size() >= 3);
        List<TableCell<?, ?>> names = firstColumnCells(profiles);
        assertThat(names).isNotEmpty();
        for (TableCell<?, ?> cell : names) {
            Profile profile = (Profile) cell.getTableRow().getItem();
            assertThat(tagged(cell)).as(profile.name()).isEqualTo(profile.sampleData());
        }
        assertThat(names).anySatisfy(c -> assertThat(tagged(c)).isTrue())
                .anySatisfy(c -> assertThat(((Profile) c.getTableRow().getItem()).name()).isEqualTo(OWN_PROFILE));

        // The header names the profile being planned for, with its tag.
        ComboBox<?> switcher = lookup("#profileSwitcher").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> switcher.getValue() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> header = switcher.getButtonCell();
        assertThat(tagged(header)).as(header.getText()).isEqualTo(((Profile) switcher.getValue()).sampleData());

        press(KeyCode.SHORTCUT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#credentialTable").tryQuery()
                .map(t -> firstColumnCells((TableView<?>) t).stream()
                        .anyMatch(c -> ((CatalogRow) c.getTableRow().getItem()).credential() != null
                                && OWN_CREDENTIAL.equals(((CatalogRow) c.getTableRow().getItem()).credential().title())))
                .orElse(false));
        List<TableCell<?, ?>> titles = firstColumnCells(lookup("#credentialTable").queryAs(TableView.class));
        int demoRows = 0;
        for (TableCell<?, ?> cell : titles) {
            Credential credential = ((CatalogRow) cell.getTableRow().getItem()).credential();
            if (credential != null) {
                assertThat(tagged(cell)).as(credential.title()).isEqualTo(credential.origin() == Origin.DEMO);
                demoRows += credential.origin() == Origin.DEMO ? 1 : 0;
            }
        }
        assertThat(demoRows).isPositive();
    }

    private static boolean tagged(Labeled cell) {
        Node graphic = cell.getGraphic();
        return graphic != null && graphic.getStyleClass().contains(SampleMark.STYLE_CLASS) && graphic.isVisible()
                && !((Labeled) graphic).getText().isBlank();
    }

    /** The non-empty cells of a table's first column that show a row. */
    private List<TableCell<?, ?>> firstColumnCells(TableView<?> table) {
        return table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && !c.isEmpty() && c.getTableRow() != null
                        && c.getTableRow().getItem() != null && c.getTableColumn() == table.getColumns().get(0))
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n).toList();
    }

    private static Credential ownCopy(Credential c) {
        return new Credential(UUID.randomUUID(), OWN_CREDENTIAL, c.providerId(), c.providerName(), c.kind(),
                c.description(), c.costs(), c.effortHours(), c.fixedDurationWeeks(), c.format(), c.pacing(),
                c.quality(), c.credits(), c.badgeStandard(), c.validityMonths(), c.eqfLevel(), c.url(), c.drawbacks(),
                c.provenance(), Origin.USER, null, c.skills(), c.recognition(), 0);
    }
}
