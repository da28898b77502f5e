package io.upskillplanner.exchange.ctdl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.upskillplanner.exchange.LinkedData;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The CTDL conditions of one credential node that name other credentials. A hard condition is one
 * that must be met first: {@code ceterms:requires}, {@code ceterms:prerequisite} and
 * {@code ceterms:entryCondition} on the credential itself ("this needs that"), and
 * {@code ceterms:isRequiredFor} the other way round ("that needs this"). {@code ceterms:isPreparationFor},
 * {@code ceterms:isRecommendedFor}, {@code ceterms:recommends} and {@code ceterms:preparationFrom}
 * only advise, so they are read and reported but never become a requirement the plan must obey.
 * Targets are {@code ceterms:targetCredential} and {@code ceterms:targetLearningOpportunity} of a
 * condition profile, or, for {@code ceterms:prerequisite}, plain CTIDs and URIs.
 */
final class CtdlConditions {

    /** How a condition ties the named credential to the one being read. */
    enum Direction {
        /** The credential read needs the target first. */
        NEEDS,
        /** The target needs the credential read first. */
        NEEDED_BY,
        /** Advice only: preparation or recommendation, in either direction. */
        ADVISES
    }

    /** A credential named by a condition: by the keys it may be known under, at a JSON path of the node. */
    record Link(Direction direction, String property, Set<String> keys, String name, String path) {

        /** How the file names it, for messages: its name if it has one, else its first key. */
        String described() {
            return name != null ? "'" + name + "'" : keys.iterator().next();
        }
    }

    /** Something a hard condition requires that is not a credential (an assessment, or text only). */
    record Unplannable(String what, String path) {
    }

    static final Map<String, Direction> PROPERTIES = Map.of(
            "ceterms:requires", Direction.NEEDS,
            "ceterms:prerequisite", Direction.NEEDS,
            "ceterms:entryCondition", Direction.NEEDS,
            "ceterms:isRequiredFor", Direction.NEEDED_BY,
            "ceterms:isPreparationFor", Direction.ADVISES,
            "ceterms:isRecommendedFor", Direction.ADVISES,
            "ceterms:recommends", Direction.ADVISES,
            "ceterms:preparationFrom", Direction.ADVISES);

