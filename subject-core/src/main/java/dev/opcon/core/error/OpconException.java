package dev.opcon.core.error;

/**
 * The one exception type that crosses a boundary (client layer to subject, subject to console).
 * The category decides how the edge reacts: a configuration problem stops `opcon check` with exit 3,
 * an unavailable source becomes a panel state and a {@code source_unreachable} violation.
 *
 * <p>Messages say what failed and what to do, and never hold a password.
 */
public final class OpconException extends RuntimeException {

    public enum Category {
        /** The user's input is wrong: a bad URL, an unknown option, a wrong password. */
        CONFIGURATION,
        /** A source could not be reached in time: refused, timed out, unknown host, 5xx. */
        SOURCE_UNAVAILABLE,
        /** A source answered, but with something we cannot read (malformed JSON, error status). */
        SOURCE_NONSENSE,
        /** A bug of ours. */
        INTERNAL
    }

    private final Category category;

    public OpconException(Category category, String message) {
        super(message);
        this.category = category;
    }

    public OpconException(Category category, String message, Throwable cause) {
        super(message, cause);
        this.category = category;
    }

    public Category category() {
        return category;
    }

    public static OpconException configuration(String message) {
        return new OpconException(Category.CONFIGURATION, message);
    }

    public static OpconException unavailable(String message, Throwable cause) {
        return new OpconException(Category.SOURCE_UNAVAILABLE, message, cause);
    }

    public static OpconException nonsense(String message, Throwable cause) {
        return new OpconException(Category.SOURCE_NONSENSE, message, cause);
    }
}
