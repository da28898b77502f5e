package io.upskillplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import io.upskillplanner.domain.BadgeFormat;
import io.upskillplanner.domain.EarnedBadge;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.domain.Verification;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which earned badges prove their skills to the skill gap, the compare screen and the report (#14). */
class EarnedSkillsTest {

    @TempDir
    Path dir;

    private StoreWithProfile fixture;
    private Database database;
    private Store store;
    private Profile profile;

    @BeforeEach
    void open() {
        fixture = StoreWithProfile.open(dir, "Ana Learner", "1500");
        database = fixture.database();
        store = fixture.store();
        profile = fixture.profile();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            VERIFIED,               true
            NOT_VERIFIABLE_OFFLINE, true
            EXPIRED,                true
            NOT_YET_VALID,          true
            REVOKED,                false
            INVALID_SIGNATURE,      false
            """)
    void aBadgeProvesItsSkillsUnlessItWasRevokedOrForged(Verification verification, boolean proves) {
        LocalDateTime now = LocalDateTime.of(2026, 6, 1, 9, 0);
        store.earnedBadges().save(new EarnedBadge(UUID.randomUUID(), profile.id(), null, BadgeFormat.OB3_JSON,
                "urn:uuid:" + UUID.randomUUID(), "Fixture Academy", "did:key:z6MkTest", "Linux Essentials", null, null,
                null, null, now, null, null, verification, "detail", "{}", now, List.of(SkillRef.of("linux"))));

        List<SkillRef> skills = store.plans().earnedSkills(profile.id());

        if (proves) {
            assertThat(skills).containsExactly(SkillRef.of("linux"));
        } else {
            assertThat(skills).isEmpty();
        }
    }
}
