package dev.opcon.ratelimiter.client;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.text.SafeText;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;

/**
 * Turns what Jedis throws into one line naming the Redis endpoint (password masked) and saying
 * what to do. Jedis wraps the telling exception (a refused password, an unknown host) in pool and
 * connection exceptions, so the whole cause chain is searched.
 */
final class RedisFailures {

    private RedisFailures() {
    }

    static OpconException translate(RuntimeException failure, RedisEndpoint endpoint, Duration timeout) {
        String where = "Redis at " + endpoint.masked();
        String authenticationError = authenticationError(failure);
        if (authenticationError != null) {
            String upper = authenticationError.toUpperCase(Locale.ROOT);
            if (upper.startsWith("NOAUTH") && endpoint.password().isEmpty()) {
                return new OpconException(OpconException.Category.CONFIGURATION, where
                        + " requires a password: give it in --redis-url as redis://:password@host:port", failure);
            }
            return new OpconException(OpconException.Category.CONFIGURATION, where
                    + " refused the password: check --redis-url", failure);
        }
        if (Causes.find(failure, UnknownHostException.class) != null) {
            // A name that does not resolve is almost always a typo in the URL: the user's to fix.
            return new OpconException(OpconException.Category.CONFIGURATION, where + ": unknown host '"
                    + SafeText.of(endpoint.host()) + "': check --redis-url", failure);
        }
        if (Causes.find(failure, ConnectException.class) != null) {
            return OpconException.unavailable(where + ": cannot connect" + detail(failure, endpoint), failure);
        }
        if (timedOut(failure)) {
            return OpconException.unavailable(where + ": no answer within " + timeout.toMillis() + " ms", failure);
        }
        if (failure instanceof JedisConnectionException || Causes.find(failure, JedisConnectionException.class) != null) {
            return OpconException.unavailable(where + ": connection failed" + detail(failure, endpoint), failure);
        }
        if (failure instanceof JedisDataException) {
            return OpconException.nonsense(where + " answered an error" + detail(failure, endpoint), failure);
        }
        return OpconException.unavailable(where + ": " + failure.getClass().getSimpleName() + detail(failure, endpoint), failure);
    }

    /** Whether Redis did not answer (or accept the connection) in time, as opposed to refusing or breaking it. */
    static boolean timedOut(Throwable failure) {
        return Causes.find(failure, SocketTimeoutException.class) != null;
    }

    /** The server's message when the failure is about authentication, else null. */
    private static String authenticationError(Throwable failure) {
        for (Throwable cause : Causes.of(failure)) {
            if (cause instanceof JedisAccessControlException) {
                return cause.getMessage() == null ? "WRONGPASS" : cause.getMessage();
            }
            if (cause instanceof JedisDataException && cause.getMessage() != null) {
                String upper = cause.getMessage().toUpperCase(Locale.ROOT);
                if (upper.startsWith("NOAUTH") || upper.startsWith("WRONGPASS") || upper.startsWith("ERR AUTH")
                        || upper.contains("INVALID PASSWORD") || upper.contains("INVALID USERNAME-PASSWORD")) {
                    return cause.getMessage();
                }
            }
        }
        return null;
    }

    /** The deepest message behind the failure, password removed, in parentheses. */
    private static String detail(Throwable failure, RedisEndpoint endpoint) {
        String deepest = null;
        for (Throwable cause : Causes.of(failure)) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                deepest = cause.getMessage();
            }
        }
        return deepest == null ? "" : " (" + SafeText.truncate(SafeText.of(endpoint.scrub(deepest)), 120) + ")";
    }
}
