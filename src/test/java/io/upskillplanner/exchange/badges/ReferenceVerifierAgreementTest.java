package io.upskillplanner.exchange.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import io.upskillplanner.domain.BadgeFormat;
import io.upskillplanner.domain.EarnedBadge;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.ProfileKind;
import io.upskillplanner.domain.Verification;
import io.upskillplanner.exchange.ImportPlan;
import io.upskillplanner.exchange.ImportService;
import io.upskillplanner.exchange.ImportTarget;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.Store;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases of issue #14 where our verdict differed from the 1EdTech validator's and the DCC
 * verifier's, each with a fixture signed here (JDK Ed25519/RSA, or the public W3C vc-di-eddsa key)
 * and the exact verdict the reference verifiers give. Clock: 2026-06-01.
 */
class ReferenceVerifierAgreementTest {

    private static final String VECTORS = "/io/upskillplanner/exchange/badges/vc-di-eddsa/";
    private static final String ED25519_2020 = "https://w3id.org/security/suites/ed25519-2020/v1";
    private static final Instant SIGNED = Instant.parse("2026-01-15T09:00:00Z");

    @TempDir
    Path dir;

    private Database database;
    private Store store;
    private Profile profile;
    private ImportService service;
    private final KeyPair keys = BadgeFixtures.keyPair();
    private final String did = Ed25519Keys.toDidKey(keys.getPublic());
    private final String method = did + "#" + did.substring("did:key:".length());
    private final EddsaRdfc2022 suite = new EddsaRdfc2022(BadgeImporter.CONTEXTS);

