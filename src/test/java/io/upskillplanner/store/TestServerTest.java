package io.upskillplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The PostgreSQL store tests may be skipped on a developer's machine, never on CI. */
class TestServerTest {

    @Test
    void withoutAServerADeveloperRunSkipsThePostgresTestsAndSaysHowToRunThem() {
        assertThat(TestServer.availability(Map.of())).isInstanceOfSatisfying(TestServer.Skip.class,
                skip -> assertThat(skip.reason()).contains("UPSKILL_TEST_PG_URL", "UPSKILL_TEST_PG_USER"));
    }

    @Test
    void withoutAServerOnCiThePostgresTestsFail() {
        assertThat(TestServer.availability(Map.of("CI", "true", "UPSKILL_TEST_PG_USER", "u")))
                .isInstanceOfSatisfying(TestServer.Fail.class,
                        fail -> assertThat(fail.reason()).startsWith("CI=true but").contains("UPSKILL_TEST_PG_URL"));
    }

    @Test
    void aConfiguredServerIsUsed() {
        assertThat(TestServer.availability(Map.of("CI", "true", "UPSKILL_TEST_PG_URL", "jdbc:postgresql://h:5432/db",
                "UPSKILL_TEST_PG_USER", "u", "UPSKILL_TEST_PG_PASSWORD", "p")))
                .isEqualTo(new TestServer.Configured(new ServerDatabase("jdbc:postgresql://h:5432/db", "u", "p")));
    }

    @Test
    void eachTestDatabaseIsNamedInTheUrlOfTheServer() {
        assertThat(TestServer.withDatabase("jdbc:postgresql://127.0.0.1:5432/upskill_test?sslmode=disable", "t1"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/t1?sslmode=disable");
        assertThat(TestServer.withDatabase("jdbc:postgresql://localhost/x", "t2"))
                .isEqualTo("jdbc:postgresql://localhost/t2");
        assertThat(TestServer.databaseName("jdbc:postgresql://localhost/t2?a=b")).isEqualTo("t2");
    }
}
