package io.upskillplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.upskillplanner.domain.BadgeStandard;
import io.upskillplanner.domain.CatalogFilter;
import io.upskillplanner.domain.CatalogQuery;
import io.upskillplanner.domain.CatalogSort;
import io.upskillplanner.domain.CostParts;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CredentialKind;
import io.upskillplanner.domain.DeliveryFormat;
import io.upskillplanner.domain.Origin;
import io.upskillplanner.domain.Pacing;
import io.upskillplanner.domain.Provenance;
import io.upskillplanner.domain.Quality;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.SkillRef;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogIndexTest {

    @TempDir
    Path dir;

    private Database database;
    private Store store;

    @BeforeEach
    void open() {
        database = Database.openH2(new DataFolder(dir));
        store = new Store(database);
        save("beta course", 100, 10, DeliveryFormat.ONLINE, "Technology", "sql");
        save("Alpha Course", 300, 40, DeliveryFormat.HYBRID, "Healthcare", "patient care");
        save("ALPHA advanced", 200, 20, DeliveryFormat.ONLINE, "Healthcare", "sql");
        save("gamma", 0, 5, DeliveryFormat.IN_PERSON, null, "welding");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theRepositoryAndTheIndexOrderTitlesIgnoringCase() {
        List<String> expected = List.of("ALPHA advanced", "Alpha Course", "beta course", "gamma");
        assertThat(store.catalog().search(CatalogFilter.ALL, 10)).extracting(Credential::title).isEqualTo(expected);
        assertThat(titles(store.catalog().loadIndex().query(CatalogQuery.ALL))).isEqualTo(expected);
    }

    @Test
    void queriesFilterOnEveryCriterion() {
        CatalogIndex index = store.catalog().loadIndex();

        assertThat(titles(index.query(CatalogQuery.ALL.withText("ALPHA")))).containsExactly("ALPHA advanced", "Alpha Course");
        assertThat(titles(index.query(CatalogQuery.ALL.withText("alpha sql")))).containsExactly("ALPHA advanced");
        assertThat(titles(index.query(new CatalogQuery(null, Set.of("healthcare"), null, null, null, null, Set.of(),
                Set.of(), false, false, false, CatalogSort.TITLE, false)))).containsExactly("ALPHA advanced", "Alpha Course");
        assertThat(titles(index.query(new CatalogQuery(null, Set.of(), new BigDecimal("100"), new BigDecimal("250"),
                null, null, Set.of(), Set.of(), false, false, false, CatalogSort.TITLE, false))))
                .containsExactly("ALPHA advanced", "beta course");
        assertThat(titles(index.query(new CatalogQuery(null, Set.of(), null, null, 10, 20, Set.of(DeliveryFormat.ONLINE),
                Set.of(), false, false, false, CatalogSort.TITLE, false)))).containsExactly("ALPHA advanced", "beta course");
        assertThat(titles(index.query(new CatalogQuery(null, Set.of(), null, null, null, null, Set.of(),
                Set.of(), true, false, false, CatalogSort.TITLE, false)))).containsExactly("Alpha Course");
        assertThat(titles(index.query(CatalogQuery.ALL.withSort(CatalogSort.COST, true))))
                .containsExactly("Alpha Course", "ALPHA advanced", "beta course", "gamma");
    }

    @Test
    void typingOnNarrowsTheLastMatchesAndEditsAreSeenAtOnce() {
        CatalogIndex index = store.catalog().loadIndex();
        assertThat(index.query(CatalogQuery.ALL.withText("a"))).hasSize(4);
        assertThat(titles(index.query(CatalogQuery.ALL.withText("al")))).hasSize(2);

        Credential added = save("Alpine safety", 50, 8, DeliveryFormat.ONLINE, null, "rope access");
        index.upsert(CatalogIndex.entryOf(added));
        assertThat(titles(index.query(CatalogQuery.ALL.withText("al")))).containsExactly("ALPHA advanced",
                "Alpha Course", "Alpine safety");

        index.remove(added.id());
        assertThat(index.query(CatalogQuery.ALL.withText("alp"))).hasSize(2);
        assertThat(index.size()).isEqualTo(4);
    }

    @Test
    void skillLabelsComeOnceWhateverTheirCase() {
        assertThat(store.catalog().skillLabels().keySet()).containsExactlyInAnyOrder("patient care", "sql", "welding");
    }

    private List<String> titles(UUID[] ids) {
        List<Credential> found = store.catalog().findAll(Arrays.asList(ids));
        return Arrays.stream(ids).map(id -> found.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow()
                .title()).toList();
    }

    private Credential save(String title, int cost, int hours, DeliveryFormat format, String industry, String skill) {
        return store.catalog().save(new Credential(UUID.randomUUID(), title, null, null, CredentialKind.CERTIFICATE,
                null, new CostParts(BigDecimal.valueOf(cost), null, null, null, null, "EUR"), hours, null, format,
                Pacing.SELF_PACED, new Quality(title.equals("Alpha Course") ? "ANSI" : null, null, 0, 0), null,
                BadgeStandard.NONE, null, null, null, null, new Provenance("test", LocalDate.now()), Origin.USER, null,
                List.of(SkillRef.of(skill)), industry == null ? List.of() : List.of(new Recognition(industry, 3, null)),
                0));
    }
}
