package dev.opcon.limiter;

/**
 * A configuration value is missing or wrong. The message names the setting and says what is
 * expected, so that {@link Main} can print it as the single line an operator needs; it never
 * contains a password.
 */
public final class LimiterConfigException extends IllegalArgumentException {

    public LimiterConfigException(String message) {
        super(message);
    }
}
