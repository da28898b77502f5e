package io.upskillplanner.exchange.badges;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** JWS signatures with a PEM public key (Open Badges 2.0 signed assertions): RS256/384/512, ES256/384, EdDSA. */
final class JwsKeys {

    private JwsKeys() {
    }

    static boolean verify(String alg, String pem, byte[] signingInput, byte[] signatureBytes)
            throws GeneralSecurityException {
        String[] algorithm = switch (alg) {
            case "RS256" -> new String[] {"SHA256withRSA", "RSA"};
            case "RS384" -> new String[] {"SHA384withRSA", "RSA"};
            case "RS512" -> new String[] {"SHA512withRSA", "RSA"};
            case "ES256" -> new String[] {"SHA256withECDSAinP1363Format", "EC"};
            case "ES384" -> new String[] {"SHA384withECDSAinP1363Format", "EC"};
            case "EdDSA" -> new String[] {"Ed25519", "Ed25519"};
            default -> throw new IllegalArgumentException("the algorithm '" + alg + "' is not one this app checks"
                    + " (RS256, RS384, RS512, ES256, ES384, EdDSA)");
        };
        PublicKey key = KeyFactory.getInstance(algorithm[1]).generatePublic(new X509EncodedKeySpec(der(pem)));
        Signature signature = Signature.getInstance(algorithm[0]);
        signature.initVerify(key);
        signature.update(signingInput);
        try {
            return signature.verify(signatureBytes);
        } catch (SignatureException malformed) {
            return false;
        }
    }

    private static byte[] der(String pem) {
        String body = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        if (body.isEmpty() || pem.contains("PRIVATE KEY") || pem.contains("RSA PUBLIC KEY")) {
            throw new IllegalArgumentException("its publicKeyPem is not a PEM \"PUBLIC KEY\" (X.509 SubjectPublicKeyInfo)");
        }
        try {
            return Base64.getMimeDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("its publicKeyPem is not valid base64: " + e.getMessage(), e);
        }
    }
}
