package dev.opcon.ratelimiter.client;

import dev.opcon.core.text.SafeText;
import java.util.HashMap;
import java.util.Map;

/** The {@code field:value} lines of Redis's INFO answer. */
record RedisInfo(Map<String, String> fields) {

    static RedisInfo parse(String info) {
        Map<String, String> fields = new HashMap<>();
        for (String line : info.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith("#")) {
                fields.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        return new RedisInfo(Map.copyOf(fields));
    }

    long number(String field, long fallback) {
        try {
            return Long.parseLong(fields.getOrDefault(field, ""));
        } catch (NumberFormatException absent) {
            return fallback;
        }
    }

    double decimal(String field) {
        try {
            return Double.parseDouble(fields.getOrDefault(field, ""));
        } catch (NumberFormatException absent) {
            return Double.NaN;
        }
    }

    String text(String field) {
        return SafeText.of(fields.getOrDefault(field, ""));
    }
}
