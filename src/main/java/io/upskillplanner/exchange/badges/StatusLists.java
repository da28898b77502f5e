package io.upskillplanner.exchange.badges;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Verification;
import io.upskillplanner.exchange.ImportFile;
import io.upskillplanner.exchange.JsonAt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Revocation and suspension by status list (StatusList2021, Bitstring Status List): the list is
 * online, so it is only read when the user imports the status list credential together with the
 * badge; otherwise the status detail says that revocation was not checked.
 */
final class StatusLists {

    static final List<String> LIST_TYPES = List.of("StatusList2021Credential", "BitstringStatusListCredential");
    /** A status list is 16 KB and more when decompressed; far more is a zip bomb, not a list. */
    private static final int MAX_LIST_BYTES = 16 * 1024 * 1024;

    private record StatusList(ObjectNode credential, String fileName) {
    }

    private final Map<String, StatusList> byId = new LinkedHashMap<>();
    private final Map<String, StatusList> byFileName = new LinkedHashMap<>();

    StatusLists(List<ImportFile> batch) {
        for (ImportFile file : batch) {
            // Only the head is looked at first: the batch may hold large images.
            if (!isStatusList(BadgeImporter.head(file))) {
                continue;
            }
            try {
                ObjectNode credential = BadgeImporter.parseObject(JsonAt.file(file.name()), file.text(), null);
                StatusList list = new StatusList(credential, file.path().getFileName().toString());
                JsonNode id = credential.get("id");
                if (id != null && id.isTextual()) {
                    byId.putIfAbsent(id.asText(), list);
                }
                byFileName.putIfAbsent(list.fileName(), list);
            } catch (InputRejectedException broken) {
                // The status list file itself is reported when it is planned; here it simply resolves nothing.
            }
        }
    }

    static boolean isStatusList(String head) {
        String trimmed = head.stripLeading();
        return trimmed.startsWith("{") && LIST_TYPES.stream().anyMatch(head::contains);
    }

    /** The verification result with what the status lists say about this credential's status entries. */
    VerificationResult apply(VerificationResult result, JsonNode credentialStatus, String issuerId,
            BadgeVerifier verifier) {
        if (credentialStatus == null || credentialStatus.isNull()
                || result.status() == Verification.INVALID_SIGNATURE) {
            return result;
        }
        List<JsonNode> entries = new ArrayList<>();
        if (credentialStatus.isArray()) {
            credentialStatus.forEach(entries::add);
        } else {
            entries.add(credentialStatus);
        }
        VerificationResult current = result;
        for (JsonNode entry : entries) {
            current = applyEntry(current, entry, issuerId, verifier);
        }
        return current;
    }

    private VerificationResult applyEntry(VerificationResult result, JsonNode entry, String issuerId,
            BadgeVerifier verifier) {
        String listUrl = entry.path("statusListCredential").asText("");
        String purpose = entry.path("statusPurpose").asText("revocation");
        String type = entry.path("type").asText("?");
        StatusList list = find(listUrl);
        if (list == null) {
            return append(result, Verification.REVOCATION_NOT_CHECKED + ": the credential's " + purpose
                    + " status is kept in the " + type + " " + (listUrl.isEmpty() ? entry.path("id").asText("(not named)")
                    : listUrl) + ", which would have to be fetched online.");
        }
        String listIssuer = list.credential().path("issuer").isObject()
                ? list.credential().path("issuer").path("id").asText(null) : list.credential().path("issuer").asText(null);
        // As the DCC and Digital Bazaar verifiers do by default: only the credential's own issuer can revoke it.
        if (issuerId == null || !issuerId.equals(listIssuer)) {
            return append(result, Verification.REVOCATION_NOT_CHECKED + ": the status list " + list.fileName()
                    + " is issued by " + (listIssuer == null ? "no one it names" : listIssuer)
                    + ", not by the credential's issuer " + (issuerId == null ? "(not named)" : issuerId) + ".");
        }
        String listPurpose = list.credential().path("credentialSubject").path("statusPurpose").asText(purpose);
        if (!listPurpose.equals(purpose)) {
            return append(result, Verification.REVOCATION_NOT_CHECKED + ": the status list " + list.fileName()
                    + " is for " + listPurpose + ", the credential's entry for " + purpose + ".");
        }
        long index;
        try {
            index = Long.parseLong(entry.path("statusListIndex").asText(""));
        } catch (NumberFormatException e) {
            return append(result, Verification.REVOCATION_NOT_CHECKED + ": the status entry's statusListIndex '"
                    + entry.path("statusListIndex").asText("") + "' is not a number.");
        }
        byte[] bits;
        try {
            bits = decode(list.credential().path("credentialSubject").path("encodedList").asText(""));
        } catch (IOException | IllegalArgumentException e) {
            return append(result, Verification.REVOCATION_NOT_CHECKED + ": the encodedList of the status list "
                    + list.fileName() + " cannot be read (" + e.getMessage() + ").");
        }
        if (index < 0 || index / 8 >= bits.length) {
            return append(result, Verification.REVOCATION_NOT_CHECKED + ": the status list " + list.fileName()
                    + " has " + bits.length * 8L + " entries, the credential names entry " + index + ".");
        }
        boolean set = (bits[(int) (index / 8)] & (0x80 >> (index % 8))) != 0;
        VerificationResult listCheck = verifier.verifyDataIntegrity(list.credential(), listIssuer, null, null);
        String listSignature = listCheck.status() == Verification.VERIFIED
                ? "its own signature was checked" : "its own signature could not be checked offline";
        if (set) {
            String what = "suspension".equals(purpose) ? "Suspended" : "Revoked";
            return new VerificationResult(Verification.REVOKED, what + ": entry " + index + " of the status list "
                    + list.fileName() + " is set (" + listSignature + "). " + result.detail());
        }
        if (listCheck.status() == Verification.VERIFIED) {
            return append(result, "Not " + ("suspension".equals(purpose) ? "suspended" : "revoked")
                    + " according to the status list " + list.fileName() + ", whose signature was checked.");
        }
        return append(result, Verification.REVOCATION_NOT_CHECKED + ": the status list " + list.fileName()
                + " says entry " + index + " is not set, but " + listSignature + " (" + listCheck.detail() + ").");
    }

    private StatusList find(String url) {
        StatusList list = byId.get(url);
        if (list == null && !url.isEmpty()) {
            String segment = OpenBadges2Reader.lastPathSegment(url);
            list = byFileName.get(segment);
            if (list == null) {
                list = byFileName.get(segment + ".json");
            }
        }
        return list;
    }

    /** base64url of the GZIP-compressed bitstring; Bitstring Status List adds the multibase prefix 'u'. */
    static byte[] decode(String encodedList) throws IOException {
        String base64 = encodedList.startsWith("u") ? encodedList.substring(1) : encodedList;
        byte[] compressed = Base64.getUrlDecoder().decode(base64.replace('+', '-').replace('/', '_').replace("=", ""));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] bits = in.readNBytes(MAX_LIST_BYTES + 1);
            if (bits.length > MAX_LIST_BYTES) {
                throw new IOException("it decompresses to more than " + MAX_LIST_BYTES + " bytes");
            }
            return bits;
        }
    }

    private static VerificationResult append(VerificationResult result, String sentence) {
        return new VerificationResult(result.status(), result.detail() + " " + sentence);
    }
}
