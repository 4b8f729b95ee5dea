package dev.opcon.console.ui.render;

import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.canvas.Rectangle;
import dev.opcon.console.ui.canvas.TextWidth;
import dev.opcon.console.ui.canvas.TextWrap;
import dev.opcon.console.ui.layout.LayoutMode;
import dev.opcon.console.ui.view.FormState;
import dev.opcon.core.spi.OptionSpec;
import dev.opcon.core.text.Secrets;
import dev.opcon.themes.model.Role;
import java.util.List;

/**
 * The connection form: one field per option, with what it is and where else it can come from, and
 * below it why the last attempt failed. Secrets show as a mask and URLs with their password masked.
 */
public final class FormRenderer {

    private FormRenderer() {
    }

    public static void render(Canvas canvas, FormState form, ScreenChrome chrome, RenderContext context) {
        if (LayoutMode.forSize(canvas.width(), canvas.height()) == LayoutMode.TOO_SMALL) {
            TooSmallRenderer.render(canvas);
            return;
        }
        Rectangle screen = canvas.bounds();
        HeaderRenderer.simple(canvas, screen.line(0), "opcon " + context.glyphs().dot() + " connect to "
                + form.subject() + form.context().map(name -> " @ " + name).orElse(""), context);
        Rectangle box = screen.below(1).above(1);
        box = new Rectangle(box.x() + 1, box.y(), box.width() - 2, box.height());
        Rectangle inner = PanelBox.draw(canvas, box, form.subject(), form.description(), true, context.glyphs());
        List<OptionSpec> options = form.options();
        int labelWidth = Math.min(inner.width() / 3,
                options.stream().mapToInt(option -> TextWidth.of(option.name()) + 1).max().orElse(8));
        // The reason a connection failed matters more than the optional fields it may cover.
        int errorLines = form.error().map(error -> Math.min(Math.max(8, inner.height() * 2 / 3),
                TextWrap.lines(error, inner.width() - 4).size() + 2)).orElse(0);
        boolean withDescriptions = options.size() * 2 + errorLines <= inner.height();
        int y = inner.y();
        for (int index = 0; index < options.size() && y < inner.bottom(); index++) {
            drawField(canvas, inner, y++, labelWidth, options.get(index), form.value(index), index == form.focused(),
                    context);
            if (withDescriptions && y < inner.bottom()) {
                canvas.write(inner.x() + labelWidth + 3, y++, describe(options.get(index)), Role.MUTED,
                        inner.width() - labelWidth - 4);
            }
        }
        form.error().ifPresent(error -> drawError(canvas, inner, inner.bottom() - errorLines, error));
        StatusLineRenderer.render(canvas, screen.bottomLines(1), chrome, context);
    }

    private static void drawField(Canvas canvas, Rectangle inner, int y, int labelWidth, OptionSpec option,
                                  String value, boolean focused, RenderContext context) {
        canvas.write(inner.x() + 1, y, option.name() + (option.required() ? "*" : ""),
                focused ? Role.KEY_HINT : Role.TEXT, labelWidth);
        Rectangle field = new Rectangle(inner.x() + labelWidth + 2, y, inner.width() - labelWidth - 3, 1);
        canvas.fill(field, focused ? Role.SELECTED : Role.OVERLAY);
        String shown = shownValue(option, value, context.glyphs());
        int room = field.width() - 2;
        String fitted = focused ? TextWrap.tail(shown, room, context.glyphs().ellipsis()) : shown;
        int written = canvas.write(field.x() + 1, y, fitted, focused ? Role.SELECTED : Role.TEXT, room);
        if (focused) {
            canvas.write(field.x() + 1 + written, y, context.glyphs().cursor(), Role.SELECTED, 1);
        }
    }

    /**
     * What a field shows: a URL with its password masked (and, for a secret option, its query too,
     * where tokens go); any other secret as a mask; the rest as typed.
     */
    static String shownValue(OptionSpec option, String value, Glyphs glyphs) {
        if (value.contains("://")) {
            String masked = Secrets.maskUrl(value);
            int query = masked.indexOf('?');
            return option.secret() && query >= 0 ? masked.substring(0, query) + "?***" : masked;
        }
        return option.secret() ? glyphs.secretMask().repeat(value.codePointCount(0, value.length())) : value;
    }

    private static String describe(OptionSpec option) {
        StringBuilder text = new StringBuilder(option.description());
        option.environmentVariable().ifPresent(variable -> text.append(" (env ").append(variable).append(')'));
        option.defaultValue().ifPresent(value -> text.append(", default ").append(value));
        if (!option.required()) {
            text.append(", optional");
        }
        return text.toString();
    }

    private static void drawError(Canvas canvas, Rectangle inner, int top, String error) {
        int y = Math.max(inner.y(), top);
        canvas.write(inner.x() + 1, y++, "Could not connect", Role.ERROR, inner.width() - 2);
        for (String line : TextWrap.lines(error, inner.width() - 4)) {
            if (y >= inner.bottom()) {
                return;
            }
            canvas.write(inner.x() + 3, y++, line, Role.TEXT, inner.width() - 4);
        }
    }
}
