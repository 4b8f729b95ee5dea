package dev.opcon.core.prometheus;

import dev.opcon.core.text.SafeText;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one sample line of the text exposition format 0.0.4:
 * {@code name [{label="value",...}] value [timestamp-in-ms]}. Label values may hold the escapes
 * {@code \\}, {@code \"} and {@code \n}; any other escape is an error, as in Prometheus.
 */
final class SampleLineParser {

    /** The line is not a sample; the message says what was expected where. */
    static final class MalformedLineException extends Exception {
        MalformedLineException(String message) {
            super(message);
        }
    }

    private final String line;
    private int position;

    private SampleLineParser(String line) {
        this.line = line;
    }

    /** @param line without leading or trailing blanks */
    static Sample parse(String line) throws MalformedLineException {
        return new SampleLineParser(line).sample();
    }

    private Sample sample() throws MalformedLineException {
        String name = metricName();
        skipBlanks();
        Map<String, String> labels = new LinkedHashMap<>();
        if (peek() == '{') {
            position++;
            labels(labels);
        }
        skipBlanks();
        String valueText = token();
        if (valueText.isEmpty()) {
            throw new MalformedLineException("expected a value after '" + name + "'");
        }
        double value = number(valueText);
        skipBlanks();
        Optional<Instant> timestamp = Optional.empty();
        if (!atEnd()) {
            timestamp = Optional.of(timestamp(token()));
            skipBlanks();
            if (!atEnd()) {
                throw new MalformedLineException("unexpected text after the timestamp");
            }
        }
        return new Sample(name, labels, value, timestamp);
    }

    private String metricName() throws MalformedLineException {
        int start = position;
        while (!atEnd() && isNameCharacter(peek(), position == start, true)) {
            position++;
        }
        if (position == start) {
            throw new MalformedLineException("expected a metric name");
        }
        return line.substring(start, position);
    }

    private void labels(Map<String, String> labels) throws MalformedLineException {
        while (true) {
            skipBlanks();
            if (peek() == '}') {
                position++;
                return;
            }
            String labelName = labelName();
            skipBlanks();
            expect('=', "after label name '" + labelName + "'");
            skipBlanks();
            expect('"', "to open the value of label '" + labelName + "'");
            String labelValue = quotedValue(labelName);
            if (labels.put(labelName, SafeText.of(labelValue)) != null) {
                throw new MalformedLineException("label '" + labelName + "' appears twice");
            }
            skipBlanks();
            if (peek() == ',') {
                position++;
            } else if (peek() != '}') {
                throw new MalformedLineException("expected ',' or '}' after the value of label '" + labelName + "'");
            }
        }
    }

    private String labelName() throws MalformedLineException {
        int start = position;
        while (!atEnd() && isNameCharacter(peek(), position == start, false)) {
            position++;
        }
        if (position == start) {
            throw new MalformedLineException("expected a label name or '}'");
        }
        return line.substring(start, position);
    }

    private String quotedValue(String labelName) throws MalformedLineException {
        StringBuilder value = new StringBuilder();
        while (!atEnd()) {
            char c = line.charAt(position++);
            if (c == '"') {
                return value.toString();
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char escaped = atEnd() ? ' ' : line.charAt(position++);
            switch (escaped) {
                case '\\' -> value.append('\\');
                case '"' -> value.append('"');
                case 'n' -> value.append('\n');
                default -> throw new MalformedLineException("unknown escape '\\" + escaped
                        + "' in the value of label '" + labelName + "'");
            }
        }
        throw new MalformedLineException("the value of label '" + labelName + "' has no closing quote");
    }

    private static double number(String text) throws MalformedLineException {
        try {
            return PrometheusNumbers.parse(text);
        } catch (NumberFormatException e) {
            throw new MalformedLineException("'" + text + "' is not a number");
        }
    }

    private static Instant timestamp(String text) throws MalformedLineException {
        try {
            return Instant.ofEpochMilli(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new MalformedLineException("'" + text + "' is not a timestamp in milliseconds");
        }
    }

    private String token() {
        int start = position;
        while (!atEnd() && !isBlank(peek())) {
            position++;
        }
        return line.substring(start, position);
    }

    private void expect(char expected, String where) throws MalformedLineException {
        if (peek() != expected) {
            throw new MalformedLineException("expected '" + expected + "' " + where);
        }
        position++;
    }

    private void skipBlanks() {
        while (!atEnd() && isBlank(peek())) {
            position++;
        }
    }

    private char peek() {
        return atEnd() ? '\0' : line.charAt(position);
    }

    private boolean atEnd() {
        return position >= line.length();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** Metric names are {@code [a-zA-Z_:][a-zA-Z0-9_:]*}; label names the same without ':'. */
    private static boolean isNameCharacter(char c, boolean first, boolean colonAllowed) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
                || (colonAllowed && c == ':') || (!first && c >= '0' && c <= '9');
    }
}
