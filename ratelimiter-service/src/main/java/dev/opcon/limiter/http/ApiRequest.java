package dev.opcon.limiter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One request as an endpoint sees it: the key taken from its path, its query, its JSON body, and
 * the moment it arrived (before any queueing or injected delay, so that latency metrics are honest).
 */
final class ApiRequest {

    /** Bodies are a key and two numbers; anything this large is a mistake or an attack. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private final HttpExchange exchange;
    private final String pathKey;
    private final long arrivalNanos;

    ApiRequest(HttpExchange exchange, String pathKey, long arrivalNanos) {
        this.exchange = exchange;
        this.pathKey = pathKey;
        this.arrivalNanos = arrivalNanos;
    }

    long arrivalNanos() {
        return arrivalNanos;
    }

    /** The decoded {@code {key}} segment of a keyed route such as {@code /api/limits/{key}}. */
    String pathKey() {
        return pathKey;
    }

    /** A non-negative whole-number query parameter, e.g. {@code ?limit=10}. */
    OptionalLong queryNumber(String name) {
        Optional<String> value = queryParameter(name);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            long number = Long.parseLong(value.get());
            if (number >= 0) {
                return OptionalLong.of(number);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiException.badRequest("query parameter '" + name + "' must be a whole number, 0 or more");
    }

    /** The body, which must be a JSON object. */
    JsonNode jsonObject() {
        byte[] body = readBody();
        if (body.length == 0) {
            throw ApiException.badRequest("the request body must be a JSON object");
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("the request body must be a JSON object");
        }
        return node;
    }

    private Optional<String> queryParameter(String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String parameter = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (parameter.equals(name)) {
                return Optional.of(equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return Optional.empty();
    }

    private byte[] readBody() {
        try (InputStream input = exchange.getRequestBody()) {
            byte[] body = input.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw ApiException.badRequest("the request body is larger than " + MAX_BODY_BYTES + " bytes");
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }

    /** Percent-decoding of a URL part; unlike form decoding, '+' stays a plus. */
    static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("malformed percent-encoding in '" + raw + "'");
        }
    }
}
