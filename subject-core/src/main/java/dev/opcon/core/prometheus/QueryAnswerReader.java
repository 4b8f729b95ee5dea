package dev.opcon.core.prometheus;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opcon.core.text.SafeText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON envelope of Prometheus's HTTP API ({@code {status, data, errorType, error,
 * warnings}}). Pure: the client does the I/O and adds the endpoint and query to any complaint.
 * Every text taken from the answer is made safe for a terminal here, where it enters.
 */
final class QueryAnswerReader {

    // Big decimals keep a timestamp like 1749520800.123 exact instead of 1749520800.12299990654.
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The answer could not be read; the message says why, without the endpoint or query. */
    static final class UnreadableAnswerException extends Exception {
        UnreadableAnswerException(String message, Throwable cause) {
            super(message, cause);
        }

        UnreadableAnswerException(String message) {
            super(message);
        }
    }

    /** The envelope; {@code data} is only looked at when {@code success}. */
    record Envelope(boolean success, String errorType, String error, JsonNode data, List<String> warnings) {
    }

    private QueryAnswerReader() {
    }

    static Envelope readEnvelope(String body) throws UnreadableAnswerException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new UnreadableAnswerException("malformed JSON: " + SafeText.of(e.getOriginalMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableAnswerException("the answer is not a JSON object");
        }
        String status = root.path("status").asText("");
        if (!status.equals("success") && !status.equals("error")) {
            throw new UnreadableAnswerException("the answer has no status 'success' or 'error'");
        }
        List<String> warnings = new ArrayList<>();
        root.path("warnings").forEach(warning -> warnings.add(SafeText.of(warning.asText())));
        return new Envelope(status.equals("success"), SafeText.of(root.path("errorType").asText("")),
                SafeText.of(root.path("error").asText("")), root.path("data"), warnings);
    }

    static QueryResult instantResult(Envelope envelope) throws UnreadableAnswerException {
        String resultType = envelope.data().path("resultType").asText("");
        JsonNode result = envelope.data().path("result");
        switch (resultType) {
            case "vector" -> {
                List<QuerySample> samples = new ArrayList<>();
                for (JsonNode element : elements(result)) {
                    Point point = point(element.path("value"));
                    samples.add(new QuerySample(labels(element.path("metric")), point.value(), point.time()));
                }
                return new QueryResult(QueryResult.ResultType.VECTOR, samples, envelope.warnings());
            }
            case "scalar" -> {
                Point point = point(result);
                return new QueryResult(QueryResult.ResultType.SCALAR,
                        List.of(new QuerySample(Map.of(), point.value(), point.time())), envelope.warnings());
            }
            case "matrix" -> throw new UnreadableAnswerException("the answer is a range vector, which an instant"
                    + " query cannot show; wrap the range selector in a function such as rate()");
            default -> throw new UnreadableAnswerException("unexpected result type '" + SafeText.of(resultType)
                    + "' (expected a vector or a scalar)");
        }
    }

    static RangeResult rangeResult(Envelope envelope) throws UnreadableAnswerException {
        String resultType = envelope.data().path("resultType").asText("");
        if (!resultType.equals("matrix")) {
            throw new UnreadableAnswerException("unexpected result type '" + SafeText.of(resultType)
                    + "' (expected a matrix)");
        }
        List<Series> series = new ArrayList<>();
        for (JsonNode element : elements(envelope.data().path("result"))) {
            List<Point> points = new ArrayList<>();
            for (JsonNode value : elements(element.path("values"))) {
                points.add(point(value));
            }
            series.add(new Series(labels(element.path("metric")), points));
        }
        return new RangeResult(series, envelope.warnings());
    }

    private static JsonNode elements(JsonNode node) throws UnreadableAnswerException {
        if (!node.isArray()) {
            throw new UnreadableAnswerException("expected a list of results, found " + describe(node));
        }
        return node;
    }

    private static Map<String, String> labels(JsonNode metric) throws UnreadableAnswerException {
        if (!metric.isObject()) {
            throw new UnreadableAnswerException("expected labels as a JSON object, found " + describe(metric));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : metric.properties()) {
            labels.put(SafeText.of(field.getKey()), SafeText.of(field.getValue().asText()));
        }
        return labels;
    }

    /** A {@code [seconds, "value"]} pair. */
    private static Point point(JsonNode pair) throws UnreadableAnswerException {
        if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isNumber()) {
            throw new UnreadableAnswerException("expected a [time, \"value\"] pair, found " + describe(pair));
        }
        try {
            return new Point(instant(pair.get(0).decimalValue()), PrometheusNumbers.parse(pair.get(1).asText()));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UnreadableAnswerException("unreadable sample " + describe(pair), e);
        }
    }

    private static Instant instant(BigDecimal epochSeconds) {
        BigDecimal nanos = epochSeconds.setScale(9, RoundingMode.HALF_UP).movePointRight(9);
        BigDecimal[] secondsAndNanos = nanos.divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
        return Instant.ofEpochSecond(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValueExact());
    }

    private static String describe(JsonNode node) {
        if (node.isMissingNode()) {
            return "nothing";
        }
        return SafeText.truncate(SafeText.of(node.toString()), 80);
    }
}
