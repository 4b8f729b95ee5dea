package dev.opcon.core.prometheus;

/** The {@code # TYPE} of a metric family; UNTYPED when the page gives none. */
public enum MetricType {
    COUNTER, GAUGE, HISTOGRAM, SUMMARY, UNTYPED
}
