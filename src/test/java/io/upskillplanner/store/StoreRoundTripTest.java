package io.upskillplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.upskillplanner.domain.BadgeFormat;
import io.upskillplanner.domain.BadgeStandard;
import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.CandidateStatus;
import io.upskillplanner.domain.CatalogFilter;
import io.upskillplanner.domain.CostParts;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.CredentialKind;
import io.upskillplanner.domain.CreditUnit;
import io.upskillplanner.domain.Credits;
import io.upskillplanner.domain.DeliveryFormat;
import io.upskillplanner.domain.EarnedBadge;
import io.upskillplanner.domain.ExchangeRate;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.GoalStatus;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Origin;
import io.upskillplanner.domain.Pacing;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ProfileKind;
import io.upskillplanner.domain.Provenance;
import io.upskillplanner.domain.Provider;
import io.upskillplanner.domain.ProviderType;
import io.upskillplanner.domain.Quality;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.domain.SessionNote;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.domain.Verification;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repository round trips; {@link StoreRoundTripOnH2Test} and {@link StoreRoundTripOnPostgresTest} run them. */
abstract class StoreRoundTripTest {

    @TempDir
    Path dir;

    private TestDatabase testDatabase;
    private Database database;
    private Store store;

    abstract TestDatabase.Kind kind();

    @BeforeEach
    void open() {
        testDatabase = kind().create(dir);
        database = testDatabase.open();
        store = new Store(database);
    }

    @AfterEach
    void close() {
        testDatabase.close();
    }

    @Test
    void profileSurvivesReopeningTheDatabase() {
        Profile saved = store.profiles().save(new Profile(UUID.randomUUID(), "Zoë Ñúñez-Øberg 王芳", ProfileKind.CLIENT,
                "Nurse aide", "Healthcare", new BigDecimal("7.5"), Money.of("2500.50", "eur"),
                new BigDecimal("31000"), "Prefers evening classes", false, LocalDateTime.now(), LocalDateTime.now(), 0));

        database = testDatabase.reopen();
        store = new Store(database);

        Profile loaded = store.profiles().find(saved.id()).orElseThrow();
        assertThat(loaded.name()).isEqualTo("Zoë Ñúñez-Øberg 王芳");
        assertThat(loaded.kind()).isEqualTo(ProfileKind.CLIENT);
        assertThat(loaded.budget()).isEqualTo(Money.of("2500.50", "EUR"));
        assertThat(loaded.weeklyHours()).isEqualByComparingTo("7.5");
        assertThat(loaded.salaryNow()).isEqualByComparingTo("31000");
        assertThat(loaded.notes()).isEqualTo("Prefers evening classes");
        assertThat(store.profiles().findByName("zoë ñúñez-øberg 王芳")).contains(loaded);
    }

    @Test
    void updatingAStaleProfileIsRefusedSoNoEditIsLost() {
        Profile first = store.profiles().save(Profile.create("Ana", ProfileKind.SELF, BigDecimal.TEN, Money.of(100, "USD")));
        Profile renamed = store.profiles().save(withName(first, "Ana B."));

        assertThat(renamed.version()).isEqualTo(first.version() + 1);
        assertThatThrownBy(() -> store.profiles().save(withName(first, "Ana C.")))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed or deleted by someone else");
        assertThat(store.profiles().find(first.id()).orElseThrow().name()).isEqualTo("Ana B.");
    }

    @Test
    void sessionNotesListNewestFirstAndCanBeEdited() {
        Profile p = store.profiles().save(Profile.create("Ben", ProfileKind.CLIENT, BigDecimal.ONE, Money.of(0, "USD")));
        LocalDateTime monday = LocalDateTime.of(2026, 11, 2, 10, 0);
        SessionNote first = store.profiles().saveSessionNote(new SessionNote(UUID.randomUUID(), p.id(), monday, monday, "Intake"));
        store.profiles().saveSessionNote(new SessionNote(UUID.randomUUID(), p.id(), monday.plusDays(7), null, "Follow-up"));
        store.profiles().saveSessionNote(new SessionNote(first.id(), p.id(), monday, monday.plusHours(1), "Intake, edited"));

        assertThat(store.profiles().sessionNotes(p.id())).extracting(SessionNote::text)
                .containsExactly("Follow-up", "Intake, edited");
    }

