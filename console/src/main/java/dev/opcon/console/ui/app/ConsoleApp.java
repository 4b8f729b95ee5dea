package dev.opcon.console.ui.app;

import com.googlecode.lanterna.input.KeyStroke;
import dev.opcon.console.session.Session;
import dev.opcon.console.session.SessionOpener;
import dev.opcon.console.ui.ConsoleLaunch;
import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.input.KeyMap;
import dev.opcon.console.ui.render.KeyHint;
import dev.opcon.console.ui.render.RenderContext;
import dev.opcon.console.ui.render.ScreenChrome;
import dev.opcon.console.ui.view.ChaosMenu;
import dev.opcon.console.ui.view.FormState;
import dev.opcon.console.ui.view.StatusMessage;
import dev.opcon.core.error.OpconException;
import dev.opcon.core.model.Frame;
import dev.opcon.core.spi.OptionSpec;
import dev.opcon.core.spi.Options;
import dev.opcon.themes.ThemeChoice;
import dev.opcon.themes.ThemeRegistry;
import dev.opcon.themes.model.Theme;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's state and the moves between its screens: picker, form, connecting, dashboard.
 * Confined to the UI thread; other threads reach it only through the {@link UiQueue}. It never
 * waits for I/O: sessions open and close on their own threads.
 */
