package io.upskillplanner.exchange.badges;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The W3C Data Integrity cryptosuite {@code eddsa-rdfc-2022}: the signed bytes are
 * SHA-256(canonical proof options) followed by SHA-256(canonical document without its proof),
 * both canonicalized with RDFC-1.0 after JSON-LD expansion, signed with Ed25519. Its predecessor
 * {@code Ed25519Signature2020} signs the very same bytes; only the proof's type differs.
 */
public final class EddsaRdfc2022 {

    public static final String CRYPTOSUITE = "eddsa-rdfc-2022";
    public static final String ED25519_SIGNATURE_2020 = "Ed25519Signature2020";

    private final DocumentLoader loader;

    public EddsaRdfc2022(DocumentLoader loader) {
        this.loader = loader;
    }

    /** The suite of a proof this class checks ("eddsa-rdfc-2022" or "Ed25519Signature2020"), else null. */
    static String suiteOf(JsonNode proof) {
        String type = proof.path("type").asText();
        if ("DataIntegrityProof".equals(type) && CRYPTOSUITE.equals(proof.path("cryptosuite").asText())) {
            return CRYPTOSUITE;
        }
        return ED25519_SIGNATURE_2020.equals(type) ? ED25519_SIGNATURE_2020 : null;
    }

    /** Adds a proof to a copy of the unsecured document, signed with this key. */
    public ObjectNode sign(ObjectNode unsecured, PrivateKey key, String verificationMethod, Instant created)
            throws JsonLdError, GeneralSecurityException {
        return sign(unsecured, key, verificationMethod, created, CRYPTOSUITE, "assertionMethod");
    }

    /** Signs with either suite ({@value #CRYPTOSUITE} or {@value #ED25519_SIGNATURE_2020}) for a purpose. */
    public ObjectNode sign(ObjectNode unsecured, PrivateKey key, String verificationMethod, Instant created,
            String suite, String proofPurpose) throws JsonLdError, GeneralSecurityException {
        ObjectNode document = unsecured.deepCopy();
        document.remove("proof");
        ObjectNode proof = JsonNodeFactory.instance.objectNode();
        if (ED25519_SIGNATURE_2020.equals(suite)) {
            proof.put("type", ED25519_SIGNATURE_2020);
        } else {
            proof.put("type", "DataIntegrityProof");
        }
        proof.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
        proof.put("verificationMethod", verificationMethod);
        if (!ED25519_SIGNATURE_2020.equals(suite)) {
            proof.put("cryptosuite", CRYPTOSUITE);
        }
        proof.put("proofPurpose", proofPurpose);
        byte[] signature = Ed25519Keys.sign(key, hashData(document, proof));
        proof.put("proofValue", "z" + Base58Btc.encode(signature));
        ObjectNode secured = document.deepCopy();
        ArrayNode proofs = secured.putArray("proof");
        proofs.add(proof);
        return secured;
    }

    /** Whether the proof's signature over this document checks with this key. */
    public boolean verify(ObjectNode secured, ObjectNode proof, PublicKey key)
            throws JsonLdError, GeneralSecurityException {
        String proofValue = proof.path("proofValue").asText("");
        if (!proofValue.startsWith("z")) {
            return false;
        }
        byte[] signature;
        try {
            signature = Base58Btc.decode(proofValue.substring(1));
        } catch (IllegalArgumentException e) {
            return false;
        }
        ObjectNode document = secured.deepCopy();
        document.remove("proof");
        return Ed25519Keys.verify(key, hashData(document, proof), signature);
    }

    /** The bytes that are signed: proof options hash, then document hash. */
    byte[] hashData(ObjectNode unsecured, ObjectNode proof) throws JsonLdError {
        ObjectNode options = JsonNodeFactory.instance.objectNode();
        options.set("@context", unsecured.get("@context"));
        proof.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("proofValue") && !field.getKey().equals("@context")) {
                options.set(field.getKey(), field.getValue());
            }
        });
        byte[] optionsHash = sha256(CanonicalNQuads.of(options.toString(), loader));
        byte[] documentHash = sha256(CanonicalNQuads.of(unsecured.toString(), loader));
        byte[] data = new byte[optionsHash.length + documentHash.length];
        System.arraycopy(optionsHash, 0, data, 0, optionsHash.length);
        System.arraycopy(documentHash, 0, data, optionsHash.length, documentHash.length);
        return data;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
