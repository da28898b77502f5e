package io.upskillplanner.exchange.badges;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.upskillplanner.domain.Verification;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks Open Badges offline, honestly: VERIFIED only after an Ed25519 signature was checked with a
 * key that the credential's own issuer identifier contains (a did:key); everything that would need
 * the network (did:web, https key documents, hosted OB 2.0 assertions) is NOT_VERIFIABLE_OFFLINE.
 */
public final class BadgeVerifier {

    private static final String ASSERTION_METHOD = "assertionMethod";

    private enum SignatureState { VALID, INVALID, UNCHECKED }

    private record SignatureCheck(SignatureState state, String detail) {
    }

    private final Clock clock;
    private final BundledContexts contexts;
    private final StatusLists statusLists;

    public BadgeVerifier(Clock clock) {
        this(clock, new BundledContexts());
    }

    public BadgeVerifier(Clock clock, BundledContexts contexts) {
        this(clock, contexts, new StatusLists(List.of()));
    }

    BadgeVerifier(Clock clock, BundledContexts contexts, StatusLists statusLists) {
        this.clock = clock;
        this.contexts = contexts;
        this.statusLists = statusLists;
    }

    /** The result with what the credential's status entries say, or that revocation was not checked. */
    VerificationResult withStatus(VerificationResult result, JsonNode credentialStatus, String issuerId) {
        return statusLists.apply(result, credentialStatus, issuerId, this);
    }

    /** An Open Badges 3.0 credential secured (if at all) with an embedded Data Integrity proof. */
    public VerificationResult verifyDataIntegrity(ObjectNode credential, String issuerId, LocalDateTime validFrom,
            LocalDateTime validUntil) {
        return withValidity(dataIntegrity(credential, issuerId), validFrom, validUntil);
    }

    /** An Open Badges 3.0 credential secured as a VC-JWT (compact JWS). */
    public VerificationResult verifyJwt(VcJwt jwt, String issuerId, LocalDateTime validFrom, LocalDateTime validUntil) {
        return withValidity(jwtSignature(jwt, issuerId), validFrom, validUntil);
    }

    /** An Open Badges 2.0 assertion: hosted or signed, both need the issuer's server. */
    public VerificationResult verifyOpenBadges2(String verificationType, String assertionId, LocalDateTime expires) {
        String detail;
        if ("signed".equalsIgnoreCase(verificationType) || "SignedBadge".equals(verificationType)) {
            detail = "Open Badges 2.0 signed assertion: the issuer's public key is published online, so the "
                    + "signature cannot be checked offline.";
        } else {
            detail = "Open Badges 2.0 hosted assertion: it is verified by fetching " + orUnknown(assertionId)
                    + " from the issuer's server, which this app never does.";
        }
        return withValidity(new SignatureCheck(SignatureState.UNCHECKED, detail), null, expires);
    }

    /**
     * A signed Open Badges 2.0 assertion (a JWS over the assertion): checked when the key document its
     * verification.creator names was imported with it, else not verifiable offline.
     */
    VerificationResult verifySignedOpenBadges2(VcJwt jws, String creator, ObjectNode keyDocument, String issuerId,
            LocalDateTime expires) {
        return withValidity(signedAssertion(jws, creator, keyDocument, issuerId), null, expires);
    }

