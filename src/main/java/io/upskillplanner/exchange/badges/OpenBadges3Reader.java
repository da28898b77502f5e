package io.upskillplanner.exchange.badges;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import io.upskillplanner.domain.BadgeFormat;
import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.exchange.BoundedNumbers;
import io.upskillplanner.exchange.Excerpt;
import io.upskillplanner.exchange.JsonAt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Maps an Open Badges 3.0 credential (VC data model 1.1 or 2.0) to a badge, and checks it. */
final class OpenBadges3Reader {

    static final String VC_V1 = "https://www.w3.org/2018/credentials/v1";
    static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";
    private static final Set<String> BADGE_TYPES = Set.of("OpenBadgeCredential", "AchievementCredential");

    private final JsonAt json;
    private final BadgeVerifier verifier;

    OpenBadges3Reader(JsonAt json, BadgeVerifier verifier) {
        this.json = json;
        this.verifier = verifier;
    }

    /** Whether text looks like an Open Badges 3.0 credential; for detection only. */
    static boolean mentionsOpenBadges3(String head) {
        return head.contains("OpenBadgeCredential") || head.contains("AchievementCredential")
                || head.contains("purl.imsglobal.org/spec/ob/v3p0");
    }

    /** A credential secured (if at all) by an embedded proof. */
    BadgeData fromJson(ObjectNode credential, String raw, BadgeFormat format, String pointer) {
        Mapped mapped = map(credential, raw, pointer);
        VerificationResult result = verifier.verifyDataIntegrity(credential, mapped.issuerId, mapped.validFrom,
                mapped.validUntil);
        return mapped.toBadge(format, verifier.withStatus(result, credential.get("credentialStatus"), mapped.issuerId));
    }

    /** A credential secured as a VC-JWT. */
    BadgeData fromJwt(VcJwt jwt, BadgeFormat format) {
        ObjectNode credential = jwt.credential();
        String pointer = credential == jwt.payload() ? "JWT payload" : "JWT payload /vc";
        Mapped mapped = map(credential, jwt.compact(), pointer);
        LocalDateTime until = mapped.validUntil != null ? mapped.validUntil : epochSeconds(jwt, "exp");
        if (mapped.validFrom == null) {
            mapped.validFrom = epochSeconds(jwt, "nbf");
            if (mapped.issuedOn == null) {
                mapped.issuedOn = mapped.validFrom;
            }
        } else {
            // The JWT claim and the credential may disagree; the later start is the one that binds.
            LocalDateTime nbf = epochSeconds(jwt, "nbf");
            if (nbf != null && nbf.isAfter(mapped.validFrom)) {
                mapped.validFrom = nbf;
            }
        }
        if (mapped.issuerId == null) {
            mapped.issuerId = jwt.payload().path("iss").asText(null);
        }
        VerificationResult result = verifier.verifyJwt(jwt, mapped.issuerId, mapped.validFrom, until);
        return mapped.toBadge(format, verifier.withStatus(result, credential.get("credentialStatus"), mapped.issuerId), until);
    }

    private LocalDateTime epochSeconds(VcJwt jwt, String claim) {
        JsonNode value = jwt.payload().get(claim);
        if (value == null || !value.isNumber()) {
            return null;
        }
        try {
            return LocalDateTime.ofEpochSecond(BoundedNumbers.checkLong(value.decimalValue(),
                    BoundedNumbers.EPOCH_SECONDS), 0, ZoneOffset.UTC);
        } catch (BoundedNumbers.RejectedNumber e) {
            throw json.rejectWithin(null, ErrorText.of("error.place.jwtPayload", claim), e.reason());
        } catch (DateTimeException e) {
            throw json.rejectWithin(null, ErrorText.of("error.place.jwtPayload", claim),
                    ErrorText.of("error.badge.notEpochSeconds", Excerpt.of(value.asText())));
        }
    }

    private final class Mapped {
        String externalId;
        String issuerName;
        String issuerId;
        String achievementName;
        String achievementId;
        String achievementType;
        String description;
        BigDecimal credits;
        LocalDateTime issuedOn;
        LocalDateTime validFrom;
        LocalDateTime validUntil;
        List<SkillRef> skills = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String raw;

        BadgeData toBadge(BadgeFormat format, VerificationResult result) {
            return toBadge(format, result, validUntil);
        }

        BadgeData toBadge(BadgeFormat format, VerificationResult result, LocalDateTime until) {
            return new BadgeData(format, externalId, issuerName, issuerId, achievementName, achievementId,
                    achievementType, description, credits, issuedOn, validFrom, until, skills, raw, result, warnings);
        }
    }

