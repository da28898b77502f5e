package io.upskillplanner.exchange.badges;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.upskillplanner.domain.BadgeFormat;
import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.JsonAt;
import io.upskillplanner.exchange.StrictJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Maps an Open Badges 2.0 assertion to a badge. Its badge class and issuer are embedded, or given by
 * URL; a URL is resolved only against the other files of the same import and the JSON files beside
 * the assertion (matched by their "id", else by the URL's last path segment against their file
 * names), never over the network.
 */
final class OpenBadges2Reader {

    static final String CONTEXT = "https://w3id.org/openbadges/v2";
    /** Neighbouring files bigger than this are not badge documents and are not read. */
    private static final long MAX_NEIGHBOUR_BYTES = 1024 * 1024;
    private static final int MAX_NEIGHBOURS = 500;

    private final JsonAt json;
    private final BadgeVerifier verifier;
    private final Map<String, ObjectNode> documents = new HashMap<>();
    /** The same documents by file name, for URLs whose last path segment names a file of the import. */
    private final Map<String, ObjectNode> byFileName = new HashMap<>();

    OpenBadges2Reader(JsonAt json, BadgeVerifier verifier, ImportFile file, List<ImportFile> batch) {
        this.json = json;
        this.verifier = verifier;
        for (ImportFile other : batch) {
            if (!other.path().equals(file.path())) {
                remember(other.content(), other.path().getFileName().toString());
            }
        }
        readNeighbours(file.path());
    }