    private SignatureCheck signedAssertion(VcJwt jws, String creator, ObjectNode keyDocument, String issuerId) {
        String alg = jws.header().path("alg").asText("");
        if (creator == null) {
            return unchecked("Open Badges 2.0 signed assertion (" + alg + "): its verification names no creator"
                    + " key, so the issuer's published key would have to be fetched online.");
        }
        if (keyDocument == null) {
            return unchecked("Open Badges 2.0 signed assertion (" + alg + "): its key " + creator + " is published"
                    + " online and is not among the files imported with it, so the signature cannot be checked"
                    + " offline.");
        }
        String pem = keyDocument.path("publicKeyPem").asText("");
        try {
            boolean valid = JwsKeys.verify(alg, pem, jws.signingInput().getBytes(StandardCharsets.US_ASCII),
                    jws.signature());
            if (!valid) {
                return new SignatureCheck(SignatureState.INVALID, "The " + alg + " signature of the Open Badges 2.0"
                        + " assertion does not match the key " + creator + ": the assertion was changed after"
                        + " signing, or signed with another key.");
            }
            String owner = keyDocument.path("owner").asText(null);
            if (owner != null && issuerId != null && !owner.equals(issuerId)) {
                return unchecked("The " + alg + " signature matches the key " + creator + ", but that key belongs"
                        + " to " + owner + ", not to the issuer " + issuerId + ".");
            }
            return new SignatureCheck(SignatureState.VALID, "Open Badges 2.0 " + alg + " signature checked with the"
                    + " issuer's key " + creator + ", read from the key file imported with it.");
        } catch (IllegalArgumentException e) {
            return unchecked("The key " + creator + " cannot be used to check the signature: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            return unchecked("The signature could not be checked: " + e.getMessage());
        }
    }

    private VerificationResult withValidity(SignatureCheck check, LocalDateTime validFrom, LocalDateTime validUntil) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        boolean expired = validUntil != null && validUntil.isBefore(now);
        if (check.state() != SignatureState.INVALID && validFrom != null && validFrom.isAfter(now)) {
            return new VerificationResult(Verification.NOT_YET_VALID, "Not valid before " + validFrom.toLocalDate()
                    + (check.state() == SignatureState.VALID ? ". The signature itself was checked and is valid: "
                            : ". The signature was not checked: ") + check.detail());
        }
        return switch (check.state()) {
            case INVALID -> new VerificationResult(Verification.INVALID_SIGNATURE, check.detail()
                    + (expired ? " It also expired on " + validUntil.toLocalDate() + "." : ""));
            case VALID -> expired
                    ? new VerificationResult(Verification.EXPIRED, "Expired on " + validUntil.toLocalDate()
                            + ". The signature itself was checked and is valid: " + check.detail())
                    : new VerificationResult(Verification.VERIFIED, check.detail());
            case UNCHECKED -> expired
                    ? new VerificationResult(Verification.EXPIRED, "Expired on " + validUntil.toLocalDate()
                            + ". The signature was not checked: " + check.detail())
                    : new VerificationResult(Verification.NOT_VERIFIABLE_OFFLINE, check.detail());
        };
    }

    private SignatureCheck dataIntegrity(ObjectNode credential, String issuerId) {
        JsonNode proofs = credential.get("proof");
        if (proofs == null || proofs.isNull() || proofs.isEmpty() && !proofs.isValueNode()) {
            return unchecked("The credential carries no proof (signature), so there is nothing to verify.");
        }
        List<JsonNode> candidates = new ArrayList<>();
        if (proofs.isArray()) {
            proofs.forEach(candidates::add);
        } else {
            candidates.add(proofs);
        }
        ObjectNode proof = null;
        List<String> seen = new ArrayList<>();
        for (JsonNode candidate : candidates) {
            if (candidate.isObject() && EddsaRdfc2022.suiteOf(candidate) != null) {
                proof = (ObjectNode) candidate;
                break;
            }
            seen.add(candidate.path("type").asText("?")
                    + (candidate.has("cryptosuite") ? " / " + candidate.path("cryptosuite").asText() : ""));
        }
        if (proof == null) {
            return unchecked("The proof (" + String.join(", ", seen) + ") is of a kind this app cannot check offline;"
                    + " it checks DataIntegrityProof eddsa-rdfc-2022, Ed25519Signature2020 and EdDSA VC-JWT.");
        }
        Set<String> missing = new LinkedHashSet<>();
        collectContexts(credential, missing);
        missing.removeIf(BundledContexts::isBundled);
        if (!missing.isEmpty()) {
            return unchecked("The credential uses the JSON-LD context " + String.join(", ", missing)
                    + ", which is not bundled with the app; without it the signed data cannot be rebuilt offline.");
        }
        String method = proof.path("verificationMethod").asText("");
        String suite = EddsaRdfc2022.suiteOf(proof);
        String purpose = proof.path("proofPurpose").asText("");
        if (!ASSERTION_METHOD.equals(purpose)) {
            return new SignatureCheck(SignatureState.INVALID, "The proof was made for the purpose '"
                    + (purpose.isEmpty() ? "(none)" : purpose) + "', not 'assertionMethod': it does not vouch for"
                    + " the credential's claims, whatever its signature says.");
        }
        try {
            if (Ed25519Keys.isDidKey(method)) {
                PublicKey key = Ed25519Keys.fromDidKey(method);
                String did = Ed25519Keys.didOf(method);
                if (!Ed25519Keys.isAssertionMethodOfDidKey(method)) {
                    return new SignatureCheck(SignatureState.INVALID, "The verification method " + method
                            + " is not listed for assertionMethod in the did:key document of " + did
                            + ", which lists only " + did + "#" + did.substring("did:key:".length()) + ".");
                }
                boolean valid = new EddsaRdfc2022(contexts).verify(credential, proof, key);
                if (!valid) {
                    return new SignatureCheck(SignatureState.INVALID, "The Ed25519 signature (" + suite + ") does"
                            + " not match the credential: it was changed after signing, or signed with another key"
                            + " than " + did + ".");
                }
                if (did.equals(issuerId)) {
                    return new SignatureCheck(SignatureState.VALID, "Ed25519 signature (" + suite + ") checked with"
                            + " the issuer's own key " + did + ".");
                }
                return unchecked("The signature is valid for the key " + did + ", but the issuer "
                        + orUnknown(issuerId) + " is not that key; whether it controls the key can only be checked"
                        + " online.");
            }
            String fragment = method.contains("#") ? method.substring(method.indexOf('#') + 1) : "";
            String where = method.startsWith("did:") ? method.substring(0, method.indexOf(':', 4) + 1) + " DID"
                    : "web address";
            if (Ed25519Keys.isMultikey(fragment)) {
                PublicKey key = Ed25519Keys.fromMultikey(fragment);
                boolean valid = new EddsaRdfc2022(contexts).verify(credential, proof, key);
                return unchecked((valid
                        ? "The signature matches the key " + fragment + " named in the verification method, but"
                        : "The signature does not match the key " + fragment + " named in the verification method;"
                                + " either way,")
                        + " the key of the issuer " + orUnknown(issuerId) + " is published at the " + where + " "
                        + method + ", which would have to be fetched online to confirm it.");
            }
            return unchecked("The signing key is published at the " + where + " " + orUnknown(method)
                    + ", which would have to be fetched online.");
        } catch (Rdfc10.TooComplexException e) {
            return unchecked("The signed data cannot be rebuilt: " + e.getMessage() + ".");
        } catch (JsonLdError e) {
            if (e.getCode() == JsonLdErrorCode.LOADING_DOCUMENT_FAILED
                    || e.getCode() == JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED) {
                return unchecked("A JSON-LD context needed to rebuild the signed data is not bundled: " + e.getMessage());
            }
            return unchecked("The credential is not valid JSON-LD, so the signed data cannot be rebuilt: "
                    + e.getMessage());
        } catch (IllegalArgumentException e) {
            return unchecked("The verification method " + method + " does not name a usable Ed25519 key: "
                    + e.getMessage());
        } catch (GeneralSecurityException e) {
            return unchecked("The signature could not be checked: " + e.getMessage());
        }
    }

