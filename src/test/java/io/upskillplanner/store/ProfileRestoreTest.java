package io.upskillplanner.store;

import static io.upskillplanner.store.jooq.Tables.EARNED_BADGE;
import static io.upskillplanner.store.jooq.Tables.EARNED_BADGE_SKILL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.UUID;

import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.Verification;
import io.upskillplanner.exchange.DemoSeeder;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileRestoreTest {

    @TempDir
    Path dir;

    private Database database;
    private Store store;

    @BeforeEach
    void open() {
        database = Database.openH2(new DataFolder(dir));
        store = new Store(database);
        new DemoSeeder(store).seedIfNew();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aDeletedProfileComesBackRowForRowWithItsBadges() {
        Profile maya = store.profiles().findByName("Maya Lindqvist").orElseThrow();
        badge(maya.id(), "Cloud badge", Verification.VERIFIED, "cloud computing");
        badge(maya.id(), "Forged badge", Verification.INVALID_SIGNATURE, "networking");
        int goals = store.goals().listForProfile(maya.id()).size();
        int candidates = store.candidates().count();
        int notes = store.profiles().sessionNotes(maya.id()).size();

        DeletedProfile deleted = store.profiles().deleteRestorably(maya);
        assertThat(store.profiles().find(maya.id())).isEmpty();
        assertThat(database.dsl().fetchCount(EARNED_BADGE)).isZero();

        assertThat(store.profiles().restore(deleted)).isZero();
        assertThat(store.profiles().find(maya.id())).contains(maya);
        assertThat(store.goals().listForProfile(maya.id())).hasSize(goals);
        assertThat(store.candidates().count()).isEqualTo(candidates);
        assertThat(store.profiles().sessionNotes(maya.id())).hasSize(notes);
        assertThat(database.dsl().fetchCount(EARNED_BADGE_SKILL)).isEqualTo(2);
    }

    @Test
    void aProfileChangedSinceItWasReadIsNotDeleted() {
        Profile maya = store.profiles().findByName("Maya Lindqvist").orElseThrow();
        store.profiles().save(maya);

        assertThatThrownBy(() -> store.profiles().deleteRestorably(maya)).isInstanceOf(ConcurrentEditException.class);
        assertThat(store.profiles().find(maya.id())).isPresent();
    }

    private void badge(UUID profileId, String name, Verification verification, String skill) {
        UUID id = UUID.randomUUID();
        database.dsl().insertInto(EARNED_BADGE).set(EARNED_BADGE.ID, id).set(EARNED_BADGE.PROFILE_ID, profileId)
                .set(EARNED_BADGE.BADGE_FORMAT, "OB3_JSON").set(EARNED_BADGE.ACHIEVEMENT_NAME, name)
                .set(EARNED_BADGE.VERIFICATION, verification.name()).set(EARNED_BADGE.RAW_CREDENTIAL, "{}")
                .set(EARNED_BADGE.IMPORTED_AT, LocalDateTime.now()).execute();
        database.dsl().insertInto(EARNED_BADGE_SKILL).set(EARNED_BADGE_SKILL.BADGE_ID, id)
                .set(EARNED_BADGE_SKILL.LABEL, skill).execute();
    }
}