    /** The last segment of a URL's path ("https://x.org/badges/robotics.json" gives "robotics.json"). */
    static String lastPathSegment(String url) {
        String path = url;
        int cut = path.indexOf('#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        cut = path.indexOf('?');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static boolean mentionsOpenBadges2(String head) {
        return head.contains("w3id.org/openbadges") || head.contains("openbadgespec.org");
    }

    static String typeOf(JsonNode node) {
        JsonNode type = node.get("type");
        if (type != null && type.isArray() && type.size() > 0) {
            return type.get(0).asText();
        }
        return type == null ? "" : type.asText();
    }

    BadgeData read(ObjectNode assertion, String raw, BadgeFormat format, String where) {
        return read(assertion, raw, format, where, null);
    }

    /** A signed assertion: the JWS whose payload is the assertion. */
    BadgeData readSigned(VcJwt jws, BadgeFormat format, String where) {
        return read(jws.payload(), jws.compact(), format, StrictJson.join(where, "JWS payload"), jws);
    }

    private BadgeData read(ObjectNode assertion, String raw, BadgeFormat format, String where, VcJwt jws) {
        String at = where == null ? "" : where;
        String type = typeOf(assertion);
        if (!type.equals("Assertion")) {
            throw json.rejectWithin(where, JsonAt.at("/type"), ErrorText.of("error.badge.notAssertion", type));
        }
        String assertionId = json.at(at, assertion).trimmed("id");
        ObjectNode badgeClass = resolve(assertion.get("badge"), at + "/badge");
        String badgePointer = assertion.get("badge").isObject() ? at + "/badge" : "badge class file";
        if (!typeOf(badgeClass).equals("BadgeClass")) {
            throw json.at(badgePointer + "/type", null).reject(ErrorText.of("error.badge.notBadgeClass",
                    typeOf(badgeClass)));
        }
        String issuerName = null;
        String issuerId = null;
        JsonNode issuerRef = badgeClass.get("issuer");
        if (issuerRef != null && !issuerRef.isNull()) {
            issuerId = json.at(badgePointer + "/issuer", issuerRef).id();
            ObjectNode issuer = issuerRef.isObject() ? (ObjectNode) issuerRef : document(issuerId);
            if (issuer != null) {
                issuerName = json.at("issuer", issuer).trimmed("name");
            }
        }
        LocalDateTime issuedOn = json.at(at, assertion).utcDateTime("issuedOn");
        LocalDateTime expires = json.at(at, assertion).utcDateTime("expires");
        ObjectNode verification = json.at(at, assertion).optionalObject("verification");
        String verificationType = verification == null ? "hosted" : json.at(at + "/verification", verification).trimmed("type");
        List<SkillRef> skills = new ArrayList<>(
                OpenBadges3Reader.alignments(badgeClass.get("alignment"), badgePointer + "/alignment", json));
        JsonNode tags = badgeClass.get("tags");
        if (tags != null && tags.isArray()) {
            tags.forEach(tag -> {
                if (tag.isTextual() && !tag.asText().isBlank()) {
                    skills.add(SkillRef.of(tag.asText()));
                }
            });
        }
        String externalId = assertionId != null ? assertionId
                : "sha256:" + HexFormat.of().formatHex(EddsaRdfc2022.sha256(raw));
        VerificationResult result;
        if (jws == null) {
            result = verifier.verifyOpenBadges2(verificationType, assertionId, expires);
        } else {
            String creator = verification == null ? null : json.at(at + "/verification", verification).trimmed("creator");
            result = verifier.verifySignedOpenBadges2(jws, creator, creator == null ? null : document(creator),
                    issuerId, expires);
        }
        return new BadgeData(format, externalId, issuerName, issuerId,
                json.at(badgePointer, badgeClass).requiredText("name").strip(), json.at(badgePointer, badgeClass).trimmed("id"),
                null, json.at(badgePointer, badgeClass).trimmed("description"), null, issuedOn, issuedOn, expires, skills,
                raw, result, List.of());
    }

    private ObjectNode resolve(JsonNode reference, String pointer) {
        if (reference == null || reference.isNull()) {
            throw json.at(pointer, null).reject(ErrorText.of("error.badge.noBadgeClass"));
        }
        if (reference.isObject()) {
            return (ObjectNode) reference;
        }
        if (!reference.isTextual()) {
            throw json.at(pointer, null).reject(ErrorText.of("error.badge.notUrlOrObject", JsonAt.describe(reference)));
        }
        ObjectNode found = document(reference.asText());
        if (found == null) {
            throw json.at(pointer, null).reject(ErrorText.of("error.badge.badgeClassElsewhere", reference.asText()));
        }
        return found;
    }

    /**
     * A document by its id, else by the URL's last path segment against the file names of the import
     * and the folder (with or without ".json"), as validators serving a folder of files resolve them.
     */
    ObjectNode document(String url) {
        ObjectNode found = documents.get(url);
        if (found == null && url != null) {
            String segment = lastPathSegment(url);
            if (!segment.isEmpty()) {
                found = byFileName.get(segment);
                if (found == null) {
                    found = byFileName.get(segment + ".json");
                }
            }
        }
        return found;
    }

    private void remember(byte[] content, String fileName) {
        try {
            String text = new String(content, StandardCharsets.UTF_8);
            if (!text.stripLeading().startsWith("{") || !mentionsOpenBadges2(text)) {
                return;
            }
            ObjectNode node = BadgeImporter.parseObject(JsonAt.file("neighbour"), text, null);
            JsonNode id = node.get("id");
            if (id != null && id.isTextual()) {
                documents.putIfAbsent(id.asText(), node);
            }
            byFileName.putIfAbsent(fileName, node);
        } catch (InputRejectedException notABadgeDocument) {
            // A broken neighbour is simply not used to resolve anything.
        }
    }

    private void readNeighbours(Path path) {
        Path folder = path.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .filter(p -> !p.toAbsolutePath().equals(path.toAbsolutePath()))
                    .limit(MAX_NEIGHBOURS)
                    .forEach(p -> {
                        try {
                            if (Files.isRegularFile(p) && Files.size(p) <= MAX_NEIGHBOUR_BYTES) {
                                remember(Files.readAllBytes(p), p.getFileName().toString());
                            }
                        } catch (IOException unreadable) {
                            // An unreadable neighbour is simply not used.
                        }
                    });
        } catch (IOException unlistable) {
            // Without a readable folder only embedded documents and the import batch resolve.
        }
    }
}
