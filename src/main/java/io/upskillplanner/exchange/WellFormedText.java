package io.upskillplanner.exchange;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.upskillplanner.domain.ErrorText;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Refuses ill-formed UTF-16: a JSON escape such as {@code \ud800} decodes to half a character, which
 * the database stores but no keyboard can type back and no terminal can print. Strict UTF-8 decoding
 * keeps such halves out of raw text, so the JSON escapes are the one way in; they are checked here.
 */
public final class WellFormedText {

    private WellFormedText() {
    }

    /** Where an ill-formed string stands: its JSON pointer and what is wrong with it. */
    public record Problem(String pointer, ErrorText text) {

        public String reason() {
            return text.text();
        }
    }

    /** The index of the first surrogate without its partner, or -1 when the text is well formed. */
    public static int firstUnpairedSurrogate(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** The first string or member name in the tree that holds half a character, or null when all are whole. */
    public static Problem firstProblem(JsonNode root) {
        return walk(root, new ArrayList<>());
    }

    private static Problem walk(JsonNode node, List<String> path) {
        if (node.isTextual()) {
            return check(node.textValue(), path, false);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(Integer.toString(i));
                Problem problem = walk(node.get(i), path);
                path.remove(path.size() - 1);
                if (problem != null) {
                    return problem;
                }
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> members = node.fields();
            while (members.hasNext()) {
                Map.Entry<String, JsonNode> member = members.next();
                path.add(member.getKey());
                Problem problem = check(member.getKey(), path, true);
                if (problem == null) {
                    problem = walk(member.getValue(), path);
                }
                path.remove(path.size() - 1);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static Problem check(String text, List<String> path, boolean memberName) {
        int at = firstUnpairedSurrogate(text);
        if (at < 0) {
            return null;
        }
        StringBuilder pointer = new StringBuilder();
        for (String segment : path) {
            pointer.append('/').append(Excerpt.of(segment.replace("~", "~0").replace("/", "~1")));
        }
        return new Problem(pointer.length() == 0 ? "/" : pointer.toString(), ErrorText.of(
                memberName ? "error.text.halfCharacterInName" : "error.text.halfCharacter", Excerpt.quoted(text),
                "\\u" + String.format("%04x", (int) text.charAt(at)), at + 1));
    }
}
