package dev.opcon.console.ui.canvas;

/** A region of the screen in cells; never negative in size. */
public record Rectangle(int x, int y, int width, int height) {

    public Rectangle {
        width = Math.max(0, width);
        height = Math.max(0, height);
    }

    public static Rectangle of(int width, int height) {
        return new Rectangle(0, 0, width, height);
    }

    public boolean isEmpty() {
        return width == 0 || height == 0;
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    /** The area inside a one-cell border. */
    public Rectangle inner() {
        return new Rectangle(x + 1, y + 1, width - 2, height - 2);
    }

    /** The {@code index}-th line of this area, one cell high. */
    public Rectangle line(int index) {
        return new Rectangle(x, y + index, width, index < height ? 1 : 0);
    }

    /** The top {@code lines} lines. */
    public Rectangle top(int lines) {
        return new Rectangle(x, y, width, Math.min(lines, height));
    }

    /** What is left below the top {@code lines} lines. */
    public Rectangle below(int lines) {
        int taken = Math.min(lines, height);
        return new Rectangle(x, y + taken, width, height - taken);
    }

    /** The bottom {@code lines} lines. */
    public Rectangle bottomLines(int lines) {
        int taken = Math.min(lines, height);
        return new Rectangle(x, y + height - taken, width, taken);
    }

    /** What is left above the bottom {@code lines} lines. */
    public Rectangle above(int lines) {
        return new Rectangle(x, y, width, height - Math.min(lines, height));
    }

    /** The left {@code columns} columns. */
    public Rectangle left(int columns) {
        return new Rectangle(x, y, Math.min(columns, width), height);
    }

    /** What is right of the left {@code columns} columns. */
    public Rectangle rightOf(int columns) {
        int taken = Math.min(columns, width);
        return new Rectangle(x + taken, y, width - taken, height);
    }

    /** A rectangle of at most this size centred in this one. */
    public Rectangle centred(int wantedWidth, int wantedHeight) {
        int actualWidth = Math.min(wantedWidth, width);
        int actualHeight = Math.min(wantedHeight, height);
        return new Rectangle(x + (width - actualWidth) / 2, y + (height - actualHeight) / 2, actualWidth, actualHeight);
    }
}
