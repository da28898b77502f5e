package io.upskillplanner.exchange.badges;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * Ed25519 public keys as Multikey strings ("z6Mk…": multibase base58btc of the multicodec 0xed01
 * followed by the 32 raw key bytes) and as {@code did:key} identifiers, converted to JDK keys.
 */
public final class Ed25519Keys {

    private static final byte[] MULTICODEC_ED25519_PUB = {(byte) 0xed, 0x01};
    /** DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519; the raw 32 key bytes follow it. */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    private static final String DID_KEY = "did:key:";
    private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    /** The Edwards curve constant d = -121665 / 121666 mod p. */
    private static final BigInteger D = BigInteger.valueOf(-121665)
            .multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);

    private Ed25519Keys() {
    }

    /** Whether this text is a Multikey string of an Ed25519 public key. */
    public static boolean isMultikey(String text) {
        return text != null && text.startsWith("z6Mk");
    }

    /** The public key of a "z6Mk…" Multikey. */
    public static PublicKey fromMultikey(String multikey) {
        if (multikey == null || !multikey.startsWith("z")) {
            throw new IllegalArgumentException("A Multikey starts with 'z' (base58btc), was " + multikey);
        }
        byte[] bytes = Base58Btc.decode(multikey.substring(1));
        if (bytes.length != 34 || bytes[0] != MULTICODEC_ED25519_PUB[0] || bytes[1] != MULTICODEC_ED25519_PUB[1]) {
            throw new IllegalArgumentException("not an Ed25519 public key (multicodec 0xed01 with 32 bytes)");
        }
        return fromRaw(Arrays.copyOfRange(bytes, 2, 34));
    }

    public static PublicKey fromRaw(byte[] raw) {
        if (raw.length != 32 || !isCurvePoint(raw)) {
            throw new IllegalArgumentException("the 32 key bytes are not a point on the Ed25519 curve");
        }
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + raw.length);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, raw.length);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a usable Ed25519 public key: " + e.getMessage(), e);
        }
    }

    public static String toMultikey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded.length != X509_PREFIX.length + 32) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
        byte[] bytes = new byte[34];
        bytes[0] = MULTICODEC_ED25519_PUB[0];
        bytes[1] = MULTICODEC_ED25519_PUB[1];
        System.arraycopy(encoded, X509_PREFIX.length, bytes, 2, 32);
        return "z" + Base58Btc.encode(bytes);
    }

    /** The did:key identifier of a public key, e.g. {@code did:key:z6Mk…}. */
    public static String toDidKey(PublicKey key) {
        return DID_KEY + toMultikey(key);
    }

    /** Whether this identifier (a DID or DID URL) is a did:key. */
    public static boolean isDidKey(String id) {
        return id != null && id.startsWith(DID_KEY);
    }

    /** The DID part of a DID URL: without fragment, path or query. */
    public static String didOf(String didUrl) {
        int end = didUrl.length();
        for (char c : new char[] {'#', '?', '/'}) {
            int at = didUrl.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return didUrl.substring(0, end);
    }

    /** The public key a did:key (or a DID URL within it) names. */
    public static PublicKey fromDidKey(String didUrl) {
        String did = didOf(didUrl);
        if (!isDidKey(did)) {
            throw new IllegalArgumentException(didUrl + " is not a did:key");
        }
        return fromMultikey(did.substring(DID_KEY.length()));
    }

    /** Whether the verification method is the one key a did:key document lists for assertionMethod. */
    static boolean isAssertionMethodOfDidKey(String verificationMethod) {
        String did = didOf(verificationMethod);
        return verificationMethod.equals(did + "#" + did.substring(DID_KEY.length()));
    }

    /**
     * RFC 8032 section 5.1.3 point decoding: y below p, and x^2 = (y^2 - 1) / (d y^2 + 1) has a root.
     * The JDK checks this only when verifying, and then cannot say whether the key or the signature
     * was at fault; a key that is no point is refused when it is read.
     */
    static boolean isCurvePoint(byte[] encoded) {
        byte[] bigEndian = new byte[32];
        for (int i = 0; i < 32; i++) {
            bigEndian[i] = encoded[31 - i];
        }
        boolean xOdd = (bigEndian[0] & 0x80) != 0;
        bigEndian[0] &= 0x7f;
        BigInteger y = new BigInteger(1, bigEndian);
        if (y.compareTo(P) >= 0) {
            return false;
        }
        BigInteger y2 = y.multiply(y).mod(P);
        BigInteger u = y2.subtract(BigInteger.ONE).mod(P);
        BigInteger v = D.multiply(y2).add(BigInteger.ONE).mod(P);
        BigInteger x2 = u.multiply(v.modPow(P.subtract(BigInteger.TWO), P)).mod(P);
        if (x2.signum() == 0) {
            return !xOdd;
        }
        // Euler's criterion: x^2 is a square modulo p exactly when x2^((p-1)/2) = 1.
        return x2.modPow(P.subtract(BigInteger.ONE).shiftRight(1), P).equals(BigInteger.ONE);
    }

    static byte[] sign(PrivateKey key, byte[] data) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(key);
        signature.update(data);
        return signature.sign();
    }

    static boolean verify(PublicKey key, byte[] data, byte[] signatureBytes) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initVerify(key);
        signature.update(data);
        try {
            return signature.verify(signatureBytes);
        } catch (SignatureException malformed) {
            // RFC 8032 5.1.7: an R that is no curve point, or S >= L, makes the signature invalid;
            // the key was checked to be a point when it was read.
            return false;
        }
    }
}
