package io.upskillplanner.exchange;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading values the way JSON-LD registries write them: language maps, one-or-many, placeholders. */
public final class LinkedData {

    /** Registry exports fill required texts they lack with "*** … MISSING ***": such a text is not a fact. */
    private static final Pattern PLACEHOLDER = Pattern.compile("^\\s*\\*{2,}.*\\b(MISSING|TBD|PLACEHOLDER)\\b.*\\*{2,}\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final List<String> PREFERRED_LANGUAGES = List.of("en-us", "en", "en-gb");

    private LinkedData() {
    }

    public static boolean isPlaceholder(String text) {
        return text != null && PLACEHOLDER.matcher(text).matches();
    }

    /**
     * A text from a plain string, a language map ({"en-US": "…"}, English preferred, else the
     * first), or the first usable element of an array of those. Null when there is none.
     */
    public static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            String value = node.textValue().strip();
            return value.isEmpty() ? null : value;
        }
        if (node.isNumber() || node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                String value = text(item);
                if (value != null) {
                    return value;
                }
            }
            return null;
        }
        if (node.isObject()) {
            if (node.has("@value")) {
                return text(node.get("@value"));
            }
            for (String language : PREFERRED_LANGUAGES) {
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (field.getKey().toLowerCase(Locale.ROOT).equals(language)) {
                        String value = text(field.getValue());
                        if (value != null) {
                            return value;
                        }
                    }
                }
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().startsWith("@")) {
                    String value = text(field.getValue());
                    if (value != null) {
                        return value;
                    }
                }
            }
        }
        return null;
    }

    /** The node's elements if it is an array, the node itself if it is a value, nothing if absent. */
    public static List<JsonNode> many(JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return items;
        }
        if (node.isArray()) {
            node.forEach(items::add);
        } else {
            items.add(node);
        }
        return items;
    }

    /** The types of a node ("@type" or "type"), one or many. */
    public static List<String> types(JsonNode node) {
        List<String> types = new ArrayList<>();
        for (String key : List.of("@type", "type")) {
            for (JsonNode t : many(node.get(key))) {
                if (t.isTextual()) {
                    types.add(t.textValue());
                }
            }
        }
        return types;
    }
}
