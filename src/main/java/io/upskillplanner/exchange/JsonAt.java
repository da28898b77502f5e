package io.upskillplanner.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A node of an imported JSON document with its JSON pointer, so that a value of the wrong type is
 * rejected naming the file, the exact place ("/goals/2/priority") and what was expected.
 */
public record JsonAt(String file, String pointer, JsonNode node) {

    public static JsonAt root(ImportFile file, JsonNode node) {
        return new JsonAt(file.name(), "", node);
    }

    public InputRejectedException reject(ErrorText reason) {
        return reject(reason, null);
    }

    public InputRejectedException reject(ErrorText reason, Throwable cause) {
        return new InputRejectedException(file, place(), reason, cause);
    }

    /** "at /goals/2/priority": where this node stands in its file. */
    public ErrorText place() {
        return at(pointer);
    }

    public static ErrorText at(String pointer) {
        return ErrorText.of("error.place.pointer", pointer.isEmpty() ? "/" : pointer);
    }

    /** A file before any of it is read: a handle that names it in messages and reaches its nodes through {@link #at}. */
    public static JsonAt file(String name) {
        return new JsonAt(name, "", com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    /** Another node of the same file, standing at {@code pointer}. */
    public JsonAt at(String pointer, JsonNode other) {
        return new JsonAt(file, pointer, other == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : other);
    }

    /**
     * Refuses the file at a part of it that is not a JSON pointer ("chunk 3 (iTXt) at byte 33,
     * keyword 'openbadges'"). Such a part's name also prefixes the JSON pointers of what it holds,
     * so it is kept as English words; null for the whole file.
     */
    public InputRejectedException rejectAt(String part, ErrorText reason) {
        return rejectAt(part, reason, null);
    }

    public InputRejectedException rejectAt(String part, ErrorText reason, Throwable cause) {
        return new InputRejectedException(file, part == null ? null : ErrorText.plain(part), reason, cause);
    }

    /** Refuses the file at {@code place} inside the part named {@code part} (null: the file itself). */
    public InputRejectedException rejectWithin(String part, ErrorText place, ErrorText reason) {
        return new InputRejectedException(file, part == null ? place
                : ErrorText.of("error.place.join", ErrorText.plain(part), place), reason);
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
            throw reject(ErrorText.of("error.json.notObject", describe(node)));
        }
        return this;
    }

    /** The named member, which must be an object. */
    public JsonAt object(String name) {
        JsonAt child = child(name);
        if (child.isAbsent()) {
            throw child.reject(ErrorText.of("error.json.missingObject"));
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
            throw child.reject(ErrorText.of("error.json.notArray", describe(child.node)));
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
            throw child.reject(ErrorText.of("error.json.notString", describe(child.node)));
        }
        return child.node.textValue();
    }

    /** The named string without surrounding white space; absent, null or blank reads as null. */
    public String trimmed(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** The named member if it is an object, null when absent; any other value is refused. */
    public ObjectNode optionalObject(String name) {
        JsonAt child = child(name);
        if (child.isAbsent()) {
            return null;
        }
        return (ObjectNode) child.requireObject().node;
    }

    /** The id of this node, given as a string or as an object with an "id" member; absent reads as null. */
    public String id() {
        if (isAbsent()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isObject()) {
            return trimmed("id");
        }
        throw reject(ErrorText.of("error.json.notId", describe(node)));
    }

    public String requiredText(String name) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            throw child(name).reject(ErrorText.of("error.json.missingText"));
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
            throw child.reject(ErrorText.of("error.json.notNumber", describe(child.node)));
        }
        try {
            return BoundedNumbers.check(child.node.decimalValue(), range);
        } catch (BoundedNumbers.RejectedNumber e) {
            throw child.reject(e.reason());
        }
    }

    public BigDecimal requiredDecimal(String name, BoundedNumbers.Range range) {
        BigDecimal value = decimal(name, range);
        if (value == null) {
            throw child(name).reject(ErrorText.of("error.json.missingNumber"));
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
            throw child.reject(ErrorText.of("error.json.notWholeNumber", describe(child.node)));
        }
        try {
            return BoundedNumbers.checkInt(child.node.decimalValue(), range);
        } catch (BoundedNumbers.RejectedNumber e) {
            throw child.reject(e.reason());
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
            throw child.reject(ErrorText.of("error.json.notBoolean", describe(child.node)));
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
            throw child(name).reject(ErrorText.of("error.json.notUuid", abbreviate(value)));
        }
    }

    public UUID requiredUuid(String name) {
        UUID value = uuid(name);
        if (value == null) {
            throw child(name).reject(ErrorText.of("error.json.missingUuid"));
        }
        return value;
    }

    public LocalDate date(String name) {
        String value = text(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw child(name).reject(ErrorText.of("error.json.notDate", abbreviate(value)));
        }
    }

    public LocalDateTime dateTime(String name) {
        String value = text(name);
        try {
            return value == null ? null : LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw child(name).reject(ErrorText.of("error.json.notDateTime", abbreviate(value)));
        }
    }

    /** An ISO 8601 date-time with an offset (as UTC), a local date-time or a date (at midnight); absent reads as null. */
    public LocalDateTime utcDateTime(String name) {
        String value = trimmed(name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(value).atStartOfDay();
                } catch (DateTimeParseException notDate) {
                    throw child(name).reject(ErrorText.of("error.json.notIsoDateTime", Excerpt.quoted(value)));
                }
            }
        }
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type, E fallback) {
        String value = text(name);
        if (value == null) {
            if (fallback == null) {
                throw child(name).reject(ErrorText.of("error.json.missingChoice", List.of(type.getEnumConstants())));
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw child(name).reject(ErrorText.of("error.json.notChoice", List.of(type.getEnumConstants()),
                    abbreviate(value)));
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

    /** "an array", "the string 'x'": what a node of the wrong type holds, for a message. */
    public static ErrorText describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return ErrorText.of("error.json.found.nothing");
        }
        return switch (node.getNodeType()) {
            case ARRAY -> ErrorText.of("error.json.found.array");
            case OBJECT -> ErrorText.of("error.json.found.object");
            case STRING -> ErrorText.of("error.json.found.string", abbreviate(node.textValue()));
            // asText() of a DecimalNode is scientific, so even 1e99999999 prints in a few characters.
            case NUMBER -> ErrorText.of("error.json.found.number", Excerpt.of(node.asText()));
            case BOOLEAN, NULL -> ErrorText.plain(node.asText());
            default -> ErrorText.plain(node.getNodeType().name().toLowerCase(Locale.ROOT));
        };
    }

    static String abbreviate(String text) {
        return Excerpt.of(text);
    }
}
