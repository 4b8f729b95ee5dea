package dev.opcon.console.ui.app;

import com.googlecode.lanterna.input.KeyStroke;
import dev.opcon.console.session.Session;
import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.input.Action;
import dev.opcon.console.ui.input.KeyMap;
import dev.opcon.console.ui.render.ConnectingRenderer;
import dev.opcon.console.ui.render.KeyHint;
import dev.opcon.console.ui.render.RenderContext;
import dev.opcon.core.model.Frame;
import dev.opcon.core.model.SourceStatus;
import dev.opcon.core.text.Secrets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * While a session opens and runs its first refresh. The first frame decides: if any source
 * answered, the dashboard opens; if none did, the form comes back saying what failed.
 */
final class ConnectingScreen implements Screen {

    private static final List<KeyHint> HINTS = List.of(new KeyHint("Esc", "cancel"), new KeyHint("q", "quit"));

    private final ConsoleApp app;
    private final Connector.Request request;
    private final Instant started;
    private Session session;

    ConnectingScreen(ConsoleApp app, Connector.Request request, Instant started) {
        this.app = app;
        this.request = request;
        this.started = started;
    }

    /** The session opened; its first frame is on its way. */
    void opened(Session opened) {
        session = opened;
    }

    @Override
    public void frameArrived(Session from, Frame frame) {
        if (from != session) {
            return;
        }
        if (frame.observation().nothingObserved()) {
            Connector.closeInBackground(session);
            app.connectionFailed(request, unreachable(frame));
        } else {
            app.dashboardReady(session, frame);
        }
    }

    @Override
    public void handle(KeyStroke key) {
        KeyMap.navigation(key).ifPresent(command -> {
            if (command.action() == Action.QUIT) {
                app.quit();
            } else if (command.action() == Action.CLOSE) {
                if (session != null) {
                    Connector.closeInBackground(session);
                }
                app.connectionCancelled(request);
            }
        });
    }

    @Override
    public void draw(Canvas canvas, RenderContext context) {
        List<String> endpoints = session == null ? List.of() : session.endpoints();
        ConnectingRenderer.render(canvas, request.subject(), endpoints, Duration.between(started, context.now()),
                app.chrome(HINTS), context);
    }

    /** What to tell the user when not a single source answered: each source, where it is, and why. */
    static String unreachable(Frame frame) {
        StringBuilder message = new StringBuilder("No source of " + frame.observation().subject() + " answered:");
        for (SourceStatus status : frame.observation().sources()) {
            message.append("\n  ").append(status.name()).append(" at ").append(Secrets.maskUrl(status.endpoint()))
                    .append(": ").append(status.error().orElse(status.state().name().toLowerCase()));
        }
        message.append("\nCheck the URLs above, that the services are running, and that this machine can reach them.");
        return message.toString();
    }

    Optional<Session> session() {
        return Optional.ofNullable(session);
    }
}
