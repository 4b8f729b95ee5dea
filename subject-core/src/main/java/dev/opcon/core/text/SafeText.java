package dev.opcon.core.text;

/**
 * Makes untrusted text (Redis key names, node ids, server error messages) safe to put on a terminal.
 * Control characters (C0, DEL, C1), bidi controls and invisible characters become visible escapes,
 * so {@code ESC [ 2 J} shows as {@code \e[2J} instead of clearing the screen. Applied once, where the
 * text enters the program; applying it again changes nothing.
 */
public final class SafeText {

    private SafeText() {
    }

    public static String of(String untrusted) {
        if (untrusted == null) {
            return "";
        }
        if (isClean(untrusted)) {
            return untrusted;
        }
        StringBuilder out = new StringBuilder(untrusted.length() + 8);
        untrusted.codePoints().forEach(codePoint -> appendSafe(out, codePoint));
        return out.toString();
    }

    /** Cuts text to at most {@code width} terminal columns, marking the cut with an ellipsis. */
    public static String truncate(String text, int width) {
        if (width <= 0) {
            return "";
        }
        if (text.codePointCount(0, text.length()) <= width) {
            return text;
        }
        int end = text.offsetByCodePoints(0, Math.max(0, width - 1));
        return text.substring(0, end) + "…";
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (needsEscape(c) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static void appendSafe(StringBuilder out, int codePoint) {
        switch (codePoint) {
            case 0x1B -> out.append("\\e");
            case 0x07 -> out.append("\\a");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\b' -> out.append("\\b");
            default -> {
                if (codePoint > 0xFFFF || !needsEscape((char) codePoint)) {
                    if (Character.isValidCodePoint(codePoint) && !isLoneSurrogate(codePoint)) {
                        out.appendCodePoint(codePoint);
                    } else {
                        out.append("\\u{fffd}");
                    }
                } else if (codePoint < 0x100) {
                    out.append(String.format("\\x%02x", codePoint));
                } else {
                    out.append(String.format("\\u{%04x}", codePoint));
                }
            }
        }
    }

    private static boolean isLoneSurrogate(int codePoint) {
        return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    }

    private static boolean needsEscape(char c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF // invisible
                || (c >= 0x200E && c <= 0x200F) // LRM, RLM
                || (c >= 0x202A && c <= 0x202E) // bidi embeddings and overrides
                || (c >= 0x2066 && c <= 0x2069); // bidi isolates
    }
}
