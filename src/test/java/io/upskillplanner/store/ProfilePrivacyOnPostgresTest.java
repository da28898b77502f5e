package io.upskillplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.EarnedBadge;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ProfileKind;
import io.upskillplanner.domain.Provider;
import io.upskillplanner.domain.ProviderType;
import io.upskillplanner.domain.SessionNote;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two counselors on one server, each with their own login role: each sees only the client profiles
 * they created, both see and edit the one catalog.
 */
class ProfilePrivacyOnPostgresTest {

    private ServerDatabase owner;
    private final List<ServerDatabase> counselors = new ArrayList<>();
    private final List<Database> open = new ArrayList<>();

    @BeforeEach
    void setUpTheTeamDatabase() {
        owner = TestServer.createDatabase();
        // The database's owner sets the schema up once, as the README tells the team's administrator.
        open(owner).close();
    }

    @AfterEach
    void dropEverything() {
        open.forEach(Database::close);
        if (owner != null) {
            TestServer.dropDatabase(owner);
        }
        counselors.forEach(TestServer::dropRole);
    }

    @Test
    void eachCounselorSeesOnlyTheirOwnProfilesAndBothShareTheCatalog() {
        Store anna = new Store(open(counselor("anna")));
        Store ben = new Store(open(counselor("ben")));
        Provider provider = ben.catalog().saveProvider(Provider.create("Acme Academy", ProviderType.PLATFORM));
        Credential bensCredential = ben.catalog().save(StoreRoundTripTest.sampleCredential(provider.id()));

        Profile annasClient = anna.profiles().save(client("Clara Client"));
        Goal annasGoal = anna.goals().save(Goal.create(annasClient.id(), "Nurse to data analyst"));
        anna.candidates().save(Candidate.create(annasGoal.id(), bensCredential.id(), 1));
        anna.profiles().saveSessionNote(new SessionNote(UUID.randomUUID(), annasClient.id(), LocalDateTime.now(),
                null, "Worried about the exam fee"));
        anna.profiles().saveWeights(annasClient.id(), Map.of("RECOGNITION", BigDecimal.TEN));
        EarnedBadge annasBadge = anna.earnedBadges().save(StoreRoundTripTest.sampleBadge(annasClient.id(), "urn:b"));
        Profile bensClient = ben.profiles().save(client("Bruno Client"));

        assertThat(anna.profiles().list()).extracting(Profile::name).containsExactly("Clara Client");
        assertThat(ben.profiles().list()).extracting(Profile::name).containsExactly("Bruno Client");
        assertThat(ben.profiles().find(annasClient.id())).isEmpty();
        assertThat(ben.profiles().findByName("clara client")).isEmpty();
        assertThat(ben.profiles().count()).isEqualTo(1);
        assertThat(ben.goals().listForProfile(annasClient.id())).isEmpty();
        assertThat(ben.goals().find(annasGoal.id())).isEmpty();
        assertThat(ben.goals().count()).isZero();
        assertThat(ben.candidates().listForGoal(annasGoal.id())).isEmpty();
        assertThat(ben.candidates().count()).isZero();
        assertThat(ben.profiles().sessionNotes(annasClient.id())).isEmpty();
        assertThat(ben.profiles().weights(annasClient.id())).isEmpty();
        assertThat(ben.earnedBadges().list(annasClient.id())).isEmpty();
        assertThat(ben.earnedBadges().find(annasBadge.id())).isEmpty();
        assertThat(ben.earnedBadges().count()).isZero();
        assertThat(ben.plans().earnedSkills(annasClient.id())).isEmpty();
        assertThatThrownBy(() -> ben.plans().load(annasGoal.id())).isInstanceOf(InputRejectedException.class);
        assertThat(ben.profiles().delete(annasClient.id())).isFalse();

        assertThat(anna.catalog().find(bensCredential.id())).isPresent();
        assertThat(anna.plans().load(annasGoal.id()).candidates()).hasSize(1);
        assertThat(anna.profiles().sessionNotes(annasClient.id())).hasSize(1);
        assertThat(anna.earnedBadges().list(annasClient.id())).hasSize(1);
        assertThat(anna.profiles().find(bensClient.id())).isEmpty();
    }

