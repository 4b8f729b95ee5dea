package dev.opcon.console.ui.canvas;

import com.googlecode.lanterna.TerminalTextUtils;
import dev.opcon.core.text.SafeText;

/**
 * Splits text into the glyphs a terminal draws, each one or two cells wide. Whatever a terminal
 * would not draw as exactly one glyph of a known width becomes a visible escape: control
 * characters (so an {@code ESC [2J} in a key name can never clear the screen), combining marks
 * and format characters (terminals disagree on their width, and Lanterna counts a base character
 * with a combining mark as two cells), and astral characters outside the emoji and CJK ranges.
 * The screen and the terminal then always agree on where every cell is.
 */
public final class TextWidth {

    private static final int CACHED = 0x3000;
    private static final String[] GLYPHS = new String[CACHED];

    private TextWidth() {
    }

    /** Receives each glyph; returns false to stop. */
    @FunctionalInterface
    public interface GlyphSink {
        boolean accept(String glyph, int width);
    }

    public static void forEachGlyph(String text, GlyphSink sink) {
        int index = 0;
        while (index < text.length()) {
            int codePoint = text.codePointAt(index);
            index += Character.charCount(codePoint);
            if (codePoint >= 0x20 && codePoint < 0x7F) {
                if (!sink.accept(glyph(codePoint), 1)) {
                    return;
                }
                continue;
            }
            String escape = escapeOf(codePoint);
            if (escape != null) {
                for (int i = 0; i < escape.length(); i++) {
                    if (!sink.accept(glyph(escape.charAt(i)), 1)) {
                        return;
                    }
                }
            } else if (!sink.accept(glyph(codePoint), isWide(codePoint) ? 2 : 1)) {
                return;
            }
        }
    }

    /** How many cells the text takes. */
    public static int of(String text) {
        int[] width = {0};
        forEachGlyph(text, (glyph, cells) -> {
            width[0] += cells;
            return true;
        });
        return width[0];
    }

    /** The text cut to at most {@code width} cells, the cut marked with {@code ellipsis} (one cell). */
    public static String fit(String text, int width, String ellipsis) {
        if (width <= 0) {
            return "";
        }
        if (isPlainAscii(text) && text.length() <= width) {
            return text;
        }
        if (of(text) <= width) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        int[] used = {0};
        int room = width - 1;
        forEachGlyph(text, (glyph, cells) -> {
            if (used[0] + cells > room) {
                return false;
            }
            kept.append(glyph);
            used[0] += cells;
            return true;
        });
        return kept.append(ellipsis).toString();
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char character = text.charAt(i);
            if (character < 0x20 || character >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** The visible escape a code point is drawn as, or null when it is drawn as itself. */
    private static String escapeOf(int codePoint) {
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            return "\\u{fffd}";
        }
        if (codePoint <= 0xFFFF) {
            String safe = SafeText.of(String.valueOf((char) codePoint));
            if (safe.length() != 1) {
                return safe;
            }
        }
        int type = Character.getType(codePoint);
        boolean zeroWidth = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT || type == Character.UNASSIGNED;
        boolean uncertainAstral = codePoint > 0xFFFF && !isWideAstral(codePoint);
        return zeroWidth || uncertainAstral ? String.format("\\u{%04x}", codePoint) : null;
    }

    /** Emoji and CJK extensions, which terminals and Lanterna both draw two cells wide; skin-tone modifiers excluded. */
    private static boolean isWideAstral(int codePoint) {
        boolean emoji = codePoint >= 0x1F300 && codePoint <= 0x1FAFF && !(codePoint >= 0x1F3FB && codePoint <= 0x1F3FF);
        boolean ideographs = codePoint >= 0x20000 && codePoint <= 0x3FFFD;
        return emoji || ideographs;
    }

    private static boolean isWide(int codePoint) {
        return codePoint > 0xFFFF || TerminalTextUtils.isCharDoubleWidth((char) codePoint);
    }

    private static String glyph(int codePoint) {
        if (codePoint >= CACHED) {
            return new String(Character.toChars(codePoint));
        }
        String cached = GLYPHS[codePoint];
        if (cached == null) {
            cached = String.valueOf((char) codePoint);
            GLYPHS[codePoint] = cached;
        }
        return cached;
    }
}
