package io.upskillplanner.exchange.badges;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.upskillplanner.exchange.Importers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Shared test material: a fixed clock, the samples folder, Ed25519 keys and a credential to sign. */
final class BadgeFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    static final ObjectMapper MAPPER = new ObjectMapper();

    private BadgeFixtures() {
    }

    static Path samples() {
        return Path.of(System.getProperty("upskill.samples", "../shared/samples"));
    }

    static Importers importers() {
        return new Importers(List.of(new OpenBadges3PngImporter(CLOCK), new OpenBadges2PngImporter(CLOCK),
                new OpenBadges3SvgImporter(CLOCK), new OpenBadges2SignedImporter(CLOCK), new OpenBadges3JwtImporter(CLOCK),
                new OpenBadges3JsonImporter(CLOCK), new OpenBadges2JsonImporter(CLOCK), new StatusListImporter()));
    }

    static KeyPair keyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsigned OB 3.0 credential issued by this did:key, with an ESCO-aligned achievement. */
    static ObjectNode credential(String issuerDid, String validUntil) {
        ObjectNode credential = MAPPER.createObjectNode();
        credential.putArray("@context").add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        credential.put("id", "urn:uuid:2f1b7c3e-5a0d-4c55-9a41-0c7f2b9d1e01");
        credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        ObjectNode issuer = credential.putObject("issuer");
        issuer.put("id", issuerDid);
        issuer.putArray("type").add("Profile");
        issuer.put("name", "Fixture Academy");
        credential.put("validFrom", "2026-01-15T09:00:00Z");
        if (validUntil != null) {
            credential.put("validUntil", validUntil);
        }
        credential.put("name", "Cloud Basics Badge");
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.put("id", "did:example:learner");
        subject.putArray("type").add("AchievementSubject");
        ObjectNode achievement = subject.putObject("achievement");
        achievement.put("id", "https://fixture.example/achievements/cloud-basics");
        achievement.putArray("type").add("Achievement");
        achievement.put("name", "Cloud Basics");
        achievement.put("description", "Deploys and monitors a small cloud service.");
        achievement.put("achievementType", "Badge");
        achievement.put("creditsAvailable", 2.5);
        achievement.putObject("criteria").put("narrative", "Passed the practical assessment.");
        ObjectNode alignment = achievement.putArray("alignment").addObject();
        alignment.putArray("type").add("Alignment");
        alignment.put("targetName", "use cloud technologies");
        alignment.put("targetUrl", "http://data.europa.eu/esco/skill/fixture-cloud");
        return credential;
    }
}
