package dev.opcon.console.ui.render;

import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.canvas.Rectangle;
import dev.opcon.console.ui.canvas.TextWidth;
import dev.opcon.console.ui.view.ChaosEntry;
import dev.opcon.console.ui.view.ChaosMenu;
import dev.opcon.console.ui.view.TableView;
import dev.opcon.core.model.Entry;
import dev.opcon.core.model.Row;
import dev.opcon.core.model.TablePanel;
import dev.opcon.themes.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The boxes drawn over a screen: help, a row's details, the violation history. */
public final class OverlayRenderer {

    private OverlayRenderer() {
    }

    /** Every key, in two columns when there is room, then the warnings. */
    public static void help(Canvas canvas, ScreenChrome chrome, RenderContext context) {
        List<KeyHint> keys = chrome.helpKeys();
        int keyWidth = keys.stream().mapToInt(hint -> TextWidth.of(hint.key())).max().orElse(0);
        int entryWidth = keyWidth + 2 + keys.stream().mapToInt(hint -> TextWidth.of(hint.action())).max().orElse(0);
        Rectangle screen = canvas.bounds().below(1).above(1);
        int warningLines = chrome.warnings().isEmpty() ? 0 : chrome.warnings().size() + 2;
        // Two columns when one is too long for the screen, the actions cut if they must be.
        boolean twoColumns = keys.size() + warningLines + 4 > screen.height() && screen.width() >= 2 * (keyWidth + 18) + 7;
        int columnWidth = twoColumns ? Math.min(entryWidth, (screen.width() - 7) / 2) : entryWidth;
        int perColumn = twoColumns ? (keys.size() + 1) / 2 : keys.size();
        int width = (twoColumns ? 2 * columnWidth + 3 : columnWidth) + 4;
        Rectangle box = screen.centred(Math.max(width, 44), perColumn + warningLines + 4);
        Rectangle inner = overlayBox(canvas, box, "Keys", "theme " + chrome.themeName() + "  Esc closes", context);
        for (int index = 0; index < keys.size(); index++) {
            int column = index / Math.max(1, perColumn);
            int line = index % Math.max(1, perColumn);
            int x = inner.x() + 1 + column * (columnWidth + 3);
            int y = inner.y() + 1 + line;
            if (y >= inner.bottom()) {
                continue;
            }
            KeyHint hint = keys.get(index);
            canvas.write(x, y, hint.key(), Role.KEY_HINT, keyWidth);
            canvas.write(x + keyWidth + 2, y, hint.action(), Role.TEXT, Math.min(columnWidth - keyWidth - 2,
                    inner.right() - x - keyWidth - 2));
        }
        int y = inner.y() + perColumn + 2;
        if (!chrome.warnings().isEmpty() && y < inner.bottom()) {
            canvas.write(inner.x() + 1, y++, "Warnings", Role.WARNING, inner.width() - 2);
            for (String warning : chrome.warnings()) {
                if (y < inner.bottom()) {
                    canvas.write(inner.x() + 1, y++, warning, Role.TEXT, inner.width() - 2);
                }
            }
        }
    }

    /**
     * A row's details, looked up in the newest data; when the row has gone, what it said when it
     * was opened, marked as such.
     */
    public static void detail(Canvas canvas, String panelTitle, Row opened, Optional<Row> current,
                              RenderContext context) {
        Row row = current.orElse(opened);
        List<Entry> entries = new ArrayList<>(row.details());
        if (current.isEmpty()) {
            entries.add(0, new Entry("note", "gone from the latest refresh; showing it as it was", dev.opcon.core.model.Tone.WARNING));
        }
        int labelWidth = entries.stream().mapToInt(entry -> TextWidth.of(entry.label())).max().orElse(0);
        int valueWidth = entries.stream().mapToInt(entry -> TextWidth.of(entry.value())).max().orElse(0);
        Rectangle screen = canvas.bounds().below(1).above(1);
        Rectangle box = screen.centred(Math.max(40, labelWidth + valueWidth + 7), entries.size() + 4);
        Rectangle inner = overlayBox(canvas, box, panelTitle + " " + context.glyphs().dot() + " " + row.key(),
                "Esc closes", context);
        if (entries.isEmpty()) {
            canvas.write(inner.x() + 1, inner.y() + 1, "no details", Role.MUTED, inner.width() - 2);
        }
        for (int index = 0; index < entries.size() && inner.y() + 1 + index < inner.bottom(); index++) {
            Entry entry = entries.get(index);
            int y = inner.y() + 1 + index;
            canvas.write(inner.x() + 1, y, entry.label(), Role.MUTED, labelWidth);
            int valueX = inner.x() + labelWidth + 3;
            canvas.write(valueX, y, entry.value(), Tones.role(entry.tone()), inner.right() - valueX - 1);
        }
    }