    @BeforeEach
    void open() {
        database = Database.openH2(new DataFolder(dir.resolve("data")));
        store = new Store(database);
        profile = store.profiles().save(new Profile(UUID.randomUUID(), "Ana Learner", ProfileKind.SELF, null, null,
                new BigDecimal("6"), Money.of("1500", "EUR"), null, null, false, LocalDateTime.now(),
                LocalDateTime.now(), 0));
        service = new ImportService(store, BadgeFixtures.importers());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Nested
    class BakedSvgHoldingAVcJwt {

        @Test
        void theJwtInTheVerifyAttributeIsReadAndVerifiedLikeAnyVcJwt() throws Exception {
            String jwt = VcJwt.sign(vcPayload(BadgeFixtures.credential(did, null)), keys.getPrivate(), method);
            Path svg = write("badge.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\""
                    + " xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\" width=\"10\" height=\"10\">"
                    + "<openbadges:credential verify=\"" + jwt + "\"/><circle r=\"4\"/></svg>");

            EarnedBadge badge = importOne(svg);

            assertThat(badge.format()).isEqualTo(BadgeFormat.OB3_SVG);
            assertThat(badge.achievementName()).isEqualTo("Cloud Basics");
            assertThat(badge.verification()).isEqualTo(Verification.VERIFIED);
            assertThat(badge.verificationDetail()).contains("EdDSA VC-JWT", did);
        }

        @Test
        void aTamperedJwtInTheVerifyAttributeIsAnInvalidSignature() throws Exception {
            String jwt = VcJwt.sign(vcPayload(BadgeFixtures.credential(did, null)), keys.getPrivate(), method);
            String[] parts = jwt.split("\\.");
            String forged = parts[0] + "." + b64(new String(Base64.getUrlDecoder().decode(parts[1]),
                    StandardCharsets.UTF_8).replace("Cloud Basics", "Cloud Mastery")) + "." + parts[2];
            Path svg = write("forged.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\""
                    + " xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">"
                    + "<openbadges:credential verify=\"" + forged + "\"></openbadges:credential></svg>");

            assertThat(importOne(svg).verification()).isEqualTo(Verification.INVALID_SIGNATURE);
        }
    }

    @Nested
    class NotYetValid {

        @Test
        void aValidFromInTheFutureIsNotYetValidWithTheSignatureResultInTheDetail() throws Exception {
            ObjectNode credential = BadgeFixtures.credential(did, null);
            credential.put("validFrom", "2027-01-01T00:00:00Z");

            EarnedBadge badge = importJson("future.json", suite.sign(credential, keys.getPrivate(), method, SIGNED));

            assertThat(badge.verification()).isEqualTo(Verification.NOT_YET_VALID);
            assertThat(badge.verificationDetail()).startsWith("Not valid before 2027-01-01")
                    .contains("The signature itself was checked and is valid");
        }

        @Test
        void aJwtNotBeforeInTheFutureIsNotYetValid() throws Exception {
            ObjectNode credential = BadgeFixtures.credential(did, null);
            credential.remove("validFrom");
            ObjectNode payload = vcPayload(credential);
            payload.put("nbf", Instant.parse("2026-09-01T00:00:00Z").getEpochSecond());
            Path file = write("future.jwt", VcJwt.sign(payload, keys.getPrivate(), method));

            EarnedBadge badge = importOne(file);

            assertThat(badge.verification()).isEqualTo(Verification.NOT_YET_VALID);
            assertThat(badge.validFrom()).isEqualTo(LocalDateTime.parse("2026-09-01T00:00:00"));
        }

        @Test
        void aTamperedNotYetValidCredentialIsAnInvalidSignature() throws Exception {
            ObjectNode credential = BadgeFixtures.credential(did, null);
            credential.put("validFrom", "2027-01-01T00:00:00Z");
            ObjectNode signed = suite.sign(credential, keys.getPrivate(), method, SIGNED);
            signed.put("name", "Changed");

            assertThat(importJson("t.json", signed).verification()).isEqualTo(Verification.INVALID_SIGNATURE);
        }
    }

    @Nested
    class ProofPurpose {

        @Test
        void anAuthenticationProofDoesNotVouchForTheCredential() throws Exception {
            ObjectNode signed = suite.sign(BadgeFixtures.credential(did, null), keys.getPrivate(), method, SIGNED,
                    EddsaRdfc2022.CRYPTOSUITE, "authentication");

            EarnedBadge badge = importJson("auth.json", signed);

            assertThat(badge.verification()).isEqualTo(Verification.INVALID_SIGNATURE);
            assertThat(badge.verificationDetail()).contains("'authentication'", "not 'assertionMethod'");
        }

        @Test
        void aVerificationMethodTheDidKeyDocumentDoesNotListIsRefused() throws Exception {
            ObjectNode signed = suite.sign(BadgeFixtures.credential(did, null), keys.getPrivate(), did + "#key-2",
                    SIGNED);

            EarnedBadge badge = importJson("other-method.json", signed);

            assertThat(badge.verification()).isEqualTo(Verification.INVALID_SIGNATURE);
            assertThat(badge.verificationDetail()).contains("is not listed for assertionMethod", did + "#key-2");
        }
    }

    @Nested
    class MalformedSignature {

        @Test
        void anRThatIsNoCurvePointIsAnInvalidSignatureNotAnOfflineLimit() throws Exception {
            ObjectNode signed = suite.sign(BadgeFixtures.credential(did, null), keys.getPrivate(), method, SIGNED);
            byte[] signature = Base58Btc.decode(signed.path("proof").get(0).path("proofValue").asText().substring(1));
            byte[] notAPoint = new byte[32];
            notAPoint[0] = 2; // y = 2: (y^2 - 1) / (d y^2 + 1) has no square root mod p
            assertThat(Ed25519Keys.isCurvePoint(notAPoint)).isFalse();
            System.arraycopy(notAPoint, 0, signature, 0, 32);
            ((ObjectNode) signed.path("proof").get(0)).put("proofValue", "z" + Base58Btc.encode(signature));

            EarnedBadge badge = importJson("bad-r.json", signed);

            assertThat(badge.verification()).isEqualTo(Verification.INVALID_SIGNATURE);
            assertThat(badge.verificationDetail()).doesNotContain("Invalid point");
        }

        @Test
        void anSAboveTheGroupOrderIsAnInvalidSignature() throws Exception {
            String jwt = VcJwt.sign(vcPayload(BadgeFixtures.credential(did, null)), keys.getPrivate(), method);
            byte[] signature = Base64.getUrlDecoder().decode(jwt.substring(jwt.lastIndexOf('.') + 1));
            Arrays.fill(signature, 32, 64, (byte) 0xff);
            Path file = write("bad-s.jwt", jwt.substring(0, jwt.lastIndexOf('.') + 1) + b64(signature));

            assertThat(importOne(file).verification()).isEqualTo(Verification.INVALID_SIGNATURE);
        }

        @Test
        void aKeyThatIsNoCurvePointIsNotAUsableKey() {
            byte[] raw = new byte[32];
            raw[0] = 2;
            assertThat(Ed25519Keys.isCurvePoint(Arrays.copyOf(new byte[] {1}, 32))).isTrue();
            assertThatThrownBy(() -> Ed25519Keys.fromRaw(raw))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a point");
        }
    }

    @Nested
    class Canonicalization {

        @Test
        void theW3cEddsaRdfc2022VectorVerifiesWithItsPublicKey() throws Exception {
            ObjectNode vector = vector("eddsa-rdfc-2022-signed.json");
            ObjectNode proof = (ObjectNode) vector.get("proof");

            assertThat(new EddsaRdfc2022(new VectorContexts()).verify(vector, proof, vectorPublicKey())).isTrue();
            vector.put("name", "Alumni Credential!");
            assertThat(new EddsaRdfc2022(new VectorContexts()).verify(vector, proof, vectorPublicKey())).isFalse();
        }

        @Test
        void theCompleteSampleResignedByADidKeyIssuerVerifies() throws Exception {
            ObjectNode complete = (ObjectNode) BadgeFixtures.MAPPER.readTree(
                    BadgeFixtures.samples().resolve("openbadges3/1edtech-validator_complete.json").toFile());
            complete.remove("proof");
            ((ObjectNode) complete.get("issuer")).put("id", did);

            EarnedBadge badge = importJson("complete.json", suite.sign(complete, keys.getPrivate(), method, SIGNED));

            assertThat(badge.verification()).isEqualTo(Verification.VERIFIED);
            assertThat(badge.verificationDetail()).contains("checked with the issuer's own key " + did);
        }

        @Test
        void literalsWithTabsAndControlCharactersAreEscapedAsCanonicalNQuadsRequire() {
            StringBuilder out = new StringBuilder();
            Rdfc10.escape(out, "a\tb\u0008c\u000cd\u0001e\u007ff\"g\\h\ni\rj\u00e9\ud83d\ude00");

            assertThat(out).hasToString("a\\tb\\bc\\fd\\u0001e\\u007Ff\\\"g\\\\h\\ni\\rj\u00e9\ud83d\ude00");
        }
    }

    @Nested
    class Ed25519Signature2020 {

        @Test
        void theW3cEd25519Signature2020VectorVerifiesWithTheBundledContext() throws Exception {
            ObjectNode vector = vector("ed25519-signature-2020-signed.json");

            assertThat(new EddsaRdfc2022(new VectorContexts()).verify(vector, (ObjectNode) vector.get("proof"),
                    vectorPublicKey())).isTrue();
        }

        @Test
        void aBadgeWithTheEd25519ContextAndAnEd25519Signature2020ProofVerifies() throws Exception {
            ObjectNode credential = BadgeFixtures.credential(did, null);
            ((ArrayNode) credential.get("@context")).add(ED25519_2020);
            ObjectNode signed = suite.sign(credential, keys.getPrivate(), method, SIGNED,
                    EddsaRdfc2022.ED25519_SIGNATURE_2020, "assertionMethod");

            EarnedBadge badge = importJson("ed2020.json", signed);

            assertThat(badge.verification()).isEqualTo(Verification.VERIFIED);
            assertThat(badge.verificationDetail()).contains("Ed25519Signature2020");
        }

        @Test
        void aTamperedEd25519Signature2020BadgeIsAnInvalidSignature() throws Exception {
            ObjectNode credential = BadgeFixtures.credential(did, null);
            ((ArrayNode) credential.get("@context")).add(ED25519_2020);
            ObjectNode signed = suite.sign(credential, keys.getPrivate(), method, SIGNED,
                    EddsaRdfc2022.ED25519_SIGNATURE_2020, "assertionMethod");
            signed.put("validFrom", "2026-01-16T09:00:00Z");

            assertThat(importJson("ed2020-t.json", signed).verification()).isEqualTo(Verification.INVALID_SIGNATURE);
        }

        @Test
        void theWidelyUsedContextsAreBundledWithTheHashesTheirReadmeRecords() throws Exception {
            String readme;
            try (InputStream in = BundledContexts.class.getResourceAsStream(
                    "/io/upskillplanner/exchange/badges/contexts/README.md")) {
                readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String url : List.of(ED25519_2020, "https://www.w3.org/ns/did/v1",
                    "https://w3id.org/security/multikey/v1", "https://w3id.org/security/suites/jws-2020/v1",
                    "https://w3id.org/vc/status-list/2021/v1")) {
                assertThat(BundledContexts.isBundled(url)).as(url).isTrue();
            }
            for (String url : BundledContexts.urls()) {
                try (InputStream in = BundledContexts.class.getResourceAsStream(BundledContexts.fileOf(url))) {
                    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
                    assertThat(readme).as(url).contains("| " + url + " |").contains(sha256);
                }
            }
        }
    }

    @Nested
    class SignedOpenBadges2 {

        private final KeyPair rsa = rsaKeys();

        @Test
        void aSignedAssertionVerifiesWithTheKeyFileImportedBesideIt() throws Exception {
            List<Path> files = signedAssertionFiles(rsa, true);

            List<ImportPlan> plans = service.importFiles(files, new ImportTarget(profile));
            EarnedBadge badge = store.earnedBadges().list(profile.id()).get(0);

            assertThat(plans).extracting(ImportPlan::entryCount).containsExactly(2, 0, 0, 0);
            assertThat(badge.format()).isEqualTo(BadgeFormat.OB2_SIGNED);
            assertThat(badge.achievementName()).isEqualTo("Signed Robotics Badge");
            assertThat(badge.verification()).isEqualTo(Verification.VERIFIED);
            assertThat(badge.verificationDetail()).contains("RS256", "https://example.org/keys/1");
        }

        @Test
        void withoutItsKeyFileASignedAssertionIsNotVerifiableOfflineSayingWhy() throws Exception {
            List<Path> files = signedAssertionFiles(rsa, false);

            service.importFiles(files, new ImportTarget(profile));
            EarnedBadge badge = store.earnedBadges().list(profile.id()).get(0);

            assertThat(badge.verification()).isEqualTo(Verification.NOT_VERIFIABLE_OFFLINE);
            assertThat(badge.verificationDetail()).contains("https://example.org/keys/1",
                    "not among the files imported with it");
        }

        @Test
        void aSignedAssertionCheckedWithAnotherKeyIsAnInvalidSignature() throws Exception {
            List<Path> files = signedAssertionFiles(rsa, true);
            Files.writeString(files.get(3), keyDocument(rsaKeys()));

            service.importFiles(files, new ImportTarget(profile));

            assertThat(store.earnedBadges().list(profile.id()).get(0).verification())
                    .isEqualTo(Verification.INVALID_SIGNATURE);
        }
    }

    @Nested
    class CredentialWithoutAchievement {

        @Test
        void isImportedUnderItsOwnNameWithAWarningAndVerifiedOnlyBecauseItsSignatureWasChecked() throws Exception {
            ObjectNode credential = BadgeFixtures.credential(did, null);
            ((ObjectNode) credential.get("credentialSubject")).remove("achievement");
            Path file = write("no-achievement.jwt", VcJwt.sign(vcPayload(credential), keys.getPrivate(), method));

            List<ImportPlan> plans = service.importFiles(List.of(file), new ImportTarget(profile));
            EarnedBadge badge = store.earnedBadges().list(profile.id()).get(0);

            assertThat(plans.get(0).summary()).anySatisfy(line -> assertThat(line).startsWith("Warning:")
                    .contains("names no achievement"));
            assertThat(badge.achievementName()).isEqualTo("Cloud Basics Badge");
            assertThat(badge.credentialId()).isNull();
            assertThat(badge.verification()).isEqualTo(Verification.VERIFIED);
        }
    }

    @Nested
    class StatusListCases {

        @Test
        void aCredentialStatusThatIsOnlineIsVerifiedButSaysRevocationWasNotChecked() throws Exception {
            EarnedBadge badge = importJson("status.json", withStatus(42));

            assertThat(badge.verification()).isEqualTo(Verification.VERIFIED);
            assertThat(badge.verificationDetail()).contains("Revocation not checked offline",
                    "https://fixture.example/status/3");
            assertThat(Verification.revocationUnchecked(badge.verificationDetail())).isTrue();
        }

        @Test
        void aStatusListImportedBesideItWithTheBitSetMakesTheBadgeRevoked() throws Exception {
            Path badge = write("status.json", withStatus(42).toPrettyString());
            Path list = write("3", statusList(42).toPrettyString());

            List<ImportPlan> plans = service.importFiles(List.of(badge, list), new ImportTarget(profile));
            EarnedBadge imported = store.earnedBadges().list(profile.id()).get(0);

            assertThat(plans).extracting(ImportPlan::entryCount).containsExactly(2, 0);
            assertThat(imported.verification()).isEqualTo(Verification.REVOKED);
            assertThat(imported.verificationDetail()).startsWith("Revoked: entry 42 of the status list 3 is set")
                    .contains("its own signature was checked");
        }

        @Test
        void aSignedStatusListWithTheBitClearConfirmsTheBadgeIsNotRevoked() throws Exception {
            Path badge = write("status.json", withStatus(7).toPrettyString());
            Path list = write("list.json", statusList(42).toPrettyString());

            service.importFiles(List.of(badge, list), new ImportTarget(profile));
            EarnedBadge imported = store.earnedBadges().list(profile.id()).get(0);

            assertThat(imported.verification()).isEqualTo(Verification.VERIFIED);
            assertThat(imported.verificationDetail()).contains("Not revoked according to the status list list.json")
                    .doesNotContain("Revocation not checked offline");
        }

        @Test
        void aStatusListFromAnotherIssuerNeitherRevokesNorClearsTheBadge() throws Exception {
            KeyPair other = BadgeFixtures.keyPair();
            String otherDid = Ed25519Keys.toDidKey(other.getPublic());
            Path badge = write("status.json", withStatus(42).toPrettyString());
            Path list = write("3", statusList(42, other, "revocation").toPrettyString());

            service.importFiles(List.of(badge, list), new ImportTarget(profile));
            EarnedBadge imported = store.earnedBadges().list(profile.id()).get(0);

            assertThat(imported.verification()).isEqualTo(Verification.VERIFIED);
            assertThat(imported.verificationDetail()).contains("Revocation not checked offline: the status list 3"
                    + " is issued by " + otherDid + ", not by the credential's issuer " + did);
        }

        @Test
        void aSuspensionListDoesNotAnswerForRevocation() throws Exception {
            Path badge = write("status.json", withStatus(42).toPrettyString());
            Path list = write("3", statusList(42, keys, "suspension").toPrettyString());

            service.importFiles(List.of(badge, list), new ImportTarget(profile));
            EarnedBadge imported = store.earnedBadges().list(profile.id()).get(0);

            assertThat(imported.verification()).isEqualTo(Verification.VERIFIED);
            assertThat(imported.verificationDetail())
                    .contains("Revocation not checked offline: the status list 3 is for suspension");
        }

        private ObjectNode withStatus(int index) throws Exception {
            ObjectNode credential = BadgeFixtures.credential(did, null);
            ObjectNode status = credential.putObject("credentialStatus");
            status.put("id", "https://fixture.example/status/3#" + index);
            status.put("type", "BitstringStatusListEntry");
            status.put("statusPurpose", "revocation");
            status.put("statusListIndex", String.valueOf(index));
            status.put("statusListCredential", "https://fixture.example/status/3");
            return suite.sign(credential, keys.getPrivate(), method, SIGNED);
        }

        private ObjectNode statusList(int revokedIndex) throws Exception {
            return statusList(revokedIndex, keys, "revocation");
        }

        private ObjectNode statusList(int revokedIndex, KeyPair issuer, String purpose) throws Exception {
            String issuerDid = Ed25519Keys.toDidKey(issuer.getPublic());
            byte[] bits = new byte[16 * 1024];
            bits[revokedIndex / 8] |= (byte) (0x80 >> (revokedIndex % 8));
            ByteArrayOutputStream gzip = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
                out.write(bits);
            }
            ObjectNode list = BadgeFixtures.MAPPER.createObjectNode();
            list.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
            list.put("id", "https://fixture.example/status/3");
            list.putArray("type").add("VerifiableCredential").add("BitstringStatusListCredential");
            list.put("issuer", issuerDid);
            list.put("validFrom", "2026-01-01T00:00:00Z");
            ObjectNode subject = list.putObject("credentialSubject");
            subject.put("id", "https://fixture.example/status/3#list");
            subject.put("type", "BitstringStatusList");
            subject.put("statusPurpose", purpose);
            subject.put("encodedList", "u" + b64(gzip.toByteArray()));
            return suite.sign(list, issuer.getPrivate(), issuerDid + "#" + issuerDid.substring("did:key:".length()),
                    SIGNED);
        }
    }