    /** Registry CTIDs: "ce-" and a UUID, found inside a resource URI as well. */
    private static final Pattern CTID = Pattern.compile("ce-[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-"
            + "[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    private static final List<String> TARGETS = List.of("ceterms:targetCredential", "ceterms:targetLearningOpportunity");

    final List<Link> links = new ArrayList<>();
    final List<Unplannable> unplannable = new ArrayList<>();
    /** Hard conditions that offer alternatives ("one of"), which a plan of required credentials cannot express. */
    final List<String> alternatives = new ArrayList<>();

    private final Map<String, JsonNode> byId;

    private CtdlConditions(Map<String, JsonNode> byId) {
        this.byId = byId;
    }

    /** @param byId the nodes of the file's {@code @graph} by {@code @id}, for conditions given by reference */
    static CtdlConditions of(JsonNode node, Map<String, JsonNode> byId) {
        CtdlConditions conditions = new CtdlConditions(byId);
        // Sorted, so the links come out in the same order on every run.
        for (String property : PROPERTIES.keySet().stream().sorted().toList()) {
            List<JsonNode> values = LinkedData.many(node.get(property));
            for (int i = 0; i < values.size(); i++) {
                conditions.read(property, PROPERTIES.get(property), resolve(values.get(i), byId),
                        "/" + property + "/" + i);
            }
        }
        return conditions;
    }

    private void read(String property, Direction direction, JsonNode value, String path) {
        if (!isConditionProfile(value)) {
            // ceterms:prerequisite may name the resource itself rather than a condition profile.
            reference(value).ifPresent(keys -> links.add(new Link(direction, property, keys, name(value), path)));
            return;
        }
        boolean named = false;
        for (String target : TARGETS) {
            List<JsonNode> targets = LinkedData.many(value.get(target));
            for (int t = 0; t < targets.size(); t++) {
                JsonNode credential = resolve(targets.get(t), byId);
                String at = path + "/" + target + "/" + t;
                Optional<Set<String>> keys = reference(credential);
                if (keys.isPresent()) {
                    links.add(new Link(direction, property, keys.get(), name(credential), at));
                    named = true;
                }
            }
        }
        if (direction == Direction.ADVISES) {
            return;
        }
        boolean offersAlternatives = value.has("ceterms:alternativeCondition");
        if (offersAlternatives) {
            alternatives.add(path + "/ceterms:alternativeCondition");
        }
        List<JsonNode> assessments = LinkedData.many(value.get("ceterms:targetAssessment"));
        for (int a = 0; a < assessments.size(); a++) {
            JsonNode assessment = resolve(assessments.get(a), byId);
            String name = name(assessment);
            String ctid = LinkedData.text(assessment.get("ceterms:ctid"));
            unplannable.add(new Unplannable("the assessment " + (name == null ? "" : "'" + name + "' ")
                    + (ctid == null ? "" : "(" + ctid + ") "), path + "/ceterms:targetAssessment/" + a));
        }
        if (!named && assessments.isEmpty() && !offersAlternatives && direction == Direction.NEEDS) {
            unplannable.add(new Unplannable("conditions stated in text only ", path));
        }
    }

    private static boolean isConditionProfile(JsonNode value) {
        if (!value.isObject()) {
            return false;
        }
        if (LinkedData.types(value).contains("ceterms:ConditionProfile")) {
            return true;
        }
        for (String target : TARGETS) {
            if (value.has(target)) {
                return true;
            }
        }
        return value.has("ceterms:targetAssessment") || value.has("ceterms:targetCompetency");
    }

    private static JsonNode resolve(JsonNode reference, Map<String, JsonNode> byId) {
        String id = reference.isTextual() ? reference.textValue()
                : reference.isObject() && reference.size() == 1 && reference.has("@id") ? reference.get("@id").asText()
                : null;
        return id != null && byId.containsKey(id) ? byId.get(id) : reference;
    }

    /** The keys a credential may be known under: the CTID, the URI as written, the CTID inside the URI. */
    private static Optional<Set<String>> reference(JsonNode value) {
        Set<String> keys = new LinkedHashSet<>();
        if (value.isTextual()) {
            add(keys, value.textValue());
        } else if (value.isObject()) {
            add(keys, LinkedData.text(value.get("ceterms:ctid")));
            JsonNode id = value.get("@id");
            if (id != null && id.isTextual()) {
                add(keys, id.textValue());
            }
        }
        return keys.isEmpty() ? Optional.empty() : Optional.of(keys);
    }

    /** The keys a credential node is known under, so that links from other nodes find it. */
    static Set<String> keysOf(String... ids) {
        Set<String> keys = new LinkedHashSet<>();
        for (String id : ids) {
            add(keys, id);
        }
        return keys;
    }

    private static void add(Set<String> keys, String key) {
        if (key == null || key.isBlank() || key.startsWith("_:")) {
            return;
        }
        keys.add(key.strip());
        Matcher ctid = CTID.matcher(key);
        if (ctid.find()) {
            // Registries write the hex digits in either case; ids derived from a CTID keep the case it had.
            String hex = ctid.group().substring(3);
            keys.add(ctid.group());
            keys.add("ce-" + hex.toLowerCase(Locale.ROOT));
            keys.add("ce-" + hex.toUpperCase(Locale.ROOT));
        }
    }

    private static String name(JsonNode value) {
        if (!value.isObject()) {
            return null;
        }
        String name = LinkedData.text(value.get("ceterms:name"));
        return name == null || LinkedData.isPlaceholder(name) ? null : name;
    }
}
