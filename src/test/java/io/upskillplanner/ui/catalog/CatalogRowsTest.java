package io.upskillplanner.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javafx.collections.ListChangeListener;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CatalogFilter;
import io.upskillplanner.ui.TestApp;
import io.upskillplanner.ui.common.QueuedTasks;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows of a query read their credentials a page at a time; when a page arrives the list
 * reports its rows as updated, so that the column widths are measured again over real values (a
 * table shown at once, before its rows were read, kept widths measured over empty rows).
 */
class CatalogRowsTest {

    @TempDir
    Path dir;

    private TestApp app;

    @BeforeEach
    void open() {
        app = new TestApp(dir);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aPageArrivingReportsItsRowsAsUpdated() {
        UUID[] ids = app.store().catalog().search(CatalogFilter.ALL, 1000).stream().map(Credential::id)
                .toArray(UUID[]::new);
        assertThat(ids.length).isGreaterThan(CatalogRows.PAGE);
        QueuedTasks tasks = new QueuedTasks();
        CatalogRows rows = new CatalogRowSource(app.store().catalog(), tasks).rows(ids);
        List<Integer> updated = new ArrayList<>();
        rows.addListener((ListChangeListener<CatalogRow>) change -> {
            while (change.next()) {
                assertThat(change.wasAdded() || change.wasRemoved() || change.wasPermutated()).isFalse();
                if (change.wasUpdated()) {
                    for (int i = change.getFrom(); i < change.getTo(); i++) {
                        updated.add(i);
                    }
                }
            }
        });

        CatalogRow first = rows.get(0);
        assertThat(first.credential()).as("not read before its page arrives").isNull();
        assertThat(updated).isEmpty();
        tasks.runAll();

        assertThat(first.credential().id()).isEqualTo(ids[0]);
        assertThat(updated).hasSize(CatalogRows.PAGE).startsWith(0).endsWith(CatalogRows.PAGE - 1);
        assertThat(rows.get(CatalogRows.PAGE).credential()).as("the next page is read on its own").isNull();
        tasks.runAll();
        assertThat(updated).hasSize(Math.min(ids.length, 2 * CatalogRows.PAGE));
    }
}
