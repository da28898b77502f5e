package io.upskillplanner.exchange.badges;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Base64;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.exchange.JsonAt;
import io.upskillplanner.exchange.StrictJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A VC-JWT: a compact JWS whose payload is the credential itself or {@code {"vc": credential}}. */
public record VcJwt(String compact, ObjectNode header, ObjectNode payload, byte[] signature) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** The credential the JWT carries. */
    public ObjectNode credential() {
        JsonNode vc = payload.get("vc");
        return vc != null && vc.isObject() ? (ObjectNode) vc : payload;
    }

    /** The bytes the JWS signature covers: header and payload as they appear in the token. */
    String signingInput() {
        return compact.substring(0, compact.lastIndexOf('.'));
    }

    /** The decoded payload of a compact JWS, for detection only: empty when it is not one. */
    static String payloadText(String text) {
        String compact = text.strip();
        int first = compact.indexOf('.');
        int second = first < 0 ? -1 : compact.indexOf('.', first + 1);
        if (first <= 0 || second < 0) {
            return "";
        }
        try {
            return new String(Base64.getUrlDecoder().decode(compact.substring(first + 1, second)),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
    }

    /** Parses a compact JWS; every defect is rejected naming the part and the reason. */
    static VcJwt parse(String text, JsonAt json, String where) {
        String compact = text.strip();
        String[] parts = compact.split("\\.", -1);
        if (parts.length != 3) {
            throw json.rejectAt(where, ErrorText.of(parts.length == 1 ? "error.jwt.onePart" : "error.jwt.parts",
                    parts.length));
        }
        String[] names = {"header", "payload", "signature"};
        byte[][] decoded = new byte[3][];
        for (int i = 0; i < 3; i++) {
            String place = StrictJson.join(where, "JWT part " + (i + 1) + " (" + names[i] + ")");
            if (parts[i].isEmpty()) {
                throw json.rejectAt(place, ErrorText.of("error.jwt.emptyPart"));
            }
            for (int c = 0; c < parts[i].length(); c++) {
                char ch = parts[i].charAt(c);
                if (!(Character.isLetterOrDigit(ch) && ch < 128 || ch == '-' || ch == '_')) {
                    throw json.rejectAt(place, ErrorText.of("error.jwt.notBase64Char", ch, c + 1));
                }
            }
            try {
                decoded[i] = Base64.getUrlDecoder().decode(parts[i]);
            } catch (IllegalArgumentException e) {
                throw json.rejectAt(place, ErrorText.of("error.jwt.notBase64", e.getMessage()), e);
            }
        }
        String headerPlace = StrictJson.join(where, "JWT header");
        String payloadPlace = StrictJson.join(where, "JWT payload");
        ObjectNode header = BadgeImporter.parseObject(json, utf8(decoded[0], json, headerPlace), headerPlace);
        ObjectNode payload = BadgeImporter.parseObject(json, utf8(decoded[1], json, payloadPlace), payloadPlace);
        json.at("JWT header", header).requiredText("alg").strip();
        return new VcJwt(compact, header, payload, decoded[2]);
    }

    /** Signs a payload with EdDSA (Ed25519) under this key id, e.g. a did:key URL. */
    public static String sign(ObjectNode payload, PrivateKey key, String kid) throws GeneralSecurityException {
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        header.put("alg", "EdDSA");
        header.put("typ", "JWT");
        header.put("kid", kid);
        String input = ENCODER.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
        byte[] signature = Ed25519Keys.sign(key, input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + ENCODER.encodeToString(signature);
    }

    private static String utf8(byte[] bytes, JsonAt json, String place) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw json.rejectAt(place, ErrorText.of("error.jwt.notUtf8"), e);
        }
    }
}
