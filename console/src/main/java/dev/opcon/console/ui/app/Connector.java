package dev.opcon.console.ui.app;

import dev.opcon.console.session.Session;
import dev.opcon.console.session.SessionOpener;
import dev.opcon.core.error.OpconException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens sessions and closes them off the UI thread: opening creates a subject and starts its
 * refresh loop, closing waits for the loop to stop. Results come back through the {@link UiQueue}.
 */
public final class Connector {

    private static final Logger LOG = LoggerFactory.getLogger(Connector.class);

    private final SessionOpener opener;
    private final UiQueue queue;

    public Connector(SessionOpener opener, UiQueue queue) {
        this.opener = opener;
        this.queue = queue;
    }

    /** What a connection attempt asks for; also what a failed attempt goes back to. */
    public record Request(String subject, Map<String, String> flags, Optional<String> context, Duration interval) {

        public Request {
            flags = Map.copyOf(flags);
        }
    }

    /**
     * Opens the session on its own thread. {@code opened} and {@code failed} run on the UI thread;
     * the session's frames go to the queue from the first refresh on.
     */
    public void open(Request request, Consumer<Session> opened, BiConsumer<Request, String> failed) {
        Thread thread = new Thread(() -> {
            try {
                Session session = opener.open(request.subject(), request.flags(), request.context(), request.interval());
                session.loop().addListener(frame -> queue.postFrame(session, frame));
                // Queued before the loop starts, so the UI learns of the session before its first frame.
                queue.invokeLater(() -> opened.accept(session));
                session.loop().start();
            } catch (OpconException problem) {
                LOG.info("could not open {}: {}", request.subject(), problem.getMessage());
                queue.invokeLater(() -> failed.accept(request, problem.getMessage()));
            } catch (RuntimeException bug) {
                LOG.error("opening {} failed", request.subject(), bug);
                queue.invokeLater(() -> failed.accept(request, "internal error while opening " + request.subject()
                        + " (" + bug.getClass().getSimpleName() + "); the log file has the details"));
            }
        }, "opcon-connect");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops a session without making the UI wait for its refresh thread. */
    public static void closeInBackground(Session session) {
        Thread thread = new Thread(() -> closeQuietly(session), "opcon-close");
        thread.setDaemon(true);
        thread.start();
    }

    public static void closeQuietly(Session session) {
        try {
            session.close();
        } catch (RuntimeException problem) {
            LOG.warn("closing the session of {} failed", session.subject().name(), problem);
        }
    }
}