    @Test
    void goalKeepsItsSkillsAndReplacesThemOnSave() {
        Profile p = store.profiles().save(Profile.create("Cleo", ProfileKind.SELF, BigDecimal.TEN, Money.of(900, "GBP")));
        Goal goal = new Goal(UUID.randomUUID(), p.id(), "Data analyst", "Junior data analyst", "Technology",
                LocalDate.of(2027, 6, 30), new BigDecimal("800"), new BigDecimal("8"), new BigDecimal("38000"), 1,
                GoalStatus.ACTIVE, ScheduleMode.PARALLEL, "notes",
                List.of(GoalSkill.of("sql", 5), GoalSkill.of("data visualisation", 3)), null, null, 0);

        Goal saved = store.goals().save(goal);
        Goal loaded = store.goals().find(goal.id()).orElseThrow();
        assertThat(loaded.skills()).extracting(s -> s.skill().label()).containsExactly("sql", "data visualisation");
        assertThat(loaded.deadline()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(loaded.scheduleMode()).isEqualTo(ScheduleMode.PARALLEL);
        assertThat(loaded.budgetCap()).isEqualByComparingTo("800");

        Goal edited = new Goal(saved.id(), p.id(), saved.title(), saved.targetRole(), saved.targetIndustry(),
                saved.deadline(), saved.budgetCap(), saved.weeklyHours(), saved.expectedSalaryAfter(), 2,
                GoalStatus.ON_HOLD, saved.scheduleMode(), saved.notes(), List.of(GoalSkill.of("python", 4)),
                saved.createdAt(), saved.updatedAt(), saved.version());
        store.goals().save(edited);
        Goal reloaded = store.goals().findByTitle(p.id(), "DATA ANALYST").orElseThrow();
        assertThat(reloaded.skills()).containsExactly(GoalSkill.of("python", 4));
        assertThat(reloaded.status()).isEqualTo(GoalStatus.ON_HOLD);
    }

    @Test
    void credentialKeepsEveryFieldWithSkillsAndRecognition() {
        Provider provider = store.catalog().saveProvider(new Provider(UUID.randomUUID(), "Example University",
                ProviderType.UNIVERSITY, "DE", "https://example.edu", 0));
        Credential credential = sampleCredential(provider.id());

        store.catalog().save(credential);
        Credential loaded = store.catalog().find(credential.id()).orElseThrow();

        assertThat(loaded.providerName()).isEqualTo("Example University");
        assertThat(loaded.costs()).isEqualTo(credential.costs());
        assertThat(loaded.credits()).isEqualTo(credential.credits());
        assertThat(loaded.quality()).isEqualTo(credential.quality());
        assertThat(loaded.provenance()).isEqualTo(credential.provenance());
        assertThat(loaded.skills()).extracting(SkillRef::label).containsExactly("data analysis", "sql");
        assertThat(loaded.recognitionIn("Healthcare").level()).isEqualTo(2);
        assertThat(loaded.recognitionIn("technology").evidence()).isEqualTo("Asked for in job ads");
        assertThat(loaded).usingRecursiveComparison().ignoringFields("providerName", "skills", "recognition", "version")
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(credential);
    }

    @Test
    void catalogSearchMatchesTitleProviderAndSkillsWithEveryWord() {
        Provider provider = store.catalog().saveProvider(Provider.create("Acme Academy", ProviderType.PLATFORM));
        store.catalog().save(sampleCredential(provider.id()));

        assertThat(store.catalog().search(CatalogFilter.text("applied DATA"), 10)).hasSize(1);
        assertThat(store.catalog().search(CatalogFilter.text("acme sql"), 10)).hasSize(1);
        assertThat(store.catalog().search(CatalogFilter.text("acme welding"), 10)).isEmpty();
        assertThat(store.catalog().countMatching(CatalogFilter.ALL)).isEqualTo(1);
    }

    @Test
    void candidateLinksGoalAndCredentialAndGoesWithItsGoal() {
        Profile p = store.profiles().save(Profile.create("Dev", ProfileKind.SELF, BigDecimal.TEN, Money.of(100, "USD")));
        Goal goal = store.goals().save(Goal.create(p.id(), "Goal"));
        Provider provider = store.catalog().saveProvider(Provider.create("Acme", ProviderType.VENDOR));
        Credential credential = store.catalog().save(sampleCredential(provider.id()));
        Candidate candidate = store.candidates().save(Candidate.create(goal.id(), credential.id(), 1));
        Candidate chosen = store.candidates().save(new Candidate(candidate.id(), goal.id(), credential.id(),
                CandidateStatus.CHOSEN, LocalDate.of(2027, 1, 4), 1, "first", candidate.createdAt(), null,
                candidate.version()));

        assertThat(store.candidates().listForGoal(goal.id())).containsExactly(chosen);
        store.goals().delete(goal.id());
        assertThat(store.candidates().count()).isZero();
        assertThat(store.catalog().count()).isEqualTo(1);
    }

    @Test
    void exchangeRatesAndSettingsRoundTrip() {
        store.exchangeRates().save(new ExchangeRate("usd", "EUR", new BigDecimal("0.92"), LocalDate.of(2026, 11, 1)));
        store.exchangeRates().save(new ExchangeRate("USD", "EUR", new BigDecimal("0.93"), LocalDate.of(2026, 11, 2)));
        store.settings().put("report.author", "A. Counselor");

        assertThat(store.exchangeRates().list()).singleElement()
                .satisfies(r -> assertThat(r.rate()).isEqualByComparingTo("0.93"));
        assertThat(store.settings().get("report.author")).contains("A. Counselor");
        assertThat(store.settings().get("missing")).isEmpty();
    }

    @Test
    void weightsPerProfileRoundTrip() {
        Profile p = store.profiles().save(Profile.create("Eve", ProfileKind.SELF, BigDecimal.TEN, Money.of(100, "USD")));
        store.profiles().saveWeights(p.id(), Map.of("RECOGNITION", new BigDecimal("4"), "COST_FIT", BigDecimal.ONE));

        assertThat(store.profiles().weights(p.id())).containsOnlyKeys("COST_FIT", "RECOGNITION");
    }

    @Test
    void aTransactionThatFailsLeavesNothingBehind() {
        assertThatThrownBy(() -> store.inTransaction(tx -> {
            tx.profiles().save(Profile.create("Half", ProfileKind.SELF, BigDecimal.TEN, Money.of(1, "USD")));
            throw new IllegalStateException("boom");
        })).hasMessageContaining("boom");
        assertThat(store.profiles().count()).isZero();
    }

    @Test
    void earnedBadgeKeepsItsDatesVerificationSkillsAndRawCredential() {
        Profile p = store.profiles().save(Profile.create("Fay", ProfileKind.SELF, BigDecimal.TEN, Money.of(100, "EUR")));
        EarnedBadge badge = store.earnedBadges().save(sampleBadge(p.id(), "urn:uuid:badge-1"));

        EarnedBadge loaded = store.earnedBadges().findByExternalId(p.id(), "urn:uuid:badge-1").orElseThrow();
        assertThat(loaded).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(badge);
        assertThat(store.earnedBadges().list(p.id())).hasSize(1);
        assertThat(store.plans().earnedSkills(p.id())).extracting(SkillRef::label).containsExactly("use cloud");
        store.profiles().delete(p.id());
        assertThat(store.earnedBadges().count()).isZero();
    }

    static EarnedBadge sampleBadge(UUID profileId, String externalId) {
        return new EarnedBadge(UUID.randomUUID(), profileId, null, BadgeFormat.OB3_JSON, externalId,
                "Fixture Academy", "did:key:z6MkTest", "Cloud Basics", null, null, "Knows the cloud",
                new BigDecimal("2.5"), LocalDateTime.parse("2026-01-15T09:00:00"), null,
                LocalDateTime.parse("2027-01-15T09:00:00"), Verification.VERIFIED, "Ed25519 signature checked",
                "{\"type\": [\"VerifiableCredential\"]}", LocalDateTime.parse("2026-02-01T10:30:00.123456"),
                List.of(new SkillRef("use cloud", null)));
    }

    static Credential sampleCredential(UUID providerId) {
        return new Credential(UUID.randomUUID(), "Applied Data Analytics", providerId, null, CredentialKind.CERTIFICATE,
                "A short course", new CostParts(new BigDecimal("400"), new BigDecimal("150.50"), BigDecimal.ZERO,
                        new BigDecimal("75"), 24, "EUR"),
                120, 12, DeliveryFormat.HYBRID, Pacing.COHORT,
                new Quality("ACQUIN", "ESCO data analysis", 4, 3),
                new Credits(new BigDecimal("5"), CreditUnit.ECTS, "MSc Data Science"), BadgeStandard.OPEN_BADGES_3,
                36, 6, "https://example.edu/ada", "Little known outside Germany",
                new Provenance("https://example.edu/ada/facts", LocalDate.of(2026, 5, 1)), Origin.USER, null,
                List.of(SkillRef.of("sql"), new SkillRef("data analysis", "http://data.europa.eu/esco/skill/x")),
                List.of(new Recognition("Technology", 4, "Asked for in job ads"),
                        new Recognition("Healthcare", 2, null)),
                0);
    }

    private static Profile withName(Profile p, String name) {
        return new Profile(p.id(), name, p.kind(), p.currentRole(), p.currentIndustry(), p.weeklyHours(), p.budget(),
                p.salaryNow(), p.notes(), p.sampleData(), p.createdAt(), p.updatedAt(), p.version());
    }
}
