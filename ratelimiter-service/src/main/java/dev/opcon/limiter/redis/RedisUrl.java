package dev.opcon.limiter.redis;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A parsed {@code redis://[[user]:password@]host[:port][/db]} or {@code rediss://...} address.
 *
 * <p>Parsed here rather than handed to Jedis as a string so that a bad URL is reported at start-up
 * with a message that names the problem, and so that the password can never reach a log line:
 * {@link #toString()} and every error message use the masked form.
 */
public record RedisUrl(String host, int port, Optional<String> user, Optional<String> password, int database, boolean tls) {

    public static final int DEFAULT_PORT = 6379;
    private static final String MASK = "****";

    public RedisUrl {
        user = user == null ? Optional.empty() : user;
        password = password == null ? Optional.empty() : password;
    }

    /** Parses {@code text}; the exception message never contains the password. */
    public static RedisUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the Redis URL is empty; expected redis://host:port");
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw invalid(text, "it is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("redis") && !scheme.equals("rediss")) {
            throw invalid(text, "the scheme must be redis:// or rediss://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid(text, "it names no host");
        }
        int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
        if (port < 1 || port > 65535) {
            throw invalid(text, "the port must be between 1 and 65535");
        }
        return new RedisUrl(uri.getHost(), port, userOf(uri), passwordOf(uri), databaseOf(uri, text), scheme.equals("rediss"));
    }

    /** The URL with the password replaced by {@code ****}: safe for logs and screens. */
    public String masked() {
        StringBuilder text = new StringBuilder(tls ? "rediss://" : "redis://");
        if (user.isPresent() || password.isPresent()) {
            text.append(user.orElse(""));
            password.ifPresent(ignored -> text.append(':').append(MASK));
            text.append('@');
        }
        text.append(host.contains(":") ? "[" + host + "]" : host).append(':').append(port);
        if (database != 0) {
            text.append('/').append(database);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return masked();
    }

    private static Optional<String> userOf(URI uri) {
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null) {
            return Optional.empty();
        }
        int colon = userInfo.indexOf(':');
        String user = colon < 0 ? "" : userInfo.substring(0, colon);
        return user.isEmpty() ? Optional.empty() : Optional.of(decode(user));
    }

    private static Optional<String> passwordOf(URI uri) {
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null) {
            return Optional.empty();
        }
        int colon = userInfo.indexOf(':');
        // redis://secret@host is the Redis convention for "password only" (no user name).
        String password = colon < 0 ? userInfo : userInfo.substring(colon + 1);
        return password.isEmpty() ? Optional.empty() : Optional.of(decode(password));
    }

    private static int databaseOf(URI uri, String text) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String digits = path.startsWith("/") ? path.substring(1) : path;
        if (digits.isEmpty()) {
            return 0;
        }
        try {
            int database = Integer.parseInt(digits);
            if (database >= 0) {
                return database;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw invalid(text, "the path must be a database number such as /0");
    }

    private static String decode(String text) {
        // '+' is a literal plus in a URL's user part, not a space as in form encoding.
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException invalid(String text, String reason) {
        return new IllegalArgumentException("'" + maskRaw(text) + "' is not a valid Redis URL: " + reason
                + " (expected redis://[:password@]host[:port][/db] or rediss://...)");
    }

    /** Masks the password of a URL that may not even parse, so that error messages stay safe. */
    static String maskRaw(String text) {
        int schemeEnd = text.indexOf("://");
        int at = text.lastIndexOf('@');
        if (schemeEnd < 0 || at < schemeEnd) {
            return text;
        }
        String userInfo = text.substring(schemeEnd + 3, at);
        int colon = userInfo.indexOf(':');
        String user = colon < 0 ? "" : userInfo.substring(0, colon);
        return text.substring(0, schemeEnd + 3) + user + ":" + MASK + text.substring(at);
    }
}
