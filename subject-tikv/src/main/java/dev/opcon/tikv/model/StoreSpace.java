package dev.opcon.tikv.model;

/**
 * A store's disk space in bytes. PD sends it with four significant digits, Prometheus exactly; zero
 * means unknown.
 */
public record StoreSpace(long capacityBytes, long availableBytes, long usedBytes) {

    public boolean known() {
        return capacityBytes > 0;
    }

    /** available / capacity, as PD's low-space check computes it; NaN when the capacity is unknown. */
    public double availableRatio() {
        return known() ? (double) availableBytes / capacityBytes : Double.NaN;
    }

    /** How full the disk is, from the available bytes (what is not available is used, by TiKV or not). */
    public double usedFraction() {
        return known() ? 1.0 - availableRatio() : Double.NaN;
    }
}