    @Nested
    class OpenBadges2Neighbours {

        @Test
        void aBadgeClassUrlResolvesByItsLastPathSegmentAgainstTheFileNamesOfTheImport() throws Exception {
            ObjectNode assertion = ob2Assertion("https://example.org/badges/robotics.json", null);
            Path folder = Files.createDirectories(dir.resolve("served"));
            Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
            Path a = Files.writeString(elsewhere.resolve("assertion.json"), assertion.toPrettyString());
            ObjectNode badgeClass = ob2BadgeClass("https://example.org/issuer");
            badgeClass.remove("id");
            Path b = Files.writeString(folder.resolve("robotics.json"), badgeClass.toPrettyString());
            ObjectNode issuer = ob2Issuer();
            issuer.remove("id");
            Path i = Files.writeString(folder.resolve("issuer"), issuer.toPrettyString());

            service.importFiles(List.of(a, b, i), new ImportTarget(profile));
            EarnedBadge badge = store.earnedBadges().list(profile.id()).get(0);

            assertThat(badge.achievementName()).isEqualTo("Signed Robotics Badge");
            assertThat(badge.issuerName()).isEqualTo("Fixture Robotics Club");
            assertThat(badge.verification()).isEqualTo(Verification.NOT_VERIFIABLE_OFFLINE);
        }
    }

