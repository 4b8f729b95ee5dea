package dev.opcon.console.ui;

import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import dev.opcon.console.session.Session;
import dev.opcon.console.ui.app.ConsoleApp;
import dev.opcon.console.ui.app.Connector;
import dev.opcon.console.ui.app.UiQueue;
import dev.opcon.console.ui.terminal.CanvasPainter;
import dev.opcon.console.ui.terminal.ColourDepth;
import dev.opcon.console.ui.terminal.ConsoleLoop;
import dev.opcon.console.ui.terminal.LoopProbe;
import dev.opcon.core.error.OpconException;
import dev.opcon.themes.ThemeChoice;
import dev.opcon.themes.ThemeRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-screen console: {@code opcon} with no subcommand. Runs on the calling thread, which
 * becomes the UI thread, until the user quits; the terminal is restored whatever happens.
 */
public final class FullScreenConsole {

    private static final Logger LOG = LoggerFactory.getLogger(FullScreenConsole.class);
    /** How long quitting waits for sessions to stop before leaving them to the JVM's exit. */
    private static final long CLOSE_WAIT_MILLIS = 1_500;

    private FullScreenConsole() {
    }

    /**
     * Runs on the process's terminal. Ctrl-C arrives as a key (and quits cleanly) instead of
     * killing the JVM with the terminal still in raw mode.
     *
     * @throws OpconException (CONFIGURATION) when there is no interactive terminal to draw on
     */
    public static int run(ConsoleLaunch launch) {
        Terminal terminal;
        try {
            terminal = new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8)
                    .setForceTextTerminal(true)
                    .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP)
                    .createTerminal();
        } catch (IOException | RuntimeException noTerminal) {
            LOG.info("no terminal for the full-screen console", noTerminal);
            throw OpconException.configuration("the full-screen console needs an interactive terminal ("
                    + noTerminal.getMessage() + "); for scripts use `opcon check`");
        }
        try {
            // Frames go to System.out as ANSI in one write each: far cheaper than Lanterna's per-character output.
            return run(launch, terminal, CanvasPainter.ansi(System.out), LoopProbe.NONE);
        } finally {
            try {
                terminal.close();
            } catch (IOException ignored) {
                LOG.debug("closing the terminal failed", ignored);
            }
        }
    }

    /** Runs on the given terminal (a virtual one in tests); blocks until the user quits. */
    public static int run(ConsoleLaunch launch, Terminal terminal) {
        return run(launch, terminal, LoopProbe.NONE);
    }

    /** As {@link #run(ConsoleLaunch, Terminal)}, reporting each turn of the UI loop to {@code probe}. */
    public static int run(ConsoleLaunch launch, Terminal terminal, LoopProbe probe) {
        return run(launch, terminal, CanvasPainter.of(terminal), probe);
    }

    /**
     * As {@link #run(ConsoleLaunch, Terminal, LoopProbe)}, painting with {@code painter}: {@link
     * CanvasPainter#ansi} for an ANSI terminal whose output stream the caller holds.
     */
    public static int run(ConsoleLaunch launch, Terminal terminal, CanvasPainter painter, LoopProbe probe) {
        ThemeRegistry themes = ThemeRegistry.load(launch.environment());
        ThemeChoice choice = themes.resolve(launch.themeName(), launch.environment());
        UiQueue queue = new UiQueue();
        Clock clock = Clock.systemUTC();
        ConsoleApp app = new ConsoleApp(launch, themes, choice, queue, clock, ZoneId.systemDefault());
        try {
            terminal.enterPrivateMode();
            terminal.setCursorVisible(false);
            terminal.flush();
        } catch (IOException cannotStart) {
            throw OpconException.configuration("could not start the full-screen console: " + cannotStart.getMessage());
        }
        int exitCode = 0;
        try {
            new ConsoleLoop(terminal, painter, app, queue, ColourDepth.of(launch.environment()), clock, probe).run();
        } catch (IOException terminalGone) {
            LOG.warn("the terminal failed; the console stops", terminalGone);
            exitCode = 1;
        } finally {
            restore(terminal);
            closeAll(app.sessions());
        }
        return exitCode;
    }

    /** Leaves the terminal as it was found: colours reset, cursor shown, the shell's screen back. */
    private static void restore(Terminal terminal) {
        try {
            terminal.resetColorAndSGR();
            // Where there is no alternate screen (GNU screen without altscreen), leave a clean one.
            terminal.clearScreen();
            terminal.setCursorPosition(0, 0);
            terminal.setCursorVisible(true);
            terminal.exitPrivateMode();
            terminal.flush();
        } catch (IOException | RuntimeException failed) {
            LOG.warn("restoring the terminal failed", failed);
        }
    }
    /** Closes the sessions at once, waiting a bounded time so the shell prompt comes back quickly. */
    private static void closeAll(List<Session> sessions) {
        List<Thread> closing = new ArrayList<>();
        for (Session session : sessions) {
            Thread thread = new Thread(() -> Connector.closeQuietly(session), "opcon-close");
            thread.setDaemon(true);
            thread.start();
            closing.add(thread);
        }
        long deadline = System.currentTimeMillis() + CLOSE_WAIT_MILLIS;
        for (Thread thread : closing) {
            try {
                thread.join(Math.max(1, deadline - System.currentTimeMillis()));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
