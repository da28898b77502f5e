package io.upskillplanner.exchange.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.upskillplanner.AppServices;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.exchange.JsonAt;
import io.upskillplanner.store.DataFolder;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plan schema as the importer checks it: the shipped schema and assets/schema are one file, an
 * exported plan passes, and each way to break it is refused at its JSON pointer, exactly when the
 * reference validator (networknt, draft 2020-12) also refuses it.
 */
class SchemaCheckTest {

    @TempDir
    static Path dir;

    private static AppServices app;
    private static ObjectNode exported;
    private static Schema reference;

    @BeforeAll
    static void exportTheDemoPlan() throws Exception {
        app = AppServices.open(new DataFolder(dir.resolve("data")));
        Profile maya = app.store().profiles().findByName("Maya Lindqvist").orElseThrow();
        exported = new PlanExporter(app.store()).export(maya);
        reference = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.newInputStream(Path.of("assets/schema/plan-v1.schema.json")));
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Test
    void theSchemaTheAppShipsIsThePublishedOne() throws IOException {
        try (var shipped = SchemaCheck.class.getResourceAsStream("/io/upskillplanner/schema/plan-v1.schema.json")) {
            assertThat(shipped).isNotNull();
            assertThat(shipped.readAllBytes()).isEqualTo(Files.readAllBytes(Path.of("assets/schema/plan-v1.schema.json")));
        }
    }

    @Test
    void anExportedPlanPasses() {
        PlanImporter.SCHEMA.check(new JsonAt("maya.plan.json", "", exported));

        assertThat(reference.validate(exported)).isEmpty();
    }

    static Stream<Arguments> breakages() {
        return Stream.of(
                Arguments.of("unknown member", "/profile/colour",
                        (Consumer<ObjectNode>) d -> profile(d).put("colour", "blue")),
                Arguments.of("missing required member", "/profile/kind",
                        (Consumer<ObjectNode>) d -> profile(d).remove("kind")),
                Arguments.of("id that is no UUID", "/profile/id",
                        (Consumer<ObjectNode>) d -> profile(d).put("id", "maya")),
                Arguments.of("weekly hours above the maximum", "/profile/weeklyHours",
                        (Consumer<ObjectNode>) d -> profile(d).put("weeklyHours", 81)),
                Arguments.of("zero weekly hours", "/profile/weeklyHours",
                        (Consumer<ObjectNode>) d -> profile(d).put("weeklyHours", 0)),
                Arguments.of("empty name", "/profile/name",
                        (Consumer<ObjectNode>) d -> profile(d).put("name", "")),
                Arguments.of("name too long", "/profile/name",
                        (Consumer<ObjectNode>) d -> profile(d).put("name", "x".repeat(201))),
                Arguments.of("currency in lower case", "/profile/budget/currency",
                        (Consumer<ObjectNode>) d -> ((ObjectNode) profile(d).path("budget")).put("currency", "eur")),
                Arguments.of("unknown enum value", "/profile/kind",
                        (Consumer<ObjectNode>) d -> profile(d).put("kind", "ROBOT")),
                Arguments.of("wrong type", "/profile/notes",
                        (Consumer<ObjectNode>) d -> profile(d).put("notes", 5)),
                Arguments.of("a fraction where a whole number belongs", "/credentials/0/effortHours",
                        (Consumer<ObjectNode>) d -> credential(d).put("effortHours", 1.5)),
                Arguments.of("negative weight", "/profile/weights/RECOGNITION",
                        (Consumer<ObjectNode>) d -> profile(d).putObject("weights").put("RECOGNITION", -1)),
                Arguments.of("wrong constant", "/format",
                        (Consumer<ObjectNode>) d -> d.put("format", "another")),
                Arguments.of("unknown member in an array item", "/credentials/0/skills/0/weight",
                        (Consumer<ObjectNode>) d -> ((ArrayNode) credential(d).path("skills")).addObject()
                                .put("label", "x").put("weight", 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void aBrokenPlanIsRefusedAtItsPointerWhereTheReferenceValidatorRefusesIt(String name, String pointer,
            Consumer<ObjectNode> breakage) {
        ObjectNode broken = exported.deepCopy();
        breakage.accept(broken);
        if (pointer.endsWith("/weight")) {
            // The new skill is the last one: point at it.
            int last = broken.path("credentials").path(0).path("skills").size() - 1;
            pointer = "/credentials/0/skills/" + last + "/weight";
        }
        String expected = "at " + pointer;

        assertThat(reference.validate(broken)).as("the reference validator").isNotEmpty();
        assertThatThrownBy(() -> PlanImporter.SCHEMA.check(new JsonAt("broken.plan.json", "", broken)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> {
                    assertThat(e.source()).isEqualTo("broken.plan.json");
                    assertThat(e.place(Locale.ENGLISH)).isEqualTo(expected);
                    assertThat(e.reason(Locale.GERMAN)).isNotEqualTo(e.reason(Locale.ENGLISH));
                });
    }

    @Test
    void aSchemaWithAKeywordTheCheckDoesNotKnowIsRefusedWhenLoaded() throws IOException {
        ObjectNode schema = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree("{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\", \"format\": \"email\"}}}");

        assertThatThrownBy(() -> new SchemaCheck(schema)).hasMessageContaining("format");
    }

    private static ObjectNode profile(ObjectNode document) {
        return (ObjectNode) document.path("profile");
    }

    private static ObjectNode credential(ObjectNode document) {
        return (ObjectNode) document.path("credentials").path(0);
    }
}
