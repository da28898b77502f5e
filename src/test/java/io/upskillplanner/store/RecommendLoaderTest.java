package io.upskillplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.upskillplanner.domain.CatalogFilter;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.decide.recommend.RecommendRequest;
import io.upskillplanner.exchange.DemoSeeder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database side of the recommendation: pre-filtering by goal skill and bringing prerequisites along. */
class RecommendLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsOnlyCredentialsTeachingAGoalSkillPlusTheirPrerequisites() {
        try (Database database = Database.openH2(new DataFolder(dir))) {
            Store store = new Store(database);
            new DemoSeeder(store).seedIfNew();
            Profile maya = store.profiles().findByName("Maya Lindqvist").orElseThrow();
            Goal goal = store.goals().findByTitle(maya.id(), "Cloud support engineer by September").orElseThrow();
            RecommendLoader loader = new RecommendLoader(store);
            RecommendRequest before = loader.load(goal.id(), Set.of(), LocalDate.of(2026, 11, 28));
            Credential teaching = before.catalogue().get(0);
            Credential unrelated = store.catalog().search(CatalogFilter.ALL, 1000).stream()
                    .filter(c -> before.catalogue().stream().noneMatch(b -> b.id().equals(c.id())))
                    .findFirst().orElseThrow();

            loader.savePrerequisites(teaching.id(), List.of(unrelated.id()));
            RecommendRequest after = loader.load(goal.id(), Set.of(), LocalDate.of(2026, 11, 28));

            assertThat(before.catalogue().size()).isLessThan(store.catalog().count());
            assertThat(after.catalogue()).extracting(Credential::id).contains(unrelated.id());
            assertThat(after.prerequisites().get(teaching.id())).containsExactly(unrelated.id());
        }
    }
}
