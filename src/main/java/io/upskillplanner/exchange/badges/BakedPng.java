package io.upskillplanner.exchange.badges;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;

/**
 * Reads the badge a PNG was "baked" with: the text of an {@code iTXt} (or {@code tEXt}) chunk with the
 * keyword {@code openbadges} (Open Badges 2.0) or {@code openbadgecredential} (3.0). Every chunk's
 * length and CRC are checked, so a damaged file is rejected rather than half read.
 */
final class BakedPng {

    static final String OB2_KEYWORD = "openbadges";
    static final String OB3_KEYWORD = "openbadgecredential";
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int MAX_TEXT = BadgeImporter.MAX_CHARS;

    /** The keyword found and its text. */
    record Baked(String keyword, String text, String place) {
    }

    private BakedPng() {
    }

    static boolean isPng(byte[] content) {
        return content.length >= SIGNATURE.length && Arrays.equals(content, 0, SIGNATURE.length, SIGNATURE, 0,
                SIGNATURE.length);
    }

    /** Cheap look for a keyword, for format detection only. */
    static boolean mentions(byte[] content, String keyword) {
        byte[] needle = (keyword + "\0").getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = SIGNATURE.length; i <= content.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The baked badge text; rejects damaged PNGs and PNGs without a badge. */
    static Baked read(byte[] content, String source) {
        if (!isPng(content)) {
            throw new InputRejectedException(source, ErrorText.of("error.place.byte", 0), ErrorText.of("error.png.signature"));
        }
        int offset = SIGNATURE.length;
        int index = 0;
        Baked found = null;
        boolean ended = false;
        while (offset < content.length) {
            index++;
            if (content.length - offset < 12) {
                throw new InputRejectedException(source, ErrorText.of("error.place.chunk", index, offset),
                        ErrorText.of("error.png.chunkTooShort", content.length - offset));
            }
            long length = ByteBuffer.wrap(content, offset, 4).getInt() & 0xffffffffL;
            String type = new String(content, offset + 4, 4, StandardCharsets.ISO_8859_1);
            ErrorText place = ErrorText.of("error.place.chunkType", index, printable(type), offset);
            if (length > content.length - offset - 12L) {
                throw new InputRejectedException(source, place, ErrorText.of("error.png.chunkTruncated", length,
                        Math.max(0, content.length - offset - 12)));
            }
            int dataStart = offset + 8;
            int dataLength = (int) length;
            CRC32 crc = new CRC32();
            crc.update(content, offset + 4, 4 + dataLength);
            long stored = ByteBuffer.wrap(content, dataStart + dataLength, 4).getInt() & 0xffffffffL;
            if (crc.getValue() != stored) {
                throw new InputRejectedException(source, place, ErrorText.of("error.png.crc"));
            }
            if (found == null && (type.equals("iTXt") || type.equals("tEXt"))) {
                byte[] data = Arrays.copyOfRange(content, dataStart, dataStart + dataLength);
                found = badgeText(type, data, source, place);
            }
            offset = dataStart + dataLength + 4;
            if (type.equals("IEND")) {
                ended = true;
                break;
            }
        }
        if (!ended) {
            throw new InputRejectedException(source, ErrorText.of("error.place.byte", content.length),
                    ErrorText.of("error.png.noEnd"));
        }
        if (found == null) {
            throw new InputRejectedException(source, null, ErrorText.of("error.png.noBadge", OB2_KEYWORD, OB3_KEYWORD));
        }
        return found;
    }

    private static Baked badgeText(String type, byte[] data, String source, ErrorText place) {
        int keywordEnd = indexOf(data, 0);
        if (keywordEnd < 0) {
            return null;
        }
        String keyword = new String(data, 0, keywordEnd, StandardCharsets.ISO_8859_1);
        if (!keyword.equals(OB2_KEYWORD) && !keyword.equals(OB3_KEYWORD)) {
            return null;
        }
        byte[] text;
        if (type.equals("tEXt")) {
            text = Arrays.copyOfRange(data, keywordEnd + 1, data.length);
        } else {
            int at = keywordEnd + 1;
            if (data.length < at + 2) {
                throw new InputRejectedException(source, place, ErrorText.of("error.png.itxtCutOff"));
            }
            int compressed = data[at];
            int languageEnd = indexOf(data, at + 2);
            int translatedEnd = languageEnd < 0 ? -1 : indexOf(data, languageEnd + 1);
            if (translatedEnd < 0) {
                throw new InputRejectedException(source, place, ErrorText.of("error.png.itxtMalformed"));
            }
            text = Arrays.copyOfRange(data, translatedEnd + 1, data.length);
            if (compressed == 1) {
                text = inflate(text, source, place);
            } else if (compressed != 0) {
                throw new InputRejectedException(source, place, ErrorText.of("error.png.compressionFlag", compressed));
            }
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(text)).toString();
            // The place also prefixes the JSON pointers of what the chunk holds, so it stays in English words.
            return new Baked(keyword, decoded, place.english() + ", keyword '" + keyword + "'");
        } catch (CharacterCodingException e) {
            throw new InputRejectedException(source, place, ErrorText.of("error.png.notUtf8"), e);
        }
    }

    private static byte[] inflate(byte[] compressed, String source, ErrorText place) {
        Inflater inflater = new Inflater();
        inflater.setInput(compressed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new InputRejectedException(source, place, ErrorText.of("error.png.cutOffCompressed"));
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_TEXT) {
                    throw new InputRejectedException(source, place, ErrorText.of("error.png.expandsTooMuch", MAX_TEXT));
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new InputRejectedException(source, place, ErrorText.of("error.png.damagedCompressed", e.getMessage()), e);
        } finally {
            inflater.end();
        }
    }

    private static int indexOf(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static Object printable(String type) {
        return type.chars().allMatch(c -> c >= 'A' && c <= 'z') ? type : ErrorText.of("error.png.unreadableType");
    }
}
