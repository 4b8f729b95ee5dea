package dev.opcon.core.prometheus;

/**
 * One {@code _bucket} sample of a histogram.
 *
 * @param upperBound the {@code le} label; the last bucket's is {@code +Inf}
 * @param cumulativeCount observations less than or equal to the bound, since the process started
 */
public record Bucket(double upperBound, double cumulativeCount) {
}
