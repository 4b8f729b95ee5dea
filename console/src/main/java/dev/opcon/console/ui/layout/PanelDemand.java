package dev.opcon.console.ui.layout;

/**
 * How much room a panel needs, in lines including its border.
 *
 * @param kind tables are placed beside the smaller panels on wide screens; the violation list
 *             always spans the full width at the bottom
 */
public record PanelDemand(String id, Kind kind, int minimum, int desired) {

    public enum Kind { TABLE, SMALL, VIOLATIONS }

    public PanelDemand {
        minimum = Math.max(3, minimum);
        desired = Math.max(minimum, desired);
    }
}
