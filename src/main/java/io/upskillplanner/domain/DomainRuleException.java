package io.upskillplanner.domain;

/**
 * A domain record or rule refuses a value ("tuition must not be negative"). It says why as an
 * {@link ErrorText}, so an import that maps a file into the record can show the reason in the
 * user's language, at the file's place. Still an {@link IllegalArgumentException}: callers that
 * only need to know the value is wrong keep catching that.
 */
public class DomainRuleException extends IllegalArgumentException {

    private final transient ErrorText text;

    public DomainRuleException(String key, Object... args) {
        this(ErrorText.of(key, args));
    }

    public DomainRuleException(ErrorText text) {
        super(text.english());
        this.text = text;
    }

    /** In the language the app runs in. */
    @Override
    public String getMessage() {
        return text.text();
    }

    public ErrorText text() {
        return text;
    }

    /**
     * Why a value was refused: the rule's own text; for a required part left out
     * ({@code Objects.requireNonNull(kind, "kind")}), that it is missing; otherwise that the value is
     * invalid, quoting a library's words when it gave any.
     */
    public static ErrorText reasonOf(RuntimeException refusal) {
        if (refusal instanceof DomainRuleException rule) {
            return rule.text();
        }
        String message = refusal.getMessage();
        if (message == null) {
            return ErrorText.of("error.value.invalid");
        }
        return refusal instanceof NullPointerException ? ErrorText.of("error.value.missing", message)
                : ErrorText.of("error.value.invalidBecause", message);
    }
}
