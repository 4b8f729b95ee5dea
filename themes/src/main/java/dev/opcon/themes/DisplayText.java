package dev.opcon.themes;

/**
 * Makes text from theme files and file names safe to show on a terminal: control, bidi and invisible
 * characters become visible escapes, and long text is cut.
 */
final class DisplayText {

    private static final int LONGEST = 60;

    private DisplayText() {
    }

    static String of(String untrusted) {
        StringBuilder out = new StringBuilder(untrusted.length());
        untrusted.codePoints().forEach(codePoint -> {
            if (isUnsafe(codePoint)) {
                out.append(String.format("\\u{%04x}", codePoint));
            } else {
                out.appendCodePoint(codePoint);
            }
        });
        return out.toString();
    }

    /** Safe and at most {@value #LONGEST} characters, for quoting a value in a message. */
    static String shortened(String untrusted) {
        return shortened(untrusted, LONGEST);
    }

    static String shortened(String untrusted, int longest) {
        String safe = of(untrusted);
        if (safe.codePointCount(0, safe.length()) <= longest) {
            return safe;
        }
        return safe.substring(0, safe.offsetByCodePoints(0, longest - 1)) + "…";
    }

    static boolean isClean(String text) {
        return text.codePoints().noneMatch(DisplayText::isUnsafe);
    }

    private static boolean isUnsafe(int codePoint) {
        return codePoint < 0x20
                || (codePoint >= 0x7F && codePoint <= 0x9F)
                || (codePoint >= 0x200B && codePoint <= 0x200F) // zero-width characters, LRM, RLM
                || (codePoint >= 0x202A && codePoint <= 0x202E) // bidi embeddings and overrides
                || (codePoint >= 0x2060 && codePoint <= 0x2069) // word joiner, bidi isolates
                || codePoint == 0xFEFF
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
    }
}
