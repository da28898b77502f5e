package io.upskillplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import io.upskillplanner.domain.CatalogFilter;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ProfileKind;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.Store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoSeederTest {

    @TempDir
    Path dir;

    @Test
    void seedsARealCatalogAndTwoProfilesWithGoalsAndCandidates() {
        try (Database database = Database.openH2(new DataFolder(dir))) {
            Store store = new Store(database);
            assertThat(new DemoSeeder(store).seedIfNew()).isTrue();

            var credentials = store.catalog().search(CatalogFilter.ALL, Integer.MAX_VALUE);
            assertThat(credentials).hasSizeGreaterThanOrEqualTo(40);
            Set<String> industries = credentials.stream().flatMap(c -> c.recognition().stream())
                    .map(Recognition::industry).collect(Collectors.toSet());
            assertThat(industries).hasSizeGreaterThanOrEqualTo(6)
                    .contains("Technology", "Healthcare", "Manufacturing", "Education", "Business & Finance");
            assertThat(credentials).allSatisfy(c -> {
                assertThat(c.providerName()).isNotBlank();
                assertThat(c.provenance().source()).startsWith("https://");
                assertThat(c.provenance().lastVerified()).isNotNull();
                assertThat(c.recognition()).isNotEmpty().allSatisfy(r -> assertThat(r.evidence()).isNotBlank());
                assertThat(c.skills()).isNotEmpty();
                assertThat(c.effortHours()).isPositive();
            });

            var profiles = store.profiles().list();
            assertThat(profiles).extracting(Profile::kind).containsExactlyInAnyOrder(ProfileKind.SELF, ProfileKind.CLIENT);
            for (Profile p : profiles) {
                assertThat(p.sampleData()).isTrue();
                var goals = store.goals().listForProfile(p.id());
                assertThat(goals).isNotEmpty();
                for (Goal g : goals) {
                    assertThat(store.candidates().listForGoal(g.id())).hasSizeGreaterThanOrEqualTo(3);
                    assertThat(g.skills()).isNotEmpty();
                }
            }
            assertThat(store.exchangeRates().list()).isNotEmpty();
        }
    }

    @Test
    void seedingTwiceGivesTheSameCounts() {
        try (Database database = Database.openH2(new DataFolder(dir))) {
            Store store = new Store(database);
            new DemoSeeder(store).seedIfNew();
            int[] first = counts(store);

            assertThat(new DemoSeeder(store).seedIfNew()).isFalse();
            assertThat(counts(store)).containsExactly(first);
        }
        try (Database database = Database.openH2(new DataFolder(dir))) {
            Store store = new Store(database);
            int[] before = counts(store);
            assertThat(new DemoSeeder(store).seedIfNew()).isFalse();
            assertThat(counts(store)).containsExactly(before);
        }
    }

    @Test
    void aDatabaseWithUserDataIsNeverSeeded() {
        try (Database database = Database.openH2(new DataFolder(dir))) {
            Store store = new Store(database);
            store.profiles().save(Profile.create("Mine", ProfileKind.SELF, BigDecimal.TEN, Money.of(10, "USD")));

            assertThat(new DemoSeeder(store).seedIfNew()).isFalse();
            assertThat(store.profiles().list()).extracting(Profile::name).containsExactly("Mine");
            assertThat(store.catalog().count()).isZero();
        }
    }

    @Test
    void demoDataTheUserDeletedDoesNotComeBack() {
        try (Database database = Database.openH2(new DataFolder(dir))) {
            Store store = new Store(database);
            new DemoSeeder(store).seedIfNew();
            store.profiles().list().forEach(p -> store.profiles().delete(p.id()));

            assertThat(new DemoSeeder(store).seedIfNew()).isFalse();
            assertThat(store.profiles().count()).isZero();
        }
    }

    @Test
    void demoCandidatesPointAtCatalogEntries() {
        try (Database database = Database.openH2(new DataFolder(dir))) {
            Store store = new Store(database);
            new DemoSeeder(store).seedIfNew();
            for (Profile p : store.profiles().list()) {
                for (Goal g : store.goals().listForProfile(p.id())) {
                    var ids = store.candidates().listForGoal(g.id()).stream().map(c -> c.credentialId()).toList();
                    assertThat(store.catalog().findAll(ids)).extracting(Credential::id)
                            .containsExactlyInAnyOrderElementsOf(ids);
                }
            }
        }
    }

    private static int[] counts(Store store) {
        return new int[] {store.profiles().count(), store.goals().count(), store.catalog().count(),
                store.catalog().providerCount(), store.candidates().count(), store.exchangeRates().list().size()};
    }
}
