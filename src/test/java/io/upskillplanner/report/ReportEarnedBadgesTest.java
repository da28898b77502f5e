package io.upskillplanner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.upskillplanner.AppServices;
import io.upskillplanner.domain.BadgeFormat;
import io.upskillplanner.domain.EarnedBadge;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.domain.Verification;
import io.upskillplanner.solver.ChocoPlanSolver;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Earned badges in the report (issue #14, point 9): each badge that proves a skill of a goal is
 * listed in that goal's chapter with its status, and one whose status list is online says that
 * revocation was not checked offline, in English and in German.
 */
class ReportEarnedBadgesTest {

    private static final String ONLINE_LIST = Verification.REVOCATION_NOT_CHECKED
            + ": the credential's revocation status is kept in the BitstringStatusListEntry"
            + " https://issuer.example/status/3, which is online.";

    @TempDir
    Path dir;

    private AppServices app;
    private Store store;
    private Profile profile;

    @BeforeEach
    void open() throws Exception {
        app = AppServices.open(new DataFolder(dir.resolve("data")));
        store = app.store();
        profile = ReportFixtures.profileWithGoals(store, "Badge Holder", 1, 3);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aVerifiedBadgeWithAnOnlineStatusListSaysRevocationWasNotCheckedOffline() throws Exception {
        save("SQL Foundations Badge", Verification.VERIFIED, ONLINE_LIST, "SQL");

        String text = oneLine(PdfChecks.text(export(Locale.ENGLISH)));

        assertThat(text).contains("Earned badges for this goal", "SQL Foundations Badge", "Verified",
                "revocation not checked offline", "import the status list beside the badge");
    }

    @Test
    void theGermanReportSaysItInGerman() throws Exception {
        save("SQL Foundations Badge", Verification.VERIFIED, ONLINE_LIST, "SQL");

        String text = oneLine(PdfChecks.text(export(Locale.GERMAN)));

        assertThat(text).contains("Erworbene Badges für dieses Ziel", "Geprüft", "Widerruf offline nicht geprüft")
                .doesNotContain("revocation not checked offline", "Earned badges");
    }

    @Test
    void everyStatusIsNamedAndOnlyTheBadgeWithAnUncheckedListCarriesTheSentence() throws Exception {
        save("Statistics Badge", Verification.REVOKED,
                "Revoked: entry 42 of the status list 3 is set; its own signature was checked.", "statistics");
        save("Cloud Badge", Verification.NOT_YET_VALID, "Not yet valid: valid from 2027-01-01.", "cloud computing");
        save("Data Analysis Badge", Verification.INVALID_SIGNATURE, "The signature does not match.", "data analysis");

        String text = oneLine(PdfChecks.text(export(Locale.ENGLISH)));

        assertThat(text).contains("Statistics Badge", "Revoked", "Cloud Badge", "Not yet valid",
                "Data Analysis Badge", "Invalid signature")
                .doesNotContain("revocation not checked offline");
    }

    @Test
    void aBadgeThatProvesNoSkillOfTheGoalIsLeftOut() throws Exception {
        save("Pottery Badge", Verification.VERIFIED, ONLINE_LIST, "pottery");

        String text = oneLine(PdfChecks.text(export(Locale.ENGLISH)));

        assertThat(text).doesNotContain("Pottery Badge", "Earned badges for this goal", "revocation not checked");
    }

    @Test
    void theLoaderHandsEachGoalItsRelevantBadges() {
        EarnedBadge sql = save("SQL Foundations Badge", Verification.VERIFIED, ONLINE_LIST, "sql");
        save("Pottery Badge", Verification.VERIFIED, null, "pottery");
        Goal goal = store.goals().listForProfile(profile.id()).get(0);

        ReportContent content = new ReportLoader(store, new ChocoPlanSolver()).load(profile.id(),
                ReportOptions.everything("", ReportFixtures.TODAY), ReportMonitor.NONE);

        assertThat(content.goals()).singleElement().satisfies(plan -> {
            assertThat(plan.goal().id()).isEqualTo(goal.id());
            assertThat(plan.earnedBadges()).extracting(EarnedBadge::id).containsExactly(sql.id());
        });
    }

    private EarnedBadge save(String name, Verification verification, String detail, String skill) {
        LocalDateTime now = LocalDateTime.of(2026, 10, 1, 12, 0);
        return store.earnedBadges().save(new EarnedBadge(UUID.randomUUID(), profile.id(), null, BadgeFormat.OB3_JSON,
                "urn:uuid:" + UUID.randomUUID(), "Fixture Issuer", "did:key:z6Mk", name, null, null, null, null,
                now.minusMonths(2), null, null, verification, detail, "{}", now, List.of(SkillRef.of(skill))));
    }

    /** The text with its line breaks as spaces, since a sentence may wrap anywhere. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private Path export(Locale language) throws Exception {
        Path out = dir.resolve("plan-" + language + ".pdf");
        ReportOptions options = ReportOptions.everything("", ReportFixtures.TODAY).withLanguage(language);
        PlanReport.export(store, new ChocoPlanSolver(), profile.id(), options, out, ReportMonitor.NONE);
        return out;
    }
}