    @Test
    void theServerItselfKeepsAnotherCounselorsClientsFromThemEvenOutsideTheApp() throws SQLException {
        ServerDatabase annaRole = counselor("anna");
        ServerDatabase benRole = counselor("ben");
        Store anna = new Store(open(annaRole));
        Profile annasClient = anna.profiles().save(client("Clara Client"));
        Goal annasGoal = anna.goals().save(Goal.create(annasClient.id(), "Nurse to data analyst"));

        try (Connection ben = DriverManager.getConnection(benRole.url(), benRole.user(), benRole.password());
                Statement sql = ben.createStatement()) {
            assertThat(count(sql, "SELECT COUNT(*) FROM profile")).isZero();
            assertThat(count(sql, "SELECT COUNT(*) FROM goal")).isZero();
            assertThat(sql.executeUpdate("UPDATE profile SET name = 'taken' WHERE id = '" + annasClient.id() + "'"))
                    .isZero();
            assertThat(sql.executeUpdate("DELETE FROM goal WHERE id = '" + annasGoal.id() + "'")).isZero();
            assertThatThrownBy(() -> sql.executeUpdate("INSERT INTO goal (id, profile_id, title, created_at,"
                    + " updated_at) VALUES (gen_random_uuid(), '" + annasClient.id() + "', 'planted', now(), now())"))
                    .hasMessageContaining("row-level security");
            assertThatThrownBy(() -> sql.executeUpdate("INSERT INTO profile (id, name, kind, weekly_hours, budget,"
                    + " currency, created_at, updated_at, owner) VALUES (gen_random_uuid(), 'Planted', 'CLIENT', 5, 0,"
                    + " 'EUR', now(), now(), '" + annaRole.user() + "')"))
                    .hasMessageContaining("row-level security");
            assertThatThrownBy(() -> sql.execute("DROP TABLE candidate")).hasMessageContaining("must be owner");
        }
        assertThat(anna.goals().find(annasGoal.id())).isPresent();
        assertThat(anna.profiles().list()).extracting(Profile::name).containsExactly("Clara Client");
    }

    @Test
    void theAppFiltersByOwnerEvenForARoleTheServerDoesNotHoldToTheRule() {
        // The owner's role is held to the rule only by FORCE; lifting it stands for a superuser's login.
        TestServer.execute(owner, "ALTER TABLE profile NO FORCE ROW LEVEL SECURITY",
                "INSERT INTO profile (id, name, kind, weekly_hours, budget, currency, created_at, updated_at, owner)"
                        + " VALUES (gen_random_uuid(), 'Someone else''s client', 'CLIENT', 5, 0, 'EUR', now(), now(),"
                        + " 'someone_else')");
        Store store = new Store(open(owner));
        store.profiles().save(client("Own Client"));

        assertThat(store.profiles().list()).extracting(Profile::name).containsExactly("Own Client");
        assertThat(store.profiles().findByName("someone else's client")).isEmpty();
        assertThat(store.profiles().count()).isEqualTo(1);
    }

    @Test
    void aCounselorCannotSetUpTheSchemaAndIsToldWhoCan() {
        ServerDatabase fresh = TestServer.createDatabase();
        try {
            ServerDatabase anna = counselor("anna", fresh);

            assertThatThrownBy(() -> open(anna)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("permission denied")
                    .hasMessageContaining("owner must start the app once");
        } finally {
            TestServer.dropDatabase(fresh);
        }
    }

    private ServerDatabase counselor(String name) {
        return counselor(name, owner);
    }

    private ServerDatabase counselor(String name, ServerDatabase database) {
        ServerDatabase counselor = TestServer.createCounselor(database, name);
        counselors.add(counselor);
        return counselor;
    }

    private Database open(ServerDatabase server) {
        Database database = Database.openPostgres(server);
        open.add(database);
        return database;
    }

    private static Profile client(String name) {
        return Profile.create(name, ProfileKind.CLIENT, new BigDecimal("6"), Money.of(1500, "EUR"));
    }

    private static int count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