public final class ConsoleApp {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleApp.class);
    private static final Duration INFO_SHOWN = Duration.ofSeconds(5);
    private static final Duration WARNING_SHOWN = Duration.ofSeconds(60);

    private final ConsoleLaunch launch;
    private final SessionOpener opener;
    private final ThemeRegistry themes;
    private final Connector connector;
    private final Clock clock;
    private final ZoneId zone;
    private final List<String> warnings = new ArrayList<>();
    private final Intervals intervals;
    private final Optional<DemoControls> demo;
    private Theme theme;
    private Optional<StatusMessage> status = Optional.empty();
    private Screen screen;
    private DashboardScreen dashboard;
    private boolean running = true;
    private boolean fullRedraw;
    private boolean warningsRead;

    public ConsoleApp(ConsoleLaunch launch, ThemeRegistry themes, ThemeChoice choice, UiQueue queue, Clock clock,
                      ZoneId zone) {
        this.launch = launch;
        this.opener = launch.opener();
        this.themes = themes;
        this.connector = new Connector(opener, queue);
        this.clock = clock;
        this.zone = zone;
        this.theme = choice.theme();
        this.intervals = new Intervals(launch.interval());
        this.demo = launch.demo().map(hooks -> new DemoControls(hooks, queue, this));
        warnings.addAll(choice.warnings());
        warnings.addAll(opener.config().warnings());
    }

    /** Opens the first screen: the subject's connection when the command line named one, else the picker. */
    public void start() {
        if (launch.subject().isPresent()) {
            connect(launch.subject().get(), launch.flagOptions(), launch.context());
        } else if (launch.context().isPresent()) {
            connectContext(launch.context().get());
        } else {
            showPicker();
        }
    }

    public boolean running() {
        return running;
    }

    public void handle(KeyStroke key) {
        try {
            screen.handle(key);
        } catch (OpconException problem) {
            say(problem.getMessage(), StatusMessage.Level.ERROR);
        } catch (RuntimeException bug) {
            LOG.error("handling key {} failed", key, bug);
            say("internal error (" + bug.getClass().getSimpleName() + "); the log file has the details",
                    StatusMessage.Level.ERROR);
        }
    }

    public void frameArrived(Session session, Frame frame) {
        if (dashboard != null) {
            dashboard.frameArrived(session, frame);
        }
        if (screen != dashboard) {
            screen.frameArrived(session, frame);
        }
    }

    public void draw(Canvas canvas) {
        screen.draw(canvas, renderContext());
    }

    /** True once after Ctrl-L or a theme change: the terminal should be repainted completely. */
    public boolean takeFullRedraw() {
        boolean wanted = fullRedraw;
        fullRedraw = false;
        return wanted;
    }

    public Theme theme() {
        return theme;
    }

    public RenderContext renderContext() {
        return RenderContext.of(theme, clock.instant(), zone);
    }

    /** The sessions to close when the console ends. */
    public List<Session> sessions() {
        List<Session> sessions = new ArrayList<>();
        if (dashboard != null) {
            sessions.add(dashboard.session());
        }
        if (screen instanceof ConnectingScreen connecting) {
            connecting.session().ifPresent(sessions::add);
        }
        return sessions;
    }

    ScreenChrome chrome(List<KeyHint> hints) {
        Optional<StatusMessage> shown = status.filter(message -> message.shownAt(clock.instant()));
        return new ScreenChrome(shown, hints, KeyMap.DASHBOARD_HELP, warnings, !warningsRead, theme.name(),
                demo.flatMap(DemoControls::narration),
                demo.map(controls -> new ChaosMenu(controls.entries(), controls.selected())));
    }

    void say(String text, StatusMessage.Level level) {
        Duration shown = level == StatusMessage.Level.INFO ? INFO_SHOWN : WARNING_SHOWN;
        status = Optional.of(new StatusMessage(text, level, clock.instant().plus(shown)));
    }

    /** The help overlay lists every warning: once it has been open, the status line stops repeating them. */
    void helpShown() {
        warningsRead = true;
    }

    void quit() {
        running = false;
    }

    void requestFullRedraw() {
        fullRedraw = true;
    }

    void nextTheme() {
        theme = themes.next(theme.name());
        fullRedraw = true;
        say("theme " + theme.name() + ": " + theme.description(), StatusMessage.Level.INFO);
    }

    Optional<DemoControls> demo() {
        return demo;
    }

    boolean hasDashboard() {
        return dashboard != null;
    }

    void showPicker() {
        screen = new PickerScreen(this, opener);
    }

    void backToDashboard() {
        if (dashboard != null) {
            screen = dashboard;
        }
    }

    /** The form of a subject, prefilled from flags (the ones it knows), environment, context and defaults. */
    void openForm(String subject, Optional<String> context, Optional<String> error) {
        openForm(subject, knownFlags(subject, launch.flagOptions()), context, error);
    }

    void connect(String subject, Map<String, String> flags, Optional<String> context) {
        Connector.Request request = new Connector.Request(subject, flags, context, intervals.current());
        ConnectingScreen connecting = new ConnectingScreen(this, request, clock.instant());
        screen = connecting;
        connector.open(request, session -> {
            if (screen == connecting) {
                connecting.opened(session);
            } else {
                Connector.closeInBackground(session);
            }
        }, (failed, message) -> {
            if (screen == connecting) {
                connectionFailed(failed, message);
            }
        });
    }

    void connectContext(String name) {
        try {
            connect(opener.context(name).subject(), Map.of(), Optional.of(name));
        } catch (OpconException unknown) {
            showPicker();
            say(unknown.getMessage(), StatusMessage.Level.ERROR);
        }
    }

    void connectionFailed(Connector.Request request, String message) {
        openForm(request.subject(), request.flags(), request.context(), Optional.of(message));
    }

    void connectionCancelled(Connector.Request request) {
        openForm(request.subject(), request.flags(), request.context(), Optional.empty());
    }

    void dashboardReady(Session session, Frame frame) {
        if (dashboard != null && dashboard.session() != session) {
            Connector.closeInBackground(dashboard.session());
        }
        boolean first = dashboard == null;
        dashboard = new DashboardScreen(this, session, frame);
        screen = dashboard;
        if (first) {
            demo.filter(DemoControls::hasTour).ifPresent(DemoControls::nextStep);
        }
        if (warningsRead || warnings.isEmpty()) {
            say("watching " + session.subject().name() + "; ? lists the keys", StatusMessage.Level.INFO);
        }
    }

    void changeInterval(Session session, int direction) {
        Duration next = intervals.step(session.loop().interval(), direction);
        session.loop().setInterval(next);
        say("refreshing every " + dev.opcon.core.spi.Durations.format(next), StatusMessage.Level.INFO);
    }

    private void openForm(String subject, Map<String, String> flags, Optional<String> context, Optional<String> error) {
        try {
            List<OptionSpec> options = opener.options(subject);
            Options prefilled = opener.prefill(subject, flags, context);
            List<String> values = options.stream().map(option -> prefilled.get(option.name()).orElse("")).toList();
            String description = opener.registry().describe(subject).description();
            screen = new FormScreen(this, new FormState(subject, description, context, options, values, error));
        } catch (OpconException problem) {
            showPicker();
            say(problem.getMessage(), StatusMessage.Level.ERROR);
        }
    }

    private Map<String, String> knownFlags(String subject, Map<String, String> flags) {
        try {
            List<String> names = opener.options(subject).stream().map(OptionSpec::name).toList();
            return flags.entrySet().stream().filter(entry -> names.contains(entry.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        } catch (OpconException unknown) {
            return Map.of();
        }
    }
}
