package dev.opcon.console.ui;

import static org.awaitility.Awaitility.await;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.terminal.LoopProbe;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Runs the real console on Lanterna's virtual terminal in a thread of its own (which becomes the UI
 * thread), types keys into it and reads the screen back as text.
 */
public final class ConsoleHarness implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final DefaultVirtualTerminal terminal;
    private final Thread uiThread;
    private final AtomicReference<Integer> exitCode = new AtomicReference<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicLong longestTurnNanos = new AtomicLong();
    private final CopyOnWriteArrayList<Canvas> drawn = new CopyOnWriteArrayList<>();
    private final AtomicReference<String> shown = new AtomicReference<>("");

    private ConsoleHarness(ConsoleLaunch launch, int width, int height) {
        terminal = new DefaultVirtualTerminal(new TerminalSize(width, height));
        LoopProbe probe = new LoopProbe() {
            @Override
            public void turn(long nanos) {
                longestTurnNanos.accumulateAndGet(nanos, Math::max);
            }

            @Override
            public void drawn(Canvas canvas, long nanos) {
                // Read on the UI thread right after the refresh, so a test never sees half a repaint.
                shown.set(readTerminal());
                drawn.add(canvas);
                if (drawn.size() > 50) {
                    drawn.remove(0);
                }
            }
        };
        uiThread = new Thread(() -> {
            try {
                exitCode.set(FullScreenConsole.run(launch, terminal, probe));
            } catch (Throwable thrown) {
                failure.set(thrown);
            }
        }, "test-ui");
        uiThread.setDaemon(true);
    }

    public static ConsoleHarness start(ConsoleLaunch launch, int width, int height) {
        ConsoleHarness harness = new ConsoleHarness(launch, width, height);
        harness.uiThread.start();
        return harness;
    }

    public Thread uiThread() {
        return uiThread;
    }

    public long longestTurnMillis() {
        return longestTurnNanos.get() / 1_000_000;
    }

    public void resetLongestTurn() {
        longestTurnNanos.set(0);
    }

    /** The newest canvas the console drew, with roles, for assertions on colour roles. */
    public Canvas lastCanvas() {
        return drawn.get(drawn.size() - 1);
    }

    /** The screen as the console last drew it, one line per row, trailing blanks removed. */
    public String screen() {
        return shown.get();
    }

    /** What the terminal shows right now, even after the console ended. */
    public String readTerminal() {
        TerminalSize size = terminal.getTerminalSize();
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < size.getRows(); row++) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < size.getColumns(); column++) {
                TextCharacter character = terminal.getCharacter(column, row);
                line.append(character.getCharacterString());
                if (character.isDoubleWidth()) {
                    column++;
                }
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    public ConsoleHarness type(String keys) {
        for (char key : keys.toCharArray()) {
            terminal.addInput(new KeyStroke(key, false, false));
        }
        return this;
    }

    public ConsoleHarness press(KeyType key) {
        terminal.addInput(new KeyStroke(key));
        return this;
    }

    public ConsoleHarness ctrl(char key) {
        terminal.addInput(new KeyStroke(key, true, false));
        return this;
    }

    public ConsoleHarness resize(int width, int height) {
        terminal.setTerminalSize(new TerminalSize(width, height));
        return this;
    }

    public String awaitScreen(Predicate<String> condition) {
        AtomicReference<String> last = new AtomicReference<>("");
        try {
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20)).until(() -> {
                failIfCrashed();
                last.set(screen());
                return condition.test(last.get());
            });
        } catch (org.awaitility.core.ConditionTimeoutException timeout) {
            throw new AssertionError("the screen never matched; it shows:\n" + last.get(), timeout);
        }
        return last.get();
    }

    public String awaitText(String text) {
        return awaitScreen(screen -> screen.contains(text));
    }

    /** Presses q and waits for the console to end; returns its exit code. */
    public int quit() throws InterruptedException {
        type("q");
        return awaitExit();
    }

    public int awaitExit() throws InterruptedException {
        uiThread.join(PATIENCE.toMillis());
        failIfCrashed();
        if (exitCode.get() == null) {
            throw new AssertionError("the console did not end; it shows:\n" + screen());
        }
        return exitCode.get();
    }

    public DefaultVirtualTerminal terminal() {
        return terminal;
    }

    private void failIfCrashed() {
        if (failure.get() != null) {
            throw new AssertionError("the console crashed", failure.get());
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (uiThread.isAlive()) {
            ctrl('c');
            uiThread.join(PATIENCE.toMillis());
        }
    }
}