    private Mapped map(ObjectNode credential, String raw, String pointer) {
        String at = pointer == null ? "" : pointer;
        List<String> contexts = strings(credential.get("@context"), at + "/@context");
        if (!contexts.contains(VC_V2) && !contexts.contains(VC_V1)) {
            throw json.at(at + "/@context", null).reject(ErrorText.of("error.badge.noVcVersion", VC_V2, VC_V1,
                    contexts.isEmpty() ? ErrorText.of("error.badge.noContexts") : String.join(", ", contexts)));
        }
        List<String> types = strings(credential.get("type"), at + "/type");
        if (types.stream().noneMatch(BADGE_TYPES::contains)) {
            throw json.at(at + "/type", null).reject(ErrorText.of("error.badge.notOb3Type", types));
        }
        Mapped m = new Mapped();
        m.raw = raw;
        m.externalId = json.at(at, credential).trimmed("id");
        if (m.externalId == null) {
            m.externalId = "sha256:" + HexFormat.of().formatHex(EddsaRdfc2022.sha256(raw));
        }
        JsonNode issuer = credential.get("issuer");
        if (issuer == null || issuer.isNull()) {
            throw json.at(at + "/issuer", null).reject(ErrorText.of("error.badge.noIssuer"));
        }
        m.issuerId = json.at(at + "/issuer", issuer).id();
        if (issuer.isObject()) {
            m.issuerName = json.at(at + "/issuer", issuer).trimmed("name");
        }
        boolean v2 = contexts.contains(VC_V2);
        m.validFrom = json.at(at, credential).utcDateTime(v2 ? "validFrom" : "issuanceDate");
        m.validUntil = json.at(at, credential).utcDateTime(v2 ? "validUntil" : "expirationDate");
        m.issuedOn = json.at(at, credential).utcDateTime("awardedDate");
        if (m.issuedOn == null) {
            m.issuedOn = m.validFrom;
        }
        JsonNode subject = credential.get("credentialSubject");
        String subjectPointer = at + "/credentialSubject";
        if (subject != null && subject.isArray() && subject.size() > 0) {
            subject = subject.get(0);
            subjectPointer += "/0";
        }
        if (subject == null || !subject.isObject()) {
            throw json.at(subjectPointer, null).reject(subject == null ? ErrorText.of("error.badge.noSubject")
                    : ErrorText.of("error.badge.notObject", JsonAt.describe(subject)));
        }
        ObjectNode achievement = json.at(subjectPointer, subject).optionalObject("achievement");
        String achievementPointer = subjectPointer + "/achievement";
        if (achievement == null) {
            // The 1EdTech validator's own simple.jwt is such a credential: keep it, under its own name.
            String name = json.at(at, credential).trimmed("name");
            if (name == null) {
                throw json.at(achievementPointer, null).reject(ErrorText.of("error.badge.noAchievement"));
            }
            m.achievementName = name;
            m.description = json.at(at, credential).trimmed("description");
            m.warnings.add("The credential names no achievement (" + achievementPointer + " is missing, which"
                    + " Open Badges 3.0 requires); it is kept under its own name '" + name + "' and not added to"
                    + " the catalog.");
            return m;
        }
        m.achievementName = json.at(achievementPointer, achievement).requiredText("name").strip();
        m.achievementId = json.at(achievementPointer, achievement).trimmed("id");
        m.achievementType = json.at(achievementPointer, achievement).trimmed("achievementType");
        m.description = json.at(achievementPointer, achievement).trimmed("description");
        if (m.description == null) {
            m.description = json.at(at, credential).trimmed("description");
        }
        m.credits = json.at(achievementPointer, achievement).decimal("creditsAvailable", BoundedNumbers.CREDITS);
        m.skills.addAll(alignments(achievement.get("alignment"), achievementPointer + "/alignment", json));
        for (String tag : strings(achievement.get("tag"), achievementPointer + "/tag")) {
            m.skills.add(SkillRef.of(tag));
        }
        return m;
    }

    /** Alignments become skills: the target's name, pinned to its URL (an ESCO or O*NET URI, say). */
    static List<SkillRef> alignments(JsonNode alignments, String pointer, JsonAt json) {
        List<SkillRef> skills = new ArrayList<>();
        if (alignments == null || alignments.isNull()) {
            return skills;
        }
        if (!alignments.isArray()) {
            throw json.at(pointer, null).reject(ErrorText.of("error.json.notArray", JsonAt.describe(alignments)));
        }
        for (int i = 0; i < alignments.size(); i++) {
            JsonNode alignment = alignments.get(i);
            if (!alignment.isObject()) {
                throw json.at(pointer + "/" + i, null).reject(ErrorText.of("error.badge.notObject", JsonAt.describe(alignment)));
            }
            String name = json.at(pointer + "/" + i, alignment).trimmed("targetName");
            String url = json.at(pointer + "/" + i, alignment).trimmed("targetUrl");
            if (name != null) {
                skills.add(new SkillRef(name, url));
            }
        }
        return skills;
    }

    /** A string or an array of strings, as a list. */
    private List<String> strings(JsonNode node, String pointer) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isTextual()) {
            values.add(node.asText());
            return values;
        }
        if (!node.isArray()) {
            throw json.at(pointer, null).reject(ErrorText.of("error.badge.notStringOrArray", JsonAt.describe(node)));
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (item.isTextual()) {
                values.add(item.asText());
            } else if (!item.isObject()) {
                throw json.at(pointer + "/" + i, null).reject(ErrorText.of("error.json.notString", JsonAt.describe(item)));
            }
        }
        return values;
    }
}
