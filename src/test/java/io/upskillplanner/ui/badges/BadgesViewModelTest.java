package io.upskillplanner.ui.badges;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import io.upskillplanner.domain.BadgeFormat;
import io.upskillplanner.domain.EarnedBadge;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ProfileKind;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.domain.Verification;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.Store;
import io.upskillplanner.ui.common.TaskRunner;
import io.upskillplanner.ui.main.AppState;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadgesViewModelTest {

    @TempDir
    Path dir;

    private Database database;
    private Store store;
    private AppState state;

    @BeforeEach
    void open() {
        database = Database.openH2(new DataFolder(dir));
        store = new Store(database);
        state = new AppState(store, TaskRunner.DIRECT);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Profile profile(String name) {
        return store.profiles().save(new Profile(UUID.randomUUID(), name, ProfileKind.SELF, null, null,
                new BigDecimal("5"), Money.of("100", "EUR"), null, null, false, LocalDateTime.now(),
                LocalDateTime.now(), 0));
    }

    private void badge(Profile owner, String name, Verification verification, String detail) {
        store.earnedBadges().save(new EarnedBadge(UUID.randomUUID(), owner.id(), null, BadgeFormat.OB3_JSON,
                "urn:" + name, "Fixture Academy", "did:key:z6MkTest", name, null, null, null, null,
                LocalDateTime.parse("2026-01-15T09:00:00"), null, LocalDateTime.parse("2027-01-15T09:00:00"),
                verification, detail, "{}", LocalDateTime.now(), List.of(new SkillRef("use cloud", null))));
    }

    @Test
    void showsTheBadgesOfTheCurrentProfileWithStatusTextIconAndDetail() {
        Profile ana = profile("Ana");
        badge(ana, "Cloud Basics", Verification.VERIFIED, "Ed25519 signature checked");
        BadgesViewModel viewModel = new BadgesViewModel(state);

        state.currentProfileProperty().set(ana);

        assertThat(viewModel.headingProperty().get()).isEqualTo("Earned badges (1)");
        BadgeRow row = viewModel.badges().get(0);
        assertThat(row.achievement()).isEqualTo("Cloud Basics");
        assertThat(row.issuer()).isEqualTo("Fixture Academy");
        assertThat(row.issued()).isNotBlank();
        assertThat(row.validUntil()).isNotBlank();
        assertThat(row.statusText()).isEqualTo("Verified");
        assertThat(row.iconLiteral()).isEqualTo("fth-check-circle");
        assertThat(row.styleClass()).isEqualTo("badge-verified");
        assertThat(row.detail()).isEqualTo("Ed25519 signature checked");
        assertThat(row.skills()).isEqualTo("use cloud");
    }

    @Test
    void eachStatusHasItsOwnTextAndColourAndOnlyVerifiedIsATick() {
        Profile ana = profile("Ana");
        badge(ana, "A", Verification.INVALID_SIGNATURE, "changed");
        badge(ana, "B", Verification.EXPIRED, "old");
        badge(ana, "C", Verification.NOT_VERIFIABLE_OFFLINE, "did:web");
        badge(ana, "D", Verification.NOT_YET_VALID, "Not valid before 2027-01-01");
        badge(ana, "E", Verification.REVOKED, "Revoked: entry 42 of the status list 3 is set");
        BadgesViewModel viewModel = new BadgesViewModel(state);

        state.currentProfileProperty().set(ana);

        assertThat(viewModel.badges()).extracting(BadgeRow::statusText)
                .containsExactlyInAnyOrder("Invalid signature", "Expired", "Not verifiable offline", "Not yet valid",
                        "Revoked");
        assertThat(viewModel.badges()).extracting(BadgeRow::styleClass)
                .containsExactlyInAnyOrder("badge-invalid", "badge-expired", "badge-unverifiable", "badge-expired",
                        "badge-invalid");
        assertThat(viewModel.badges()).extracting(BadgeRow::iconLiteral).doesNotContain("fth-check-circle");
    }

    @Test
    void aVerifiedBadgeWhoseStatusListIsOnlineSaysRevocationWasNotChecked() {
        Profile ana = profile("Ana");
        badge(ana, "Listed", Verification.VERIFIED, "Ed25519 signature checked. " + Verification.REVOCATION_NOT_CHECKED
                + ": the credential's revocation status is kept in the BitstringStatusListEntry https://x.example/3.");
        BadgesViewModel viewModel = new BadgesViewModel(state);

        state.currentProfileProperty().set(ana);

        assertThat(viewModel.badges()).singleElement().satisfies(row -> {
            assertThat(row.statusText()).isEqualTo("Verified \u00b7 revocation not checked offline");
            assertThat(row.iconLiteral()).isEqualTo("fth-check-circle");
        });
    }

    @Test
    void switchingProfileShowsThatProfilesBadgesAndRefreshPicksUpNewOnes() {
        Profile ana = profile("Ana");
        Profile ben = profile("Ben");
        badge(ana, "Cloud Basics", Verification.VERIFIED, "ok");
        BadgesViewModel viewModel = new BadgesViewModel(state);
        state.currentProfileProperty().set(ana);

        state.currentProfileProperty().set(ben);
        assertThat(viewModel.badges()).isEmpty();
        assertThat(viewModel.headingProperty().get()).isEqualTo("Earned badges (0)");

        badge(ben, "Data Basics", Verification.EXPIRED, "old");
        viewModel.refresh();
        assertThat(viewModel.badges()).extracting(BadgeRow::achievement).containsExactly("Data Basics");
    }
}