    // --- fixtures ---

    private List<Path> signedAssertionFiles(KeyPair rsa, boolean withKey) throws Exception {
        ObjectNode assertion = ob2Assertion("https://example.org/badges/robotics.json",
                "https://example.org/keys/1");
        ObjectNode header = BadgeFixtures.MAPPER.createObjectNode().put("alg", "RS256");
        String input = b64(header.toString()) + "." + b64(assertion.toString());
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(rsa.getPrivate());
        signer.update(input.getBytes(StandardCharsets.US_ASCII));
        List<Path> files = new ArrayList<>();
        files.add(write("assertion.jws", input + "." + b64(signer.sign())));
        files.add(write("robotics.json", ob2BadgeClass("https://example.org/issuer").toPrettyString()));
        files.add(write("issuer.json", ob2Issuer().toPrettyString()));
        if (withKey) {
            files.add(write("key-1.json", keyDocument(rsa)));
        }
        return files;
    }

    private static ObjectNode ob2Assertion(String badgeUrl, String creator) {
        ObjectNode assertion = BadgeFixtures.MAPPER.createObjectNode();
        assertion.put("@context", OpenBadges2Reader.CONTEXT);
        assertion.put("type", "Assertion");
        assertion.put("id", "urn:uuid:a1b2c3d4-0000-4000-8000-000000000001");
        ObjectNode recipient = assertion.putObject("recipient");
        recipient.put("type", "email");
        recipient.put("hashed", false);
        recipient.put("identity", "ana@example.org");
        assertion.put("badge", badgeUrl);
        assertion.put("issuedOn", "2026-02-01T10:00:00Z");
        ObjectNode verification = assertion.putObject("verification");
        if (creator != null) {
            verification.put("type", "signed");
            verification.put("creator", creator);
        } else {
            verification.put("type", "hosted");
        }
        return assertion;
    }

