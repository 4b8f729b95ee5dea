package dev.opcon.console.ui.app;

import com.googlecode.lanterna.input.KeyStroke;
import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.input.KeyMap;
import dev.opcon.console.ui.render.FormRenderer;
import dev.opcon.console.ui.render.KeyHint;
import dev.opcon.console.ui.render.RenderContext;
import dev.opcon.console.ui.view.FormState;
import java.util.List;

/** A subject's options, prefilled; Enter connects, and a failed connection comes back here with its reason. */
final class FormScreen implements Screen {

    private static final List<KeyHint> HINTS = List.of(new KeyHint("Enter", "connect"),
            new KeyHint("Tab/Up/Down", "field"), new KeyHint("Ctrl-U", "clear"), new KeyHint("Esc", "back"),
            new KeyHint("Ctrl-C", "quit"));

    private final ConsoleApp app;
    private final FormState form;

    FormScreen(ConsoleApp app, FormState form) {
        this.app = app;
        this.form = form;
    }

    @Override
    public void handle(KeyStroke key) {
        KeyMap.editing(key).ifPresent(edit -> {
            switch (edit.kind()) {
                case TYPE -> form.type(edit.character());
                case BACKSPACE -> form.backspace();
                case CLEAR -> form.clear();
                case NEXT_FIELD -> form.moveFocus(1);
                case PREVIOUS_FIELD -> form.moveFocus(-1);
                case ACCEPT -> {
                    form.setError(java.util.Optional.empty());
                    app.connect(form.subject(), form.filledIn(), form.context());
                }
                case CANCEL -> app.showPicker();
                case QUIT -> app.quit();
            }
        });
    }

    @Override
    public void draw(Canvas canvas, RenderContext context) {
        FormRenderer.render(canvas, form, app.chrome(HINTS), context);
    }
}
