package dev.opcon.console.ui.app;

import com.googlecode.lanterna.input.KeyStroke;
import dev.opcon.console.session.Session;
import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.render.RenderContext;
import dev.opcon.core.model.Frame;

/** One screen of the console (picker, form, connecting, dashboard). Called on the UI thread only. */
interface Screen {

    void handle(KeyStroke key);

    void draw(Canvas canvas, RenderContext context);

    /** A session's newest frame; screens that do not show that session ignore it. */
    default void frameArrived(Session session, Frame frame) {
    }
}
