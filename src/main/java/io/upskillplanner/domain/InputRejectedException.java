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

    public InputRejectedException(String source, String place, String reason, Throwable cause) {
        super(format(source, place, reason), cause);
        this.source = source;
        this.place = place;
        this.reason = reason;
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
