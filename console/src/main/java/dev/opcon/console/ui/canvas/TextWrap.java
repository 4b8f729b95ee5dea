package dev.opcon.console.ui.canvas;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines of a display width, at spaces where it can. */
public final class TextWrap {

    private TextWrap() {
    }

    public static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        if (width <= 0) {
            return lines;
        }
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, width, lines);
        }
        return lines;
    }

    /** The end of the text that fits in {@code width} cells, with an ellipsis in front when cut. */
    public static String tail(String text, int width, String ellipsis) {
        if (TextWidth.of(text) <= width) {
            return text;
        }
        int start = text.length();
        int used = 1;
        while (start > 0) {
            int previous = text.offsetByCodePoints(start, -1);
            int cells = TextWidth.of(text.substring(previous, start));
            if (used + cells > width) {
                break;
            }
            used += cells;
            start = previous;
        }
        return ellipsis + text.substring(start);
    }

    private static void wrapParagraph(String paragraph, int width, List<String> lines) {
        String indent = paragraph.substring(0, paragraph.length() - paragraph.stripLeading().length());
        StringBuilder line = new StringBuilder(indent);
        for (String word : paragraph.stripLeading().split(" ")) {
            String candidate = line.length() == indent.length() ? line + word : line + " " + word;
            if (TextWidth.of(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > indent.length()) {
                lines.add(line.toString());
            }
            String rest = word;
            while (TextWidth.of(indent + rest) > width && rest.length() > 1) {
                String head = TextWidth.fit(indent + rest, width, "");
                String cut = head.substring(Math.min(head.length(), indent.length()));
                if (cut.isEmpty()) {
                    break;
                }
                lines.add(indent + cut);
                rest = rest.substring(cut.length());
            }
            line.setLength(0);
            line.append(indent).append(rest);
        }
        lines.add(line.toString());
    }
}
