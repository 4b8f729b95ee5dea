package dev.opcon.tikv.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.opcon.core.error.OpconException;
import dev.opcon.tikv.model.RegionHealth.ClassCount;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the regions of a {@code /regions/check/...} answer without holding them: PD lists every
 * region of the class, which during an incident can be hundreds of thousands. PD writes
 * {@code "count"} before {@code "regions"}, so reading normally stops after the count and a few
 * sample ids, and the rest of the body is never read. Should a PD write the list first, counting
 * stops at a cap and the count is reported as a lower bound.
 */
final class RegionCheckReader {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final long cap;
    private final int samples;

    RegionCheckReader(long cap, int samples) {
        this.cap = cap;
        this.samples = samples;
    }

    ClassCount read(InputStream body) throws IOException {
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw OpconException.nonsense("PD answered " + parser.currentToken() + " instead of an object of regions", null);
            }
            long declared = -1;
            long listed = 0;
            List<Long> sample = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("count") && value == JsonToken.VALUE_NUMBER_INT) {
                    declared = parser.getBigIntegerValue().longValue();
                } else if (field.equals("regions") && value == JsonToken.START_ARRAY) {
                    long stopAt = declared >= 0 ? Math.min(samples, declared) : cap;
                    listed = readRegions(parser, sample, stopAt);
                    if (declared >= 0 || listed >= cap) {
                        break;
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (declared >= 0) {
                return new ClassCount(declared, false, sample);
            }
            return new ClassCount(listed, listed >= cap, sample);
        }
    }

    /** Reads region ids until {@code stopAt} regions were seen or the array ends; returns how many were seen. */
    private long readRegions(JsonParser parser, List<Long> sample, long stopAt) throws IOException {
        long seen = 0;
        while (seen < stopAt && parser.nextToken() == JsonToken.START_OBJECT) {
            seen++;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("id") && value == JsonToken.VALUE_NUMBER_INT && sample.size() < samples) {
                    sample.add(parser.getBigIntegerValue().longValue());
                } else {
                    parser.skipChildren();
                }
            }
        }
        return seen;
    }
}
