package dev.opcon.tikv.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.core.text.SafeText;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Lenient reads of PD's JSON: every field may be absent (Go's {@code omitempty}), numbers may be
 * unsigned 64-bit, and every string is made safe for a terminal here, where it enters.
 */
final class JsonFields {

    private static final BigInteger UNSIGNED_LONG_MASK = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private JsonFields() {
    }

    static boolean present(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /** Safe text, or "" when absent. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return "";
        }
        return SafeText.of(value.asText());
    }

    /** An unsigned 64-bit number held in a long (0 when absent), from a JSON number or a numeric string. */
    static long unsignedLong(JsonNode node, String field) {
        return bigInteger(node, field).and(UNSIGNED_LONG_MASK).longValue();
    }

    static OptionalLong optionalUnsignedLong(JsonNode node, String field) {
        return present(node, field) ? OptionalLong.of(unsignedLong(node, field)) : OptionalLong.empty();
    }

    static BigInteger bigInteger(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return BigInteger.ZERO;
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue();
        }
        if (value.isNumber()) {
            return value.decimalValue().toBigInteger();
        }
        try {
            return new BigInteger(value.asText().trim());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(field + " is '" + SafeText.of(value.asText()) + "', not a number");
        }
    }

    static double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return 0;
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        try {
            return Double.parseDouble(value.asText().trim());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(field + " is '" + SafeText.of(value.asText()) + "', not a number");
        }
    }

    static boolean flag(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.asBoolean(false);
    }

    static List<String> texts(JsonNode node, String field) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : node.path(field)) {
            texts.add(SafeText.of(item.asText()));
        }
        return texts;
    }

    /** An RFC 3339 time in any zone; empty when absent, unreadable or Go's zero time. */
    static Optional<Instant> time(JsonNode node, String field) {
        String text = text(node, field);
        if (text.isEmpty() || text.startsWith("0001-01-01")) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    /** Unix nanoseconds as an instant; empty when absent or zero. */
    static Optional<Instant> epochNanos(JsonNode node, String field) {
        long nanos = unsignedLong(node, field);
        if (nanos <= 0) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(nanos / 1_000_000_000L, nanos % 1_000_000_000L));
    }
}
