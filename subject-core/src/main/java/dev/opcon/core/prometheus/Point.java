package dev.opcon.core.prometheus;

import java.time.Instant;

/** A value at a time: one step of a range query's series, or one reading of a counter. */
public record Point(Instant time, double value) {
}
