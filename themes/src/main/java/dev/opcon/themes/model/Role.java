package dev.opcon.themes.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the UI draws, by meaning. Views ask the theme for a role's {@link Style}; they never name a
 * colour. In theme files a role is written in lower case, e.g. {@code border_focused}.
 */
public enum Role {
    /** The canvas: the full-screen UI fills the screen with it; other roles are drawn over it. */
    BACKGROUND,
    /** Ordinary text. */
    TEXT,
    /** Secondary text: units, timestamps, hints that should recede. */
    MUTED,
    /** The top bar: subject, context, refresh state. */
    HEADER,
    /** A panel's title. */
    TITLE,
    /** A panel's border. */
    BORDER,
    /** The border of the panel that has the keyboard focus. */
    BORDER_FOCUSED,
    /** The selected row of a table or list. */
    SELECTED,
    /** A table's column headings. */
    TABLE_HEADER,
    /** A healthy state. */
    OK,
    /** Information-level severity. */
    INFO,
    /** Warning-level severity. */
    WARNING,
    /** Critical-level severity. */
    CRITICAL,
    /** A source whose data is stale (shown with its age). */
    STALE,
    /** A source that fails (shown with its reason). */
    ERROR,
    /** The filled part of a bar below about 80 %. */
    BAR_FILL,
    /** The filled part of a bar over about 80 %. */
    BAR_WARNING,
    /** The filled part of a bar at or over 100 %. */
    BAR_CRITICAL,
    /** The empty part of a bar. */
    BAR_EMPTY,
    /** A sparkline (time series in one line). */
    SPARKLINE,
    /** Key names in the help overlay and the footer. */
    KEY_HINT,
    /** The help and detail overlays; text in an overlay is drawn over it. */
    OVERLAY,
    /** The narration line of the demo tour. */
    NARRATION;

    /** The name used in theme files, e.g. {@code bar_warning}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with this theme-file name, exactly as {@link #jsonName()} writes it. */
    public static Optional<Role> fromJsonName(String jsonName) {
        return Arrays.stream(values()).filter(role -> role.jsonName().equals(jsonName)).findFirst();
    }
}