    private static ObjectNode ob2BadgeClass(String issuer) {
        ObjectNode badgeClass = BadgeFixtures.MAPPER.createObjectNode();
        badgeClass.put("@context", OpenBadges2Reader.CONTEXT);
        badgeClass.put("type", "BadgeClass");
        badgeClass.put("id", "https://example.org/badges/robotics.json");
        badgeClass.put("name", "Signed Robotics Badge");
        badgeClass.put("description", "Builds a line-following robot.");
        badgeClass.put("issuer", issuer);
        return badgeClass;
    }

    private static ObjectNode ob2Issuer() {
        ObjectNode issuer = BadgeFixtures.MAPPER.createObjectNode();
        issuer.put("@context", OpenBadges2Reader.CONTEXT);
        issuer.put("type", "Issuer");
        issuer.put("id", "https://example.org/issuer");
        issuer.put("name", "Fixture Robotics Club");
        issuer.put("publicKey", "https://example.org/keys/1");
        return issuer;
    }

    private static String keyDocument(KeyPair rsa) {
        ObjectNode key = BadgeFixtures.MAPPER.createObjectNode();
        key.put("@context", OpenBadges2Reader.CONTEXT);
        key.put("type", "CryptographicKey");
        key.put("id", "https://example.org/keys/1");
        key.put("owner", "https://example.org/issuer");
        key.put("publicKeyPem", "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(rsa.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        return key.toPrettyString();
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode vcPayload(ObjectNode credential) {
        ObjectNode payload = BadgeFixtures.MAPPER.createObjectNode();
        payload.set("vc", credential);
        payload.put("iss", credential.path("issuer").path("id").asText());
        payload.put("jti", credential.path("id").asText());
        return payload;
    }

    private EarnedBadge importJson(String name, JsonNode credential) throws IOException {
        return importOne(write(name, credential.toPrettyString()));
    }

    private EarnedBadge importOne(Path file) {
        service.importFiles(List.of(file), new ImportTarget(profile));
        return store.earnedBadges().list(profile.id()).get(0);
    }

    private Path write(String name, String text) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in-" + UUID.randomUUID()));
        return Files.writeString(folder.resolve(name), text);
    }

    private static String b64(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static ObjectNode vector(String name) throws IOException {
        try (InputStream in = ReferenceVerifierAgreementTest.class.getResourceAsStream(VECTORS + name)) {
            return (ObjectNode) BadgeFixtures.MAPPER.readTree(in);
        }
    }

    private static PublicKey vectorPublicKey() throws IOException {
        return Ed25519Keys.fromMultikey(vector("keyPair.json").path("publicKeyMultibase").asText());
    }

    /** The bundled contexts, plus the W3C examples context that only the test vectors use. */
    private static final class VectorContexts implements DocumentLoader {

        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
            if (url.toString().equals("https://www.w3.org/ns/credentials/examples/v2")) {
                try (InputStream in = getClass().getResourceAsStream(VECTORS + "credentials-examples-v2.jsonld")) {
                    JsonDocument document = JsonDocument.of(in);
                    document.setDocumentUrl(url);
                    return document;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return BadgeImporter.CONTEXTS.loadDocument(url, options);
        }
    }
}
