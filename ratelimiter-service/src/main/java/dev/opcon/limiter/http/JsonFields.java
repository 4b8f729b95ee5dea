package dev.opcon.limiter.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalLong;

/** Reads typed fields out of a request body, refusing wrong types with a 400 that names the field. */
final class JsonFields {

    private JsonFields() {
    }

    static String requiredText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw ApiException.badRequest(field + " is required and must be a non-empty string");
        }
        return value.asText();
    }

    /** Absent and {@code null} both mean "not given". */
    static OptionalLong optionalWholeNumber(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return OptionalLong.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw ApiException.badRequest(field + " must be a whole number");
        }
        return OptionalLong.of(value.asLong());
    }

    static long requiredWholeNumber(JsonNode body, String field) {
        OptionalLong value = optionalWholeNumber(body, field);
        if (value.isEmpty()) {
            throw ApiException.badRequest(field + " is required and must be a whole number");
        }
        return value.getAsLong();
    }
}
