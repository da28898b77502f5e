package io.upskillplanner.exchange.badges;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPair;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;

import io.upskillplanner.domain.Verification;
import io.upskillplanner.exchange.JsonAt;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class BadgeVerificationTest {

    private final KeyPair keys = BadgeFixtures.keyPair();
    private final String did = Ed25519Keys.toDidKey(keys.getPublic());
    private final String method = did + "#" + did.substring("did:key:".length());
    private final EddsaRdfc2022 suite = new EddsaRdfc2022(new BundledContexts());
    private final BadgeVerifier verifier = new BadgeVerifier(BadgeFixtures.CLOCK);

    private ObjectNode signed(String validUntil) throws Exception {
        return suite.sign(BadgeFixtures.credential(did, validUntil), keys.getPrivate(), method,
                Instant.parse("2026-01-15T09:00:00Z"));
    }

    private VerificationResult check(ObjectNode credential, LocalDateTime validUntil) {
        return verifier.verifyDataIntegrity(credential, credential.path("issuer").path("id").asText(), null, validUntil);
    }

    @Test
    void didKeyRoundTripsThroughMultikey() {
        assertThat(did).startsWith("did:key:z6Mk");
        assertThat(Ed25519Keys.fromDidKey(method).getEncoded()).isEqualTo(keys.getPublic().getEncoded());
    }

    @Test
    void aCredentialSignedWithEddsaRdfc2022ByItsDidKeyIssuerVerifies() throws Exception {
        VerificationResult result = check(signed(null), null);

        assertThat(result.status()).isEqualTo(Verification.VERIFIED);
        assertThat(result.detail()).contains("eddsa-rdfc-2022", did);
    }

    @Test
    void aFieldChangedAfterSigningIsAnInvalidSignature() throws Exception {
        ObjectNode credential = signed(null);
        ((ObjectNode) credential.path("credentialSubject").path("achievement")).put("name", "Cloud Expert");

        assertThat(check(credential, null).status()).isEqualTo(Verification.INVALID_SIGNATURE);
    }

    @Test
    void aChangedProofDateIsAnInvalidSignature() throws Exception {
        ObjectNode credential = signed(null);
        ((ObjectNode) credential.path("proof").get(0)).put("created", "2026-01-16T09:00:00Z");

        assertThat(check(credential, null).status()).isEqualTo(Verification.INVALID_SIGNATURE);
    }

    @Test
    void anotherKeyThanTheIssuersIsNotVerified() throws Exception {
        KeyPair other = BadgeFixtures.keyPair();
        String otherDid = Ed25519Keys.toDidKey(other.getPublic());
        ObjectNode credential = suite.sign(BadgeFixtures.credential(did, null), other.getPrivate(),
                otherDid + "#" + otherDid.substring("did:key:".length()),
                Instant.parse("2026-01-15T09:00:00Z"));

        VerificationResult result = check(credential, null);

        assertThat(result.status()).isEqualTo(Verification.NOT_VERIFIABLE_OFFLINE);
        assertThat(result.detail()).contains(otherDid, "is not that key");
    }

    @Test
    void aValidSignatureOnAnExpiredCredentialIsExpiredAndSaysTheSignatureWasChecked() throws Exception {
        ObjectNode credential = signed("2026-03-01T00:00:00Z");

        VerificationResult result = check(credential, LocalDateTime.parse("2026-03-01T00:00:00"));

        assertThat(result.status()).isEqualTo(Verification.EXPIRED);
        assertThat(result.detail()).contains("2026-03-01", "signature itself was checked and is valid");
    }

    @Test
    void aTamperedExpiredCredentialIsAnInvalidSignatureNotExpired() throws Exception {
        ObjectNode credential = signed("2026-03-01T00:00:00Z");
        credential.put("name", "Changed");

        VerificationResult result = check(credential, LocalDateTime.parse("2026-03-01T00:00:00"));

        assertThat(result.status()).isEqualTo(Verification.INVALID_SIGNATURE);
        assertThat(result.detail()).contains("expired on 2026-03-01");
    }

    @Test
    void aContextThatIsNotBundledMakesItNotVerifiableOfflineNamingTheUrl() throws Exception {
        ObjectNode credential = signed(null);
        credential.withArray("@context").add("https://example.org/unknown-context.jsonld");

        VerificationResult result = check(credential, null);

        assertThat(result.status()).isEqualTo(Verification.NOT_VERIFIABLE_OFFLINE);
        assertThat(result.detail()).contains("https://example.org/unknown-context.jsonld", "not bundled");
    }

    @Test
    void aCredentialWithoutProofIsNotVerifiableOffline() {
        VerificationResult result = check(BadgeFixtures.credential(did, null), null);

        assertThat(result.status()).isEqualTo(Verification.NOT_VERIFIABLE_OFFLINE);
        assertThat(result.detail()).contains("no proof");
    }

    @Test
    void aJwtSignedWithEdDsaByItsDidKeyIssuerVerifies() throws Exception {
        ObjectNode payload = BadgeFixtures.MAPPER.createObjectNode();
        payload.set("vc", BadgeFixtures.credential(did, null));
        payload.put("iss", did);
        String token = VcJwt.sign(payload, keys.getPrivate(), method);

        VcJwt jwt = VcJwt.parse(token, JsonAt.file("test.jwt"), null);
        VerificationResult result = verifier.verifyJwt(jwt, did, null, null);

        assertThat(result.status()).isEqualTo(Verification.VERIFIED);
        assertThat(result.detail()).contains("EdDSA", did);
    }

    @Test
    void aTamperedJwtIsAnInvalidSignature() throws Exception {
        ObjectNode payload = BadgeFixtures.credential(did, null);
        String token = VcJwt.sign(payload, keys.getPrivate(), method);
        String[] parts = token.split("\\.");
        ObjectNode changed = payload.deepCopy();
        changed.put("name", "Forged");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(changed.toString().getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        VerificationResult result = verifier.verifyJwt(VcJwt.parse(forged, JsonAt.file("t.jwt"), null), did, null, null);

        assertThat(result.status()).isEqualTo(Verification.INVALID_SIGNATURE);
    }

    @Test
    void theSampleJwtSignedWithRs256ByAnHttpsIssuerIsNotVerifiableOffline() throws Exception {
        String token = Files.readString(BadgeFixtures.samples().resolve("openbadges3/1edtech-validator_simple.jwt"));
        VcJwt jwt = VcJwt.parse(token, JsonAt.file("simple.jwt"), null);

        VerificationResult result = verifier.verifyJwt(jwt, "https://example.edu/issuers/565049", null, null);

        assertThat(jwt.credential().path("issuer").path("name").asText()).isEqualTo("Example University");
        assertThat(result.status()).isEqualTo(Verification.NOT_VERIFIABLE_OFFLINE);
        assertThat(result.detail()).contains("RS256", "https://example.edu/issuers/565049");
    }
}
