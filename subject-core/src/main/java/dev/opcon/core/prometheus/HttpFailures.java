package dev.opcon.core.prometheus;

import dev.opcon.core.text.SafeText;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * Says in a few words why an HTTP call failed. java.net.http wraps the interesting exception
 * (an unresolved address, a refused connection) inside others, so the cause chain is searched.
 */
final class HttpFailures {

    private HttpFailures() {
    }

    static String reason(IOException failure, URI target, Duration timeout) {
        if (failure instanceof HttpTimeoutException) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        if (find(failure, UnresolvedAddressException.class) != null
                || find(failure, UnknownHostException.class) != null) {
            return "unknown host '" + SafeText.of(target.getHost()) + "'";
        }
        ConnectException connectFailure = find(failure, ConnectException.class);
        if (connectFailure != null) {
            // java.net.http reports a refused connection as a ConnectException without a message.
            String detail = detail(connectFailure);
            return detail.isEmpty() || detail.contains("refused") ? "connection refused" : "cannot connect" + detail;
        }
        return "connection failed: " + failure.getClass().getSimpleName() + detail(failure);
    }

    private static String detail(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return " (" + SafeText.truncate(SafeText.of(cause.getMessage()), 120) + ")";
            }
        }
        return "";
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
