package dev.opcon.ratelimiter.client;

import dev.opcon.core.error.OpconException;

import dev.opcon.core.text.SafeText;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * Says in a few words why an HTTP call failed. java.net.http wraps the telling exception (an
 * unresolved address, a refused connection) in others, so the cause chain is searched.
 */
final class HttpFailureReasons {

    private HttpFailureReasons() {
    }

    /** An unknown host is almost always a typo in a URL the user gave: a configuration error. */
    static OpconException.Category category(IOException failure) {
        return find(failure, UnresolvedAddressException.class) != null || find(failure, UnknownHostException.class) != null
                ? OpconException.Category.CONFIGURATION : OpconException.Category.SOURCE_UNAVAILABLE;
    }

    static String reason(IOException failure, String host, Duration timeout) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "no connection within " + timeout.toMillis() + " ms";
        }
        if (failure instanceof HttpTimeoutException) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        if (find(failure, UnresolvedAddressException.class) != null || find(failure, UnknownHostException.class) != null) {
            return "unknown host '" + SafeText.of(host) + "'";
        }
        ConnectException refused = find(failure, ConnectException.class);
        if (refused != null) {
            String detail = detail(refused);
            // java.net.http's ConnectException carries no message when the port is closed.
            return "cannot connect" + (detail.isEmpty() ? " (connection refused)" : detail);
        }
        return "connection failed: " + failure.getClass().getSimpleName() + detail(failure);
    }

    static String detail(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return " (" + SafeText.truncate(SafeText.of(cause.getMessage()), 120) + ")";
            }
        }
        return "";
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        return Causes.find(failure, type);
    }
}
