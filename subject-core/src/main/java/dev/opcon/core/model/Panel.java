package dev.opcon.core.model;

import java.util.List;

/**
 * A piece of the dashboard that a subject describes and the console draws, so that a new subject
 * needs no console change.
 */
public sealed interface Panel permits TablePanel, KeyValuePanel, TimeSeriesPanel {

    /** Stable id, e.g. {@code nodes}; the console keeps focus and sorting by it. */
    String id();

    String title();

    /** The sources this panel is made from: when one is stale or failing the panel says so. */
    List<String> sources();

    /** A short note beside the title ("direct", "3 more keys not shown"); empty for none. */
    String note();
}
