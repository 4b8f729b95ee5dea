package dev.opcon.tikv.model;

import java.util.Locale;

/**
 * A store's state as PD names it in {@code state_name}, the only state field that every PD version
 * sends. Disconnected and Down are derived by PD from the heartbeat age of an Up store.
 */
public enum StoreState {
    UP, DISCONNECTED, DOWN, OFFLINE, TOMBSTONE, UNKNOWN;

    public static StoreState fromStateName(String stateName) {
        if (stateName == null) {
            return UNKNOWN;
        }
        return switch (stateName.trim().toLowerCase(Locale.ROOT)) {
            case "up" -> UP;
            case "disconnected" -> DISCONNECTED;
            case "down" -> DOWN;
            case "offline" -> OFFLINE;
            case "tombstone" -> TOMBSTONE;
            default -> UNKNOWN;
        };
    }

    /** Up, Disconnected and Down are all StoreState Up in PD: the store is meant to serve. */
    public boolean meantToServe() {
        return this == UP || this == DISCONNECTED || this == DOWN;
    }
}
