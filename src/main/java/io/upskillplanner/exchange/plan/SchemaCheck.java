package io.upskillplanner.exchange.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.exchange.Excerpt;
import io.upskillplanner.exchange.JsonAt;
import io.upskillplanner.exchange.StrictJson;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a document against a JSON Schema (draft 2020-12) of the keywords the plan schema uses:
 * {@code type, const, enum, $ref} (to {@code #/$defs/...}), {@code properties, required,
 * additionalProperties, items, minimum, exclusiveMinimum, maximum, minLength, maxLength, pattern};
 * annotations ({@code title, description, $id, $schema}) are skipped. Any other keyword in a schema
 * is refused when the schema is loaded, so the schema cannot say more than is checked. The first
 * violation is refused with its JSON pointer and a translated reason (decision record 0026).
 */
final class SchemaCheck {

    private static final Set<String> CHECKED = Set.of("type", "const", "enum", "$ref", "properties", "required",
            "additionalProperties", "items", "minimum", "exclusiveMinimum", "maximum", "minLength", "maxLength",
            "pattern");
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "$id", "$schema", "$defs");

    private final JsonNode schema;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    SchemaCheck(JsonNode schema) {
        this.schema = schema;
        requireKnownKeywords(schema, "#");
    }

    /** The schema shipped at {@code resource} on the class path. */
    static SchemaCheck load(String resource) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The schema " + resource + " is not on the class path");
            }
            return new SchemaCheck(StrictJson.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses the first place where {@code document} breaks the schema. */
    void check(JsonAt document) {
        check(schema, document);
    }

    private void check(JsonNode rule, JsonAt at) {
        JsonNode ref = rule.get("$ref");
        if (ref != null) {
            check(resolve(ref.textValue()), at);
        }
        JsonNode node = at.node();
        JsonNode type = rule.get("type");
        if (type != null && !hasType(node, type.textValue())) {
            throw at.reject(ErrorText.of("error.schema.type", typeName(type.textValue()), JsonAt.describe(node)));
        }
        JsonNode constant = rule.get("const");
        if (constant != null && !sameValue(constant, node)) {
            throw at.reject(ErrorText.of("error.schema.const", constant.toString(), JsonAt.describe(node)));
        }
        JsonNode choices = rule.get("enum");
        if (choices != null && !contains(choices, node)) {
            throw at.reject(ErrorText.of("error.schema.enum", choices.toString(), JsonAt.describe(node)));
        }
        if (node.isNumber()) {
            checkNumber(rule, at, node.decimalValue());
        }
        if (node.isTextual()) {
            checkText(rule, at, node.textValue());
        }
        if (node.isObject()) {
            checkObject(rule, at);
        }
        JsonNode items = rule.get("items");
        if (items != null && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(items, at.at(at.pointer() + "/" + i, node.get(i)));
            }
        }
    }

    private void checkNumber(JsonNode rule, JsonAt at, BigDecimal value) {
        JsonNode min = rule.get("minimum");
        if (min != null && value.compareTo(min.decimalValue()) < 0) {
            throw at.reject(ErrorText.of("error.schema.minimum", min.asText(), Excerpt.of(value.toString())));
        }
        JsonNode above = rule.get("exclusiveMinimum");
        if (above != null && value.compareTo(above.decimalValue()) <= 0) {
            throw at.reject(ErrorText.of("error.schema.exclusiveMinimum", above.asText(), Excerpt.of(value.toString())));
        }
        JsonNode max = rule.get("maximum");
        if (max != null && value.compareTo(max.decimalValue()) > 0) {
            throw at.reject(ErrorText.of("error.schema.maximum", max.asText(), Excerpt.of(value.toString())));
        }
    }

    private void checkText(JsonNode rule, JsonAt at, String text) {
        int length = text.codePointCount(0, text.length());
        JsonNode min = rule.get("minLength");
        if (min != null && length < min.intValue()) {
            throw at.reject(ErrorText.of("error.schema.minLength", min.intValue()));
        }
        JsonNode max = rule.get("maxLength");
        if (max != null && length > max.intValue()) {
            throw at.reject(ErrorText.of("error.schema.maxLength", max.intValue(), length));
        }
        JsonNode pattern = rule.get("pattern");
        if (pattern != null && !patterns.computeIfAbsent(pattern.textValue(), Pattern::compile).matcher(text).find()) {
            throw at.reject(ErrorText.of("error.schema.pattern", Excerpt.quoted(text), pattern.textValue()));
        }
    }

    private void checkObject(JsonNode rule, JsonAt at) {
        JsonNode properties = rule.path("properties");
        JsonNode required = rule.get("required");
        if (required != null) {
            for (JsonNode name : required) {
                if (!at.node().has(name.textValue())) {
                    throw at.child(name.textValue()).reject(ErrorText.of("error.schema.required"));
                }
            }
        }
        JsonNode additional = rule.get("additionalProperties");
        Iterator<String> names = at.node().fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            JsonNode property = properties.get(name);
            if (property != null) {
                check(property, at.child(name));
            } else if (additional != null && additional.isBoolean() && !additional.booleanValue()) {
                throw at.child(name).reject(ErrorText.of("error.schema.unknownMember"));
            } else if (additional != null && additional.isObject()) {
                check(additional, at.child(name));
            }
        }
    }

    private JsonNode resolve(String ref) {
        if (ref == null || !ref.startsWith("#/$defs/")) {
            throw new IllegalStateException("Only references to #/$defs/ are supported, not " + ref);
        }
        JsonNode target = schema.path("$defs").path(ref.substring("#/$defs/".length()));
        if (target.isMissingNode()) {
            throw new IllegalStateException("The schema has no " + ref);
        }
        return target;
    }

    private static boolean hasType(JsonNode node, String type) {
        return switch (type) {
            case "object" -> node.isObject();
            case "array" -> node.isArray();
            case "string" -> node.isTextual();
            case "boolean" -> node.isBoolean();
            case "null" -> node.isNull();
            case "number" -> node.isNumber();
            // 2020-12: 1.0 is an integer too.
            case "integer" -> node.isIntegralNumber()
                    || (node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0);
            default -> throw new IllegalStateException("Unknown type " + type);
        };
    }

    private static ErrorText typeName(String type) {
        return switch (type) {
            case "object" -> ErrorText.of("error.schema.type.object");
            case "array" -> ErrorText.of("error.schema.type.array");
            case "string" -> ErrorText.of("error.schema.type.string");
            case "boolean" -> ErrorText.of("error.schema.type.boolean");
            case "integer" -> ErrorText.of("error.schema.type.integer");
            case "number" -> ErrorText.of("error.schema.type.number");
            default -> ErrorText.plain(type);
        };
    }

    private static boolean contains(JsonNode choices, JsonNode node) {
        for (JsonNode choice : choices) {
            if (sameValue(choice, node)) {
                return true;
            }
        }
        return false;
    }

    /** JSON equality; numbers by value, so 1 and 1.0 are the same. */
    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static void requireKnownKeywords(JsonNode rule, String where) {
        if (!rule.isObject()) {
            return;
        }
        List<String> unknown = new ArrayList<>();
        rule.fieldNames().forEachRemaining(name -> {
            if (!CHECKED.contains(name) && !ANNOTATIONS.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("The schema uses keywords this check does not know at " + where + ": "
                    + unknown);
        }
        rule.path("$defs").fields().forEachRemaining(e -> requireKnownKeywords(e.getValue(), where + "/$defs/" + e.getKey()));
        rule.path("properties").fields().forEachRemaining(e -> requireKnownKeywords(e.getValue(),
                where + "/properties/" + e.getKey()));
        requireKnownKeywords(rule.path("items"), where + "/items");
        requireKnownKeywords(rule.path("additionalProperties"), where + "/additionalProperties");
    }
}
