package dev.opcon.console.ui.canvas;

import dev.opcon.themes.model.Role;

/**
 * A screen's worth of cells, each a glyph drawn in a theme {@link Role} on a surface role (the
 * background, a header bar, an overlay, a selected row). Renderers draw on it without knowing the
 * terminal; the painter turns roles into the theme's colours. Text is made visible and safe here,
 * so nothing a subject reports can reach the terminal as a control sequence.
 */
public final class Canvas {

    private static final Role[] ROLES = Role.values();
    private static final String BLANK = " ";

    private final int width;
    private final int height;
    private final String ellipsis;
    /** Null marks the right half of a two-cell glyph. */
    private final String[] glyphs;
    private final byte[] roles;
    private final byte[] surfaces;

    public Canvas(int width, int height, String ellipsis) {
        this.width = Math.max(0, width);
        this.height = Math.max(0, height);
        this.ellipsis = ellipsis;
        int cells = this.width * this.height;
        this.glyphs = new String[cells];
        this.roles = new byte[cells];
        this.surfaces = new byte[cells];
        clear();
    }

    /** Blanks the whole canvas, so it can be drawn on again instead of allocating another. */
    public void clear() {
        java.util.Arrays.fill(glyphs, BLANK);
        java.util.Arrays.fill(roles, (byte) Role.TEXT.ordinal());
        java.util.Arrays.fill(surfaces, (byte) Role.BACKGROUND.ordinal());
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Rectangle bounds() {
        return Rectangle.of(width, height);
    }

    public String ellipsis() {
        return ellipsis;
    }

    /** Blanks the area and makes {@code surface} what is drawn on there. */
    public void fill(Rectangle area, Role surface) {
        int left = Math.max(0, area.x());
        int right = Math.min(width, area.right());
        int top = Math.max(0, area.y());
        int bottom = Math.min(height, area.bottom());
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                int index = y * width + x;
                glyphs[index] = BLANK;
                roles[index] = (byte) surface.ordinal();
                surfaces[index] = (byte) surface.ordinal();
            }
        }
    }

    /** Gives the area's cells a new role, keeping their glyphs (a selected row, say). */
    public void restyle(Rectangle area, Role role) {
        int right = Math.min(width, area.right());
        int bottom = Math.min(height, area.bottom());
        for (int y = Math.max(0, area.y()); y < bottom; y++) {
            for (int x = Math.max(0, area.x()); x < right; x++) {
                roles[y * width + x] = (byte) role.ordinal();
            }
        }
    }

    /**
     * Writes text from {@code (x, y)} in at most {@code maxWidth} cells, cutting it with an ellipsis
     * when it does not fit. Returns the number of cells written.
     */
    public int write(int x, int y, String text, Role role, int maxWidth) {
        int room = Math.min(maxWidth, width - x);
        if (y < 0 || y >= height || room <= 0 || x < 0) {
            return 0;
        }
        String fitted = TextWidth.fit(text, room, ellipsis);
        int[] column = {x};
        TextWidth.forEachGlyph(fitted, (glyph, cells) -> {
            if (column[0] + cells > x + room) {
                return false;
            }
            set(column[0], y, glyph, cells, role);
            column[0] += cells;
            return true;
        });
        return column[0] - x;
    }

    /** Writes text from {@code (x, y)} up to the right edge of the canvas. */
    public int write(int x, int y, String text, Role role) {
        return write(x, y, text, role, width - x);
    }

    /** Writes text so that it ends at column {@code rightEdge} (exclusive); returns where it starts. */
    public int writeRightAligned(int rightEdge, int y, String text, Role role, int maxWidth) {
        int textWidth = Math.min(TextWidth.of(text), maxWidth);
        int start = rightEdge - textWidth;
        write(start, y, text, role, textWidth);
        return start;
    }

    /** Repeats one glyph of one cell along a line. */
    public void repeat(int x, int y, int count, String glyph, Role role) {
        for (int column = x; column < x + count; column++) {
            if (column >= 0 && column < width && y >= 0 && y < height) {
                set(column, y, glyph, 1, role);
            }
        }
    }

    public String glyph(int x, int y) {
        String glyph = glyphs[y * width + x];
        return glyph == null ? "" : glyph;
    }

    public Role role(int x, int y) {
        return ROLES[roles[y * width + x]];
    }

    public Role surface(int x, int y) {
        return ROLES[surfaces[y * width + x]];
    }

    /** True when the cell is the right half of a two-cell glyph, drawn by its left neighbour. */
    public boolean isContinuation(int x, int y) {
        return glyphs[y * width + x] == null;
    }

    /** One line as text, trailing blanks removed. */
    public String line(int y) {
        StringBuilder line = new StringBuilder(width);
        for (int x = 0; x < width; x++) {
            String glyph = glyphs[y * width + x];
            if (glyph != null) {
                line.append(glyph);
            }
        }
        return line.toString().stripTrailing();
    }

    /** The whole canvas as lines of text, for tests and logs. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        for (int y = 0; y < height; y++) {
            text.append(line(y)).append('\n');
        }
        return text.toString();
    }

    private void set(int x, int y, String glyph, int cells, Role role) {
        int index = y * width + x;
        // Overwriting half of a wide glyph would leave the terminal and the screen out of step.
        if (glyphs[index] == null && x > 0) {
            glyphs[index - 1] = BLANK;
        }
        int after = x + cells;
        if (after < width && glyphs[y * width + after] == null) {
            glyphs[y * width + after] = BLANK;
        }
        glyphs[index] = glyph;
        roles[index] = (byte) role.ordinal();
        if (cells == 2 && x + 1 < width) {
            glyphs[index + 1] = null;
            roles[index + 1] = (byte) role.ordinal();
        }
    }
}
