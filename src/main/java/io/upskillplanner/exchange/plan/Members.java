package io.upskillplanner.exchange.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.exchange.Excerpt;
import io.upskillplanner.exchange.JsonAt;

/**
 * The members of a plan file record turned into domain values, each refused at its JSON pointer
 * ({@code at} is the place of the record, {@code name} the member) with the words {@link JsonAt}
 * has for the same value in a tree. Kinds and ranges were checked when the records were read.
 */
final class Members {

    private Members() {
    }

    static String requiredText(JsonAt at, String name, String value) {
        if (value == null || value.isBlank()) {
            throw at.child(name).reject(ErrorText.of("error.json.missingText"));
        }
        return value;
    }

    static UUID uuid(JsonAt at, String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw at.child(name).reject(ErrorText.of("error.json.notUuid", Excerpt.of(value)));
        }
    }

    static UUID requiredUuid(JsonAt at, String name, String value) {
        UUID id = uuid(at, name, value);
        if (id == null) {
            throw at.child(name).reject(ErrorText.of("error.json.missingUuid"));
        }
        return id;
    }

    static LocalDate date(JsonAt at, String name, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw at.child(name).reject(ErrorText.of("error.json.notDate", Excerpt.of(value)));
        }
    }

    static LocalDateTime dateTime(JsonAt at, String name, String value) {
        try {
            return value == null ? null : LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw at.child(name).reject(ErrorText.of("error.json.notDateTime", Excerpt.of(value)));
        }
    }

    /** One of the constants of {@code type}, in any case; absent is {@code fallback}, or refused when there is none. */
    static <E extends Enum<E>> E choice(JsonAt at, String name, String value, Class<E> type, E fallback) {
        if (value == null) {
            if (fallback == null) {
                throw at.child(name).reject(ErrorText.of("error.json.missingChoice", List.of(type.getEnumConstants())));
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw at.child(name).reject(ErrorText.of("error.json.notChoice", List.of(type.getEnumConstants()),
                    Excerpt.of(value)));
        }
    }

    static BigDecimal requiredNumber(JsonAt at, String name, BigDecimal value) {
        if (value == null) {
            throw at.child(name).reject(ErrorText.of("error.json.missingNumber"));
        }
        return value;
    }

    static int whole(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    /** The member that must be an object, with its place. */
    static <T> T requiredObject(JsonAt at, String name, T value) {
        if (value == null) {
            throw at.child(name).reject(ErrorText.of("error.json.missingObject"));
        }
        return value;
    }

    /** An absent array is an empty one. */
    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    /** The place of item {@code index} of the array member {@code name}. */
    static JsonAt item(JsonAt at, String name, int index) {
        JsonAt array = at.child(name);
        return array.at(array.pointer() + "/" + index, null);
    }

    /** Turns a domain rule broken by the file's values (a negative cost, level 7 of 5) into a rejection at that place. */
    static <T> T guard(JsonAt at, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw at.reject(e.getMessage() == null ? ErrorText.of("error.value.invalid") : ErrorText.plain(e.getMessage()));
        }
    }
}
