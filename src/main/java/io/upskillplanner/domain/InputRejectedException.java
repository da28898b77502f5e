package io.upskillplanner.domain;

/**
 * Input that cannot be used: the message names the source (a file, an option), the place in it
 * and the reason, so the user can fix it. Nothing was changed when this is thrown.
 */
public class InputRejectedException extends RuntimeException {

    private final String source;
    private final String place;
    private final String reason;

    public InputRejectedException(String source, String place, String reason) {
        this(source, place, reason, null);
    }

    /** Places and reasons may quote input; whatever a caller passes, a message stays a few lines long. */
    static final int MAX_PLACE_LENGTH = 200;
    static final int MAX_REASON_LENGTH = 400;

    public InputRejectedException(String source, String place, String reason, Throwable cause) {
        super(format(source, shorten(place, MAX_PLACE_LENGTH), shorten(reason, MAX_REASON_LENGTH)), cause);
        this.source = source;
        this.place = shorten(place, MAX_PLACE_LENGTH);
        this.reason = shorten(reason, MAX_REASON_LENGTH);
    }

    private static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 3;
        // Never keep half of a surrogate pair: the message must print.
        return text.substring(0, Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end) + "...";
    }

    private static String format(String source, String place, String reason) {
        StringBuilder message = new StringBuilder(source);
        if (place != null && !place.isBlank()) {
            message.append(", ").append(place);
        }
        return message.append(": ").append(reason).toString();
    }

    public String source() {
        return source;
    }

    public String place() {
        return place;
    }

    public String reason() {
        return reason;
    }
}
