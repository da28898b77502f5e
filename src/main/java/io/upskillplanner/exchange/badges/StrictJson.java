package io.upskillplanner.exchange.badges;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.exchange.BoundedNumbers;
import io.upskillplanner.exchange.Excerpt;
import io.upskillplanner.exchange.WellFormedText;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads badge JSON strictly and fetches typed values from it; every problem becomes an
 * {@link InputRejectedException} naming the file, the place (line/column or JSON pointer) and the reason.
 */
final class StrictJson {

    /** Real credentials nest a dozen levels; far deeper input is an attack or a broken file. */
    static final int MAX_DEPTH = 64;
    static final int MAX_CHARS = 8 * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(MAX_CHARS).maxNumberLength(io.upskillplanner.exchange.StrictJson.MAX_NUMBER_LENGTH)
                            .maxDocumentLength(MAX_CHARS).build())
                    .errorReportConfiguration(io.upskillplanner.exchange.StrictJson.SHORT_ERRORS)
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final String source;

    StrictJson(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    /** Parses a JSON object; {@code where} names the part of the file it came from, or null for the whole file. */
    ObjectNode parseObject(String text, String where) {
        if (text.length() > MAX_CHARS) {
            throw reject(where, "holds " + text.length() + " characters of JSON; more than " + MAX_CHARS
                    + " is not a badge");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String place = at == null ? null : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw reject(join(where, place), "is not valid JSON: "
                    + io.upskillplanner.exchange.StrictJson.originalMessage(e), e);
        }
        if (node == null || node.isMissingNode()) {
            throw reject(where, "is empty; a badge is a JSON object");
        }
        if (!node.isObject()) {
            throw reject(where, "is a JSON " + kind(node) + "; a badge is a JSON object");
        }
        WellFormedText.Problem problem = WellFormedText.firstProblem(node);
        if (problem != null) {
            throw reject(join(where, "at " + problem.pointer()), problem.reason());
        }
        return (ObjectNode) node;
    }

    /** A string value, or null when absent; rejects any other type. */
    String text(JsonNode parent, String field, String pointer) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw reject("at " + pointer + "/" + field, "must be a string, is a " + kind(value));
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    String requiredText(JsonNode parent, String field, String pointer) {
        String text = text(parent, field, pointer);
        if (text == null) {
            throw reject("at " + pointer + "/" + field, "is missing; an Open Badge must have it");
        }
        return text;
    }

    /** An object value, or null when absent; rejects other types. */
    ObjectNode object(JsonNode parent, String field, String pointer) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw reject("at " + pointer + "/" + field, "must be an object, is a " + kind(value));
        }
        return (ObjectNode) value;
    }

    BigDecimal number(JsonNode parent, String field, String pointer, BoundedNumbers.Range range) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw reject("at " + pointer + "/" + field, "must be a number, is a " + kind(value));
        }
        try {
            return BoundedNumbers.check(value.decimalValue(), range);
        } catch (BoundedNumbers.RejectedNumber e) {
            throw reject("at " + pointer + "/" + field, e.getMessage());
        }
    }

    /** An ISO 8601 date-time (or date) as UTC, or null when absent. */
    LocalDateTime dateTime(JsonNode parent, String field, String pointer) {
        String text = text(parent, field, pointer);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay();
                } catch (DateTimeParseException notDate) {
                    throw reject("at " + pointer + "/" + field, Excerpt.quoted(text) + " is not an ISO 8601 date-time");
                }
            }
        }
    }

    /** The id of a node given as a string or as an object with an "id". */
    String idOf(JsonNode value, String pointer) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isObject()) {
            return text(value, "id", pointer);
        }
        throw reject("at " + pointer, "must be a string or an object, is a " + kind(value));
    }

    InputRejectedException reject(String place, String reason) {
        return new InputRejectedException(source, place, reason);
    }

    InputRejectedException reject(String place, String reason, Throwable cause) {
        return new InputRejectedException(source, place, reason, cause);
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "array";
            case BOOLEAN -> "boolean";
            case NUMBER -> "number";
            case OBJECT -> "object";
            case STRING -> "string";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    static String join(String where, String place) {
        if (where == null) {
            return place;
        }
        return place == null ? where : where + ", " + place;
    }
}
