package dev.opcon.ratelimiter.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.core.error.OpconException;
import dev.opcon.core.json.Json;
import dev.opcon.core.text.SafeText;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** GETs JSON and turns every way that can fail into an {@link OpconException} naming the URL. */
final class JsonHttp {

    private final HttpClient client;

    JsonHttp(HttpClient client) {
        this.client = client;
    }

    Answer get(URI url, Duration timeout) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(url, response.statusCode(), response.body());
        } catch (IOException failure) {
            throw new OpconException(HttpFailureReasons.category(failure), SafeText.of(url.toString()) + ": "
                    + HttpFailureReasons.reason(failure, url.getHost(), timeout), failure);
        }
    }

    /** A GET that got an answer, of any status. */
    record Answer(URI url, int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The body as JSON, or an error naming the URL when it is not JSON. */
        JsonNode json() {
            try {
                JsonNode tree = Json.mapper().readTree(body == null ? "" : body);
                if (tree == null || tree.isMissingNode()) {
                    throw OpconException.nonsense(where() + ": malformed JSON (empty body, status " + status + ")", null);
                }
                return tree;
            } catch (JsonProcessingException malformed) {
                String detail = SafeText.truncate(SafeText.of(malformed.getOriginalMessage()), 80);
                throw OpconException.nonsense(where() + ": malformed JSON (" + detail + ")", malformed);
            }
        }

        /** The JSON object of a 2xx answer; an error naming the URL and the status otherwise. */
        JsonNode requireJsonObject() {
            if (!ok()) {
                throw statusError();
            }
            JsonNode tree = json();
            if (!tree.isObject()) {
                throw OpconException.nonsense(where() + ": expected a JSON object, got " + tree.getNodeType(), null);
            }
            return tree;
        }

        /** "http://host:port/api/nodes answered 503: Redis unreachable". */
        OpconException statusError() {
            String message = where() + " answered " + status + serverMessage();
            if (status >= 500) {
                return OpconException.unavailable(message, null);
            }
            return OpconException.nonsense(message + (status == 404 ? " (is this a rate limiter node?)" : ""), null);
        }

        private String serverMessage() {
            try {
                JsonNode tree = Json.mapper().readTree(body == null ? "" : body);
                JsonNode error = tree == null ? null : tree.get("error");
                if (error != null && error.isTextual() && !error.asText().isBlank()) {
                    return ": " + SafeText.truncate(SafeText.of(error.asText()), 160);
                }
            } catch (JsonProcessingException notJson) {
                // the status says enough
            }
            return "";
        }

        private String where() {
            return SafeText.of(url.toString());
        }
    }
}
