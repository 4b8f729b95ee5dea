package dev.opcon.console.ui.app;

import com.googlecode.lanterna.input.KeyStroke;
import dev.opcon.console.config.Context;
import dev.opcon.console.session.SessionOpener;
import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.input.KeyMap;
import dev.opcon.console.ui.render.KeyHint;
import dev.opcon.console.ui.render.PickerRenderer;
import dev.opcon.console.ui.render.RenderContext;
import dev.opcon.console.ui.view.PickerItem;
import dev.opcon.core.text.Secrets;
import java.util.ArrayList;
import java.util.List;

/** Lists the subjects and the config file's contexts; Enter opens a subject's form or connects a context. */
final class PickerScreen implements Screen {

    private final ConsoleApp app;
    private final List<PickerItem> items;
    private final String configFile;
    private int selected;

    PickerScreen(ConsoleApp app, SessionOpener opener) {
        this.app = app;
        this.items = items(opener);
        this.configFile = opener.config().path().toString();
    }

    @Override
    public void handle(KeyStroke key) {
        KeyMap.navigation(key).ifPresent(command -> {
            switch (command.action()) {
                case QUIT -> app.quit();
                case UP -> selected = Math.max(0, selected - 1);
                case DOWN -> selected = Math.min(items.size() - 1, selected + 1);
                case TOP -> selected = 0;
                case BOTTOM -> selected = items.size() - 1;
                case OPEN -> open();
                case CLOSE, SUBJECTS -> app.backToDashboard();
                case THEME -> app.nextTheme();
                case REDRAW -> app.requestFullRedraw();
                default -> { }
            }
        });
    }

    @Override
    public void draw(Canvas canvas, RenderContext context) {
        List<KeyHint> hints = new ArrayList<>(List.of(new KeyHint("Up/Down", "choose"), new KeyHint("Enter", "open")));
        if (app.hasDashboard()) {
            hints.add(new KeyHint("Esc", "back to the dashboard"));
        }
        hints.add(new KeyHint("t", "theme"));
        hints.add(new KeyHint("q", "quit"));
        PickerRenderer.render(canvas, items, selected, configFile, app.chrome(hints), context);
    }

    private void open() {
        if (items.isEmpty()) {
            return;
        }
        PickerItem item = items.get(selected);
        if (item.kind() == PickerItem.Kind.SUBJECT) {
            app.openForm(item.name(), java.util.Optional.empty(), java.util.Optional.empty());
        } else {
            app.connectContext(item.name());
        }
    }

    private static List<PickerItem> items(SessionOpener opener) {
        List<PickerItem> items = new ArrayList<>();
        opener.registry().available().forEach(subject ->
                items.add(new PickerItem(PickerItem.Kind.SUBJECT, subject.name(), subject.description())));
        for (Context context : opener.config().contexts()) {
            String where = context.options().values().stream().filter(value -> value.contains("://")).findFirst()
                    .map(Secrets::maskUrl).orElse("");
            items.add(new PickerItem(PickerItem.Kind.CONTEXT, context.name(),
                    context.subject() + (where.isEmpty() ? "" : "  " + where)));
        }
        return List.copyOf(items);
    }
}
