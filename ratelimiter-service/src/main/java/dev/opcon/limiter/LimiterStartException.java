package dev.opcon.limiter;

/** The node could not start although its configuration is valid (for example its port is taken). */
public final class LimiterStartException extends RuntimeException {

    public LimiterStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
