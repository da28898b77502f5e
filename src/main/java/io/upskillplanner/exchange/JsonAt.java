package io.upskillplanner.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.upskillplanner.domain.InputRejectedException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A node of an imported JSON document with its JSON pointer, so that a value of the wrong type is
 * rejected naming the file, the exact place ("/goals/2/priority") and what was expected.
 */
public record JsonAt(String file, String pointer, JsonNode node) {

    public static JsonAt root(ImportFile file, JsonNode node) {
        return new JsonAt(file.name(), "", node);
    }

    public InputRejectedException reject(String reason) {
        return new InputRejectedException(file, "at " + (pointer.isEmpty() ? "/" : pointer), reason);
    }

    public JsonAt child(String name) {
        return new JsonAt(file, pointer + "/" + name.replace("~", "~0").replace("/", "~1"),
                node.isObject() ? node.path(name) : com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    public boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    public boolean isAbsent() {
        return node == null || node.isMissingNode() || node.isNull();
    }

    public JsonAt requireObject() {
        if (!node.isObject()) {
            throw reject("must be a JSON object, found " + describe(node));
        }
        return this;
    }

    /** The named member, which must be an object. */
    public JsonAt object(String name) {
        JsonAt child = child(name);
        if (child.isAbsent()) {
            throw child.reject("is missing; an object is required");
        }
        return child.requireObject();
    }

    /** The elements of the named array; absent or null reads as empty. */
    public List<JsonAt> array(String name) {
        JsonAt child = child(name);
        if (child.isAbsent()) {
            return List.of();
        }
        if (!child.node.isArray()) {
            throw child.reject("must be an array, found " + describe(child.node));
        }
        List<JsonAt> items = new ArrayList<>(child.node.size());
        for (int i = 0; i < child.node.size(); i++) {
            items.add(new JsonAt(file, child.pointer + "/" + i, child.node.get(i)));
        }
        return items;
    }

    /** The named member as a list: an array's elements, a single value as one element, absent as none. */
    public List<JsonAt> oneOrMany(String name) {
        JsonAt child = child(name);
        if (child.isAbsent()) {
            return List.of();
        }
        return child.node.isArray() ? array(name) : List.of(child);
    }

    public String text(String name) {
        JsonAt child = child(name);
        if (child.isAbsent()) {
            return null;
        }
        if (!child.node.isTextual()) {
            throw child.reject("must be a string, found " + describe(child.node));
        }
        return child.node.textValue();
    }

    public String requiredText(String name) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            throw child(name).reject("is missing; a non-empty string is required");
        }
        return value;
    }

    /** The named number within its field's range; absent reads as null. */
    public BigDecimal decimal(String name, BoundedNumbers.Range range) {
        JsonAt child = child(name);
        if (child.isAbsent()) {
            return null;
        }
        if (!child.node.isNumber()) {
            throw child.reject("must be a number, found " + describe(child.node));
        }
        try {
            return BoundedNumbers.check(child.node.decimalValue(), range);
        } catch (BoundedNumbers.RejectedNumber e) {
            throw child.reject(e.getMessage());
        }
    }

    public BigDecimal requiredDecimal(String name, BoundedNumbers.Range range) {
        BigDecimal value = decimal(name, range);
        if (value == null) {
            throw child(name).reject("is missing; a number is required");
        }
        return value;
    }

    /** The named whole number within its field's range; absent reads as null. */
    public Integer integer(String name, BoundedNumbers.Range range) {
        JsonAt child = child(name);
        if (child.isAbsent()) {
            return null;
        }
        if (!child.node.isNumber()) {
            throw child.reject("must be a whole number, found " + describe(child.node));
        }
        try {
            return BoundedNumbers.checkInt(child.node.decimalValue(), range);
        } catch (BoundedNumbers.RejectedNumber e) {
            throw child.reject(e.getMessage());
        }
    }

    public int integer(String name, BoundedNumbers.Range range, int fallback) {
        Integer value = integer(name, range);
        return value == null ? fallback : value;
    }

    public boolean bool(String name, boolean fallback) {
        JsonAt child = child(name);
        if (child.isAbsent()) {
            return fallback;
        }
        if (!child.node.isBoolean()) {
            throw child.reject("must be true or false, found " + describe(child.node));
        }
        return child.node.booleanValue();
    }

    public UUID uuid(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw child(name).reject("must be a UUID, found '" + abbreviate(value) + "'");
        }
    }

    public UUID requiredUuid(String name) {
        UUID value = uuid(name);
        if (value == null) {
            throw child(name).reject("is missing; a UUID is required");
        }
        return value;
    }

    public LocalDate date(String name) {
        String value = text(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw child(name).reject("must be a date like 2025-09-30, found '" + abbreviate(value) + "'");
        }
    }

    public LocalDateTime dateTime(String name) {
        String value = text(name);
        try {
            return value == null ? null : LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw child(name).reject("must be a local date-time like 2025-09-30T14:05:00, found '"
                    + abbreviate(value) + "'");
        }
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type, E fallback) {
        String value = text(name);
        if (value == null) {
            if (fallback == null) {
                throw child(name).reject("is missing; one of " + List.of(type.getEnumConstants()) + " is required");
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw child(name).reject("must be one of " + List.of(type.getEnumConstants()) + ", found '"
                    + abbreviate(value) + "'");
        }
    }

    /** The members of an object, in document order. */
    public List<Map.Entry<String, JsonAt>> members() {
        List<Map.Entry<String, JsonAt>> members = new ArrayList<>();
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            members.add(Map.entry(name, child(name)));
        }
        return members;
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "the string '" + abbreviate(node.textValue()) + "'";
            // asText() of a DecimalNode is scientific, so even 1e99999999 prints in a few characters.
            case NUMBER -> "the number " + Excerpt.of(node.asText());
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    static String abbreviate(String text) {
        return Excerpt.of(text);
    }
}
