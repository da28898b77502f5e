package io.upskillplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import io.upskillplanner.domain.CatalogEntry;
import io.upskillplanner.domain.CatalogFilter;
import io.upskillplanner.domain.CatalogQuery;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Provider;
import io.upskillplanner.domain.ProviderType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search text lives in a table of its own (V10): every way a credential is stored, edited,
 * renamed through its provider, imported or deleted keeps that table in step with it, so a search
 * finds what the credential says now.
 */
class SearchTextTest {

    @TempDir
    Path dir;

    private Database database;
    private CatalogRepository catalog;
    private Provider provider;

    @BeforeEach
    void openStore() {
        database = Database.openH2(new DataFolder(dir));
        Store store = new Store(database);
        catalog = store.catalog();
        provider = catalog.saveProvider(new Provider(UUID.randomUUID(), "Nordlicht Akademie", ProviderType.OTHER, "DE",
                null, 0));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aSavedCredentialIsFoundByItsTitleProviderAndSkillsAndAnEditReplacesItsText() {
        Credential saved = catalog.save(StoreRoundTripTest.sampleCredential(provider.id()));

        assertThat(found("applied data")).containsExactly(saved.id());
        assertThat(found("nordlicht")).containsExactly(saved.id());
        assertThat(found("sql analysis")).containsExactly(saved.id());

        catalog.save(titled(saved, "Cloud Foundations"));
        assertThat(found("applied data")).isEmpty();
        assertThat(found("cloud found")).containsExactly(saved.id());
        assertThat(searchRows()).isOne();
    }

    @Test
    void renamingTheProviderRenamesItInTheSearchOfEveryOneOfItsCredentials() {
        Credential saved = catalog.save(StoreRoundTripTest.sampleCredential(provider.id()));
        Provider current = catalog.providers().get(0);

        catalog.saveProvider(new Provider(current.id(), "Polarstern Institut", current.type(), current.country(),
                current.url(), current.version()));

        assertThat(found("nordlicht")).isEmpty();
        assertThat(found("polarstern")).containsExactly(saved.id());
    }

    @Test
    void bulkInsertsAndImportsWriteOneSearchRowPerCredentialAndAnImportedUpdateReplacesIt() {
        Credential bulk = StoreRoundTripTest.sampleCredential(provider.id());
        catalog.insertAll(List.of(bulk));
        Credential imported = titled(StoreRoundTripTest.sampleCredential(provider.id()), "Kubernetes Operator");
        TransferRepository transfer = new Store(database).transfer();
        transfer.upsertCatalog(List.of(new CatalogEntry(imported, List.of())));

        assertThat(found("applied data")).containsExactly(bulk.id());
        assertThat(found("kubernetes")).containsExactly(imported.id());

        transfer.upsertCatalog(List.of(new CatalogEntry(titled(imported, "Helm Charts"), List.of())));
        assertThat(found("kubernetes")).isEmpty();
        assertThat(found("helm")).containsExactly(imported.id());
        assertThat(searchRows()).isEqualTo(2);
    }

    @Test
    void aDeletedCredentialTakesItsSearchTextWithIt() {
        Credential saved = catalog.save(StoreRoundTripTest.sampleCredential(provider.id()));

        catalog.delete(saved.id());

        assertThat(found("applied")).isEmpty();
        assertThat(searchRows()).isZero();
    }

    @Test
    void thePagedFilterSearchesTheSameText() {
        Credential saved = catalog.save(StoreRoundTripTest.sampleCredential(provider.id()));
        catalog.save(titled(StoreRoundTripTest.sampleCredential(provider.id()), "Cloud Foundations"));

        assertThat(catalog.search(CatalogFilter.text("NORDLICHT sql"), 10))
                .extracting(Credential::title).containsExactlyInAnyOrder("Applied Data Analytics", "Cloud Foundations");
        assertThat(catalog.search(CatalogFilter.text("applied"), 10))
                .extracting(Credential::id).containsExactly(saved.id());
    }

    private List<UUID> found(String text) {
        return catalog.searchAsTheScreen(CatalogQuery.ALL.withText(text)).stream().map(Credential::id).toList();
    }

    private int searchRows() {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM credential_search")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static Credential titled(Credential c, String title) {
        return new Credential(c.id(), title, c.providerId(), c.providerName(), c.kind(), c.description(), c.costs(),
                c.effortHours(), c.fixedDurationWeeks(), c.format(), c.pacing(), c.quality(), c.credits(),
                c.badgeStandard(), c.validityMonths(), c.eqfLevel(), c.url(), c.drawbacks(), c.provenance(), c.origin(),
                c.externalId(), c.skills(), c.recognition(), c.version());
    }
}
