package io.upskillplanner.exchange.plan.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The records of the plan file and its schema cannot drift apart again (issue #15, item 6): walking
 * the schema from its root alongside {@link PlanFileV1}, every object of the schema is a record with
 * exactly its members, every member has the Java type of its JSON type, every number a range, every
 * object of {@code $defs} its own record ({@code earnedBadge} is {@code EarnedBadgeJson}), and
 * every record of the package is reached.
 */
class PlanRecordsMatchSchemaTest {

    private static JsonNode schema;
    private static final Map<String, Class<?>> defsReached = new HashMap<>();
    private static final Set<Class<?>> recordsReached = new HashSet<>();
    private static final List<String> mismatches = new ArrayList<>();

    @BeforeAll
    static void walkTheSchemaWithTheRecords() throws IOException {
        schema = new ObjectMapper().readTree(Files.readString(Path.of("assets/schema/plan-v1.schema.json")));
        match(schema, PlanFileV1.class, "#");
    }

    @Test
    void everyObjectOfTheSchemaIsARecordWithExactlyItsMembersOfTheirTypes() {
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyDefinitionOfTheSchemaHasItsRecordOrIsAValueOfOne() {
        Set<String> objects = new LinkedHashSet<>();
        schema.path("$defs").fields().forEachRemaining(d -> {
            if (d.getValue().path("type").asText().equals("object")) {
                objects.add(d.getKey());
            }
        });
        assertThat(defsReached.keySet()).containsExactlyInAnyOrderElementsOf(objects);
        defsReached.forEach((def, type) -> assertThat(type.getSimpleName()).as(def)
                .isEqualTo(Character.toUpperCase(def.charAt(0)) + def.substring(1) + "Json"));
        assertThat(objects).contains("profile", "goal", "candidate", "sessionNote", "earnedBadge", "provider",
                "credential", "skill");
    }

    @Test
    void everyRecordOfThePackageIsPartOfTheFile() {
        Set<Class<?>> records = new HashSet<>();
        for (JavaClass c : new ClassFileImporter().importPackages(PlanFileV1.class.getPackageName())) {
            Class<?> type = c.reflect();
            if (type.isRecord() && type.getPackageName().equals(PlanFileV1.class.getPackageName())) {
                records.add(type);
            }
        }
        assertThat(recordsReached).containsExactlyInAnyOrderElementsOf(records);
    }

    private static void match(JsonNode rule, Type type, String where) {
        JsonNode resolved = rule;
        String def = null;
        if (rule.has("$ref")) {
            def = rule.get("$ref").asText().substring("#/$defs/".length());
            resolved = schema.path("$defs").path(def);
        }
        String jsonType = rule.has("type") ? rule.get("type").asText() : resolved.path("type").asText(null);
        if (jsonType == null && (rule.has("enum") || rule.has("const"))) {
            jsonType = rule.has("const") && rule.get("const").isNumber() ? "integer" : "string";
        }
        Class<?> raw = raw(type);
        switch (jsonType == null ? "?" : jsonType) {
            case "object" -> {
                if (resolved.has("properties")) {
                    matchRecord(resolved, raw, where);
                    if (def != null) {
                        defsReached.put(def, raw);
                    }
                } else {
                    expect(raw == Map.class, where, "a Map for an object of any members, not " + type);
                    match(resolved.path("additionalProperties"), argument(type, 1), where + "/*");
                }
            }
            case "array" -> {
                expect(raw == List.class, where, "a List, not " + type);
                match(resolved.path("items"), argument(type, 0), where + "/items");
            }
            case "string" -> expect(raw == String.class, where, "a String, not " + type);
            case "boolean" -> expect(raw == Boolean.class, where, "a Boolean, not " + type);
            case "number" -> expect(raw == BigDecimal.class, where, "a BigDecimal, not " + type);
            case "integer" -> expect(raw == Integer.class, where, "an Integer, not " + type);
            default -> mismatches.add(where + ": no JSON type in the schema");
        }
    }

    private static void matchRecord(JsonNode rule, Class<?> record, String where) {
        if (!record.isRecord()) {
            mismatches.add(where + ": should be a record, is " + record);
            return;
        }
        recordsReached.add(record);
        Set<String> members = new LinkedHashSet<>();
        rule.path("properties").fieldNames().forEachRemaining(members::add);
        Set<String> components = new LinkedHashSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            components.add(component.getName());
            JsonNode property = rule.path("properties").get(component.getName());
            if (property == null) {
                mismatches.add(where + ": " + record.getSimpleName() + "." + component.getName() + " is not in the schema");
                continue;
            }
            match(property, component.getGenericType(), where + "/" + component.getName());
            Class<?> raw = component.getType();
            boolean number = raw == BigDecimal.class || raw == Integer.class
                    || (raw == Map.class && raw(argument(component.getGenericType(), 1)) == BigDecimal.class);
            if (number && component.getAnnotation(Bounded.class) == null) {
                mismatches.add(where + "/" + component.getName() + ": a number without @Bounded");
            }
        }
        members.removeAll(components);
        members.forEach(m -> mismatches.add(where + "/" + m + ": not in " + record.getSimpleName()));
    }

    private static void expect(boolean holds, String where, String what) {
        if (!holds) {
            mismatches.add(where + ": should be " + what);
        }
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }
}
