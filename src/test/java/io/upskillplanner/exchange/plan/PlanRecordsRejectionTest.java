package io.upskillplanner.exchange.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.upskillplanner.AppServices;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.exchange.ImportService;
import io.upskillplanner.exchange.ImportTarget;
import io.upskillplanner.exchange.Importers;
import io.upskillplanner.store.DataFolder;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A broken plan file is refused at the same place with the same words, in English and German, as
 * by the importer before it read the file into records (which mapped the JSON tree by hand): the
 * expected messages under test resources were written by that importer.
 */
class PlanRecordsRejectionTest {

    private static final String EXPECTED = "/io/upskillplanner/exchange/plan/golden/rejections.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static AppServices app;
    private static ObjectNode exported;
    private static Map<String, String> expected;
    private static final Map<String, String> found = new LinkedHashMap<>();

    @BeforeAll
    static void exportTheDemoPlanWithABadge() throws Exception {
        app = AppServices.open(new DataFolder(dir.resolve("data")));
        Profile maya = app.store().profiles().findByName("Maya Lindqvist").orElseThrow();
        exported = new PlanExporter(app.store()).export(maya);
        ((ArrayNode) exported.path("profile").path("earnedBadges")).addObject()
                .put("id", "0c6d2f6e-1111-4222-8333-944445555666").put("badgeFormat", "OB3_JSON")
                .put("achievementName", "Badge").put("rawCredential", "{}").put("importedAt", "2025-01-02T03:04:05");
        expected = new LinkedHashMap<>();
        try (InputStream in = PlanRecordsRejectionTest.class.getResourceAsStream(EXPECTED)) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    int tab = line.indexOf('\t');
                    expected.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
    }

    @AfterAll
    static void close() throws IOException {
        app.close();
        if (Boolean.getBoolean("planGolden.write")) {
            StringBuilder lines = new StringBuilder();
            found.forEach((k, v) -> lines.append(k).append('\t').append(v).append('\n'));
            Files.writeString(Path.of("src/test/resources" + EXPECTED), lines);
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            /profile/name                             | 5
            /profile/name                             | {"a": 1}
            /profile/name                             | "  "
            /profile/notes                            | true
            /profile/weeklyHours                      | "six"
            /profile/weeklyHours                      | 200
            /profile/weeklyHours                      | 100
            /profile/weeklyHours                      | 0.125
            /profile/weeklyHours                      | REMOVE
            /profile/goals/0/priority                 | "high"
            /profile/goals/0/priority                 | 1.5
            /profile/goals/0/priority                 | 11
            /profile/goals/0/priority                 | 7
            /profile/goals                            | {}
            /profile/goals                            | "x"
            /profile/goals                            | ""
            /profile/goals/0                          | null
            /profile/goals/0                          | 5
            /profile/goals/0/skills/0                 | "x"
            /profile/goals/0/title                    | " "
            /profile/goals/0/deadline                 | "soon"
            /profile/goals/0/status                   | "someday"
            /profile/goals/0/status                   | "active"
            /profile/goals/0/candidates/0/order       | 2000000
            /profile/goals/0/candidates/0/credentialId | "nope"
            /profile/budget                           | 5
            /profile/budget                           | []
            /profile/budget                           | "x"
            /profile/budget                           | ""
            /profile/budget                           | null
            /profile/budget/amount                    | -1
            /profile/budget/amount                    | "1"
            /profile/weights                          | []
            /profile/weights/RECOGNITION              | null
            /profile/weights/RECOGNITION              | "x"
            /profile/weights/RECOGNITION              | -1
            /profile/sampleData                       | "yes"
            /profile/colour                           | "blue"
            /profile/kind                             | REMOVE
            /profile/kind                             | "ROBOT"
            /profile/kind                             | "self"
            /profile/id                               | "maya"
            /profile/id                               | "1-1-1-1-1"
            /profile/createdAt                        | "yesterday"
            /profile/sessionNotes                     | 5
            /profile/earnedBadges/0/rawCredential     | REMOVE
            /profile/earnedBadges/0/credits           | "2"
            /profile/earnedBadges/0/badgeFormat       | "PAPER"
            /profile/earnedBadges/0/verification      | 1
            /exportedAt                               | 5
            /application                              | []
            /providers                                | {}
            /providers/0/country                      | "DEU"
            /providers/0/type                         | 3
            /credentials/0/costs/tuition              | -5
            /credentials/0/costs/currency             | REMOVE
            /credentials/0/costs                      | REMOVE
            /credentials/0/eqfLevel                   | 9
            /credentials/0/effortHours                | 1.5
            /credentials/0/quality                    | 5
            /credentials/0/quality/careerSupport      | 6
            /credentials/0/credits                    | "x"
            /credentials/0/recognition/0/level        | 6
            /credentials/0/skills/0                   | null
            /credentials/0/skills/0/weight            | 1
            /credentials/0/lastVerified               | "2025-13-01"
            /credentials/0/facts                      | [{"field": "x"}]
            """)
    void aBrokenPlanIsRefusedAsBefore(String pointer, String value) throws IOException {
        ObjectNode broken = exported.deepCopy();
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = broken.at(at.head());
        String last = at.last().getMatchingProperty();
        if (parent instanceof ArrayNode array) {
            if (value.equals("REMOVE")) {
                array.remove(at.last().getMatchingIndex());
            } else {
                array.set(at.last().getMatchingIndex(), JSON.readTree(value));
            }
        } else if (value.equals("REMOVE")) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, JSON.readTree(value));
        }
        Path file = dir.resolve("broken.plan.json");
        Files.write(file, PlanExporter.bytes(broken));

        Throwable thrown = catchThrowable(() -> new ImportService(app.store(), Importers.standard())
                .plan(List.of(file), ImportTarget.CATALOG_ONLY));

        assertThat(thrown).isInstanceOf(InputRejectedException.class);
        InputRejectedException e = (InputRejectedException) thrown;
        String message = e.place(Locale.ENGLISH) + " | " + e.reason(Locale.ENGLISH) + " | " + e.reason(Locale.GERMAN);
        String key = pointer + " = " + value;
        found.put(key, message);
        assertThat(message).isEqualTo(expected.get(key));
    }
}