    /** The resolved violations as a scrollable table; returns which rows it showed. */
    public static TableRenderer.Shown history(Canvas canvas, TablePanel history, TableView view, RenderContext context) {
        Rectangle screen = canvas.bounds().below(1).above(1);
        Rectangle box = new Rectangle(screen.x() + 2, screen.y(), screen.width() - 4, screen.height());
        Rectangle inner = overlayBox(canvas, box, history.title() + " " + history.rows().size(),
                "Enter details  Esc closes", context);
        SourceLines.Line empty = new SourceLines.Line("no violation has been resolved yet", Role.MUTED);
        return TableRenderer.render(canvas, inner, history, dev.opcon.console.ui.view.TableRows.visible(history, view), view,
                true, empty, context);
    }

    /** The demo's faults: what each breaks, the violation it should cause, whether it is in. */
    public static void chaos(Canvas canvas, ChaosMenu menu, RenderContext context) {
        List<ChaosEntry> entries = menu.entries();
        int labelWidth = entries.stream().mapToInt(entry -> TextWidth.of(entry.label())).max().orElse(10);
        int violationWidth = entries.stream().mapToInt(entry -> TextWidth.of(entry.expectedViolation())).max().orElse(10);
        Rectangle screen = canvas.bounds().below(1).above(1);
        Rectangle box = screen.centred(Math.max(52, labelWidth + violationWidth + 24), entries.size() + 4);
        Rectangle inner = overlayBox(canvas, box, "Chaos", "1-9/Enter toggles  Esc closes", context);
        if (entries.isEmpty()) {
            canvas.write(inner.x() + 1, inner.y() + 1, "no fault to inject", Role.MUTED, inner.width() - 2);
        }
        for (int index = 0; index < entries.size() && inner.y() + 1 + index < inner.bottom(); index++) {
            ChaosEntry entry = entries.get(index);
            Rectangle line = new Rectangle(inner.x(), inner.y() + 1 + index, inner.width(), 1);
            if (index == menu.selected()) {
                canvas.fill(line, Role.SELECTED);
            }
            canvas.write(line.x() + 1, line.y(), String.valueOf(index + 1), Role.KEY_HINT, 2);
            canvas.write(line.x() + 4, line.y(), entry.label(), Role.TEXT, labelWidth);
            canvas.write(line.x() + 6 + labelWidth, line.y(), entry.expectedViolation(), Role.MUTED, violationWidth);
            String state = entry.busy() ? "changing" + context.glyphs().ellipsis() : entry.active() ? "INJECTED" : "";
            canvas.writeRightAligned(line.right() - 1, line.y(), state, entry.active() ? Role.CRITICAL : Role.MUTED, 10);
            if (index == menu.selected()) {
                canvas.restyle(line, Role.SELECTED);
            }
        }
    }

    private static Rectangle overlayBox(Canvas canvas, Rectangle box, String title, String remark,
                                        RenderContext context) {
        canvas.fill(box, Role.OVERLAY);
        Rectangle inner = PanelBox.draw(canvas, box, title, "", true, context.glyphs());
        PanelBox.remark(canvas, box, remark);
        return inner;
    }
}
