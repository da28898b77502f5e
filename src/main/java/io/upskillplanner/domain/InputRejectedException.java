package io.upskillplanner.domain;

import java.util.Locale;

/**
 * Input that cannot be used: the message names the source (a file, an option), the place in it
 * and the reason, so the user can fix it. Nothing was changed when this is thrown. Place and
 * reason are {@link ErrorText}s, put into words in the language the app runs in when shown; the
 * source is a name as the user typed it (a file, an option), or an {@link ErrorText} when it is
 * something the app names in words ("the exchange rates").
 */
public class InputRejectedException extends RuntimeException {

    /** A file name or an option, shown as it is; null when {@link #sourceText} names the source. */
    private final String source;
    private final ErrorText sourceText;
    private final ErrorText place;
    private final ErrorText reason;

    public InputRejectedException(String source, ErrorText place, ErrorText reason) {
        this(source, place, reason, null);
    }

    public InputRejectedException(String source, ErrorText place, ErrorText reason, Throwable cause) {
        this(source, null, place, reason, cause);
    }

    /** A source the app names in words, put into words in the same language as place and reason. */
    public InputRejectedException(ErrorText source, ErrorText place, ErrorText reason, Throwable cause) {
        this(null, source, place, reason, cause);
    }

    private InputRejectedException(String source, ErrorText sourceText, ErrorText place, ErrorText reason,
            Throwable cause) {
        super(cause);
        this.source = source;
        this.sourceText = sourceText;
        this.place = place;
        this.reason = reason;
    }

    /** Place and reason already in words, not translated. */
    public InputRejectedException(String source, String place, String reason) {
        this(source, place, reason, null);
    }

    public InputRejectedException(String source, String place, String reason, Throwable cause) {
        this(source, place == null ? null : ErrorText.plain(place), ErrorText.plain(reason), cause);
    }

    /** Places and reasons may quote input; whatever a caller passes, a message stays a few lines long. */
    static final int MAX_PLACE_LENGTH = 200;
    static final int MAX_REASON_LENGTH = 400;

    private static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 3;
        // Never keep half of a surrogate pair: the message must print.
        return text.substring(0, Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end) + "...";
    }

    /** "file, place: reason" in the language of {@code locale}. */
    public String message(Locale locale) {
        StringBuilder message = new StringBuilder(source(locale));
        String where = place(locale);
        if (where != null && !where.isBlank()) {
            message.append(", ").append(where);
        }
        return message.append(": ").append(reason(locale)).toString();
    }

    @Override
    public String getMessage() {
        return message(Locale.getDefault());
    }

    public String source() {
        return source(Locale.getDefault());
    }

    public String source(Locale locale) {
        return sourceText == null ? String.valueOf(source) : sourceText.text(locale);
    }

    public String place() {
        return place(Locale.getDefault());
    }

    public String place(Locale locale) {
        return place == null ? null : shorten(place.text(locale), MAX_PLACE_LENGTH);
    }

    public String reason() {
        return reason(Locale.getDefault());
    }

    public String reason(Locale locale) {
        return reason == null ? null : shorten(reason.text(locale), MAX_REASON_LENGTH);
    }

    public ErrorText placeText() {
        return place;
    }

    public ErrorText reasonText() {
        return reason;
    }
}
