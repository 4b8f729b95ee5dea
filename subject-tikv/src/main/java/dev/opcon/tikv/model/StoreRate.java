package dev.opcon.tikv.model;

/** One store's read and write rates per second, from PD's {@code /hotspot/stores}. */
public record StoreRate(double readBytes, double writeBytes, double readKeys, double writeKeys,
                        double readQuery, double writeQuery) {

    public static final StoreRate ZERO = new StoreRate(0, 0, 0, 0, 0, 0);

    public double queries() {
        return readQuery + writeQuery;
    }
}