    private SignatureCheck jwtSignature(VcJwt jwt, String issuerId) {
        String alg = jwt.header().path("alg").asText("");
        String kid = jwt.header().path("kid").asText(null);
        String iss = jwt.payload().path("iss").asText(null);
        if (!"EdDSA".equals(alg) && !"Ed25519".equals(alg)) {
            return unchecked("The VC-JWT is signed with " + (alg.isEmpty() ? "no algorithm" : alg) + " by "
                    + orUnknown(iss != null ? iss : issuerId) + "; that issuer's public key is published online."
                    + " Offline this app checks EdDSA signatures with did:key issuers.");
        }
        String keyId = Ed25519Keys.isDidKey(kid) ? kid : Ed25519Keys.isDidKey(iss) ? iss : null;
        if (keyId == null) {
            return unchecked("The VC-JWT is signed with EdDSA, but its key " + orUnknown(kid != null ? kid : iss)
                    + " is not a did:key and would have to be fetched online.");
        }
        String did = Ed25519Keys.didOf(keyId);
        try {
            PublicKey key = Ed25519Keys.fromDidKey(keyId);
            boolean valid = Ed25519Keys.verify(key, jwt.signingInput().getBytes(StandardCharsets.US_ASCII),
                    jwt.signature());
            if (!valid) {
                return new SignatureCheck(SignatureState.INVALID, "The EdDSA signature of the VC-JWT does not match"
                        + " its content: it was changed after signing, or signed with another key than " + did + ".");
            }
            boolean issuerIsKey = did.equals(issuerId) || did.equals(iss);
            if (!issuerIsKey) {
                return unchecked("The JWT signature is valid for the key " + did + ", but the issuer "
                        + orUnknown(issuerId) + " is not that key; whether it controls the key can only be checked"
                        + " online.");
            }
            return new SignatureCheck(SignatureState.VALID, "EdDSA VC-JWT signature checked with the issuer's own key "
                    + did + ".");
        } catch (IllegalArgumentException e) {
            return unchecked("The key " + keyId + " is not a usable Ed25519 did:key: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            return unchecked("The signature could not be checked: " + e.getMessage());
        }
    }

    private static void collectContexts(JsonNode node, Set<String> urls) {
        if (node.isObject()) {
            JsonNode context = node.get("@context");
            if (context != null) {
                if (context.isTextual()) {
                    urls.add(context.asText());
                } else if (context.isArray()) {
                    context.forEach(c -> {
                        if (c.isTextual()) {
                            urls.add(c.asText());
                        }
                    });
                }
            }
            node.fields().forEachRemaining(field -> collectContexts(field.getValue(), urls));
        } else if (node.isArray()) {
            node.forEach(child -> collectContexts(child, urls));
        }
    }

    private static SignatureCheck unchecked(String detail) {
        return new SignatureCheck(SignatureState.UNCHECKED, detail);
    }

    private static String orUnknown(String text) {
        return text == null || text.isBlank() ? "(not named)" : text;
    }
}
