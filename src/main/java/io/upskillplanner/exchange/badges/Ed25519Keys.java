package io.upskillplanner.exchange.badges;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
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
        return signature.verify(signatureBytes);
    }
}
