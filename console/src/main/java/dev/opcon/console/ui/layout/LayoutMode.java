package dev.opcon.console.ui.layout;

/** How much the screen can show. */
public enum LayoutMode {
    /** 80x24 and up: every panel at once, in a grid. */
    FULL,
    /** Down to 40x12: one panel at a time, chosen with Tab, and a one-line violation summary. */
    COMPACT,
    /** Smaller: one line asking for a larger terminal. */
    TOO_SMALL;

    public static final int FULL_WIDTH = 80;
    public static final int FULL_HEIGHT = 24;
    public static final int SMALLEST_WIDTH = 40;
    public static final int SMALLEST_HEIGHT = 12;

    public static LayoutMode forSize(int width, int height) {
        if (width < SMALLEST_WIDTH || height < SMALLEST_HEIGHT) {
            return TOO_SMALL;
        }
        return width >= FULL_WIDTH && height >= FULL_HEIGHT ? FULL : COMPACT;
    }
}
