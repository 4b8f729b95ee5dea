package dev.opcon.console.cli;

import dev.opcon.console.session.Session;
import dev.opcon.core.error.OpconException;
import dev.opcon.core.json.FrameJson;
import dev.opcon.core.model.Frame;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code opcon check}: observe once (or every N seconds), print, exit 0/1/2/3. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Observe a subject headlessly, print what was seen and the violations.",
                "Exit codes: 0 no violation, 1 warnings, 2 a critical violation, 3 could not observe."},
        footer = {"", "Subject options follow the subject, e.g. --ratelimiter-url URL[,URL] --redis-url URL."})
public final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    private final Environment environment;

    @Spec
    CommandSpec spec;

    @Mixin
    SubjectFlags subjectFlags = new SubjectFlags();

    @picocli.CommandLine.Unmatched
    java.util.List<String> subjectOptions = new java.util.ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (default) or json (one object; with --watch one per line).")
    Format format;

    @Option(names = "--watch", paramLabel = "SECONDS",
            description = "Observe again every SECONDS until interrupted.")
    Double watchSeconds;

    public CheckCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        String subject = SubjectChoice.require(subjectFlags, environment);
        Duration interval = watchSeconds == null ? Duration.ofSeconds(1)
                : Duration.ofMillis(Math.round(watchSeconds * 1_000));
        if (watchSeconds != null && watchSeconds <= 0) {
            throw OpconException.configuration("--watch takes a positive number of seconds");
        }
        Session session = environment.sessionOpener().open(subject, SubjectFlags.options(subjectOptions), subjectFlags.context(), interval);
        try (session) {
            return watchSeconds == null ? checkOnce(session) : watch(session);
        }
    }

    private int checkOnce(Session session) {
        Frame frame = session.loop().observeOnce();
        rejectUnobservable(frame);
        print(frame);
        return frame.exitCode();
    }

    /** Prints every refresh until Ctrl-C (or, in tests, until the thread is interrupted). */
    private int watch(Session session) {
        AtomicReference<Frame> last = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(stopped::countDown, "opcon-check-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        session.loop().addListener(frame -> {
            last.set(frame);
            print(frame);
        });
        session.loop().start();
        try {
            stopped.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            removeHook(hook);
        }
        Frame frame = last.get();
        return frame == null ? 3 : frame.exitCode();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running: that is how we got here
        }
    }

    /** Exit 3 with one line when nothing could be observed or the configuration is wrong. */
    private static void rejectUnobservable(Frame frame) {
        var sources = frame.observation().sources();
        var misconfigured = sources.stream()
                .filter(source -> source.category().filter(OpconException.Category.CONFIGURATION::equals).isPresent())
                .toList();
        if (!misconfigured.isEmpty() || frame.observation().nothingObserved()) {
            var reasons = (misconfigured.isEmpty() ? sources : misconfigured).stream()
                    .filter(source -> !source.isOk())
                    .map(source -> source.name() + ": " + source.errorText())
                    .distinct()
                    .collect(Collectors.joining("; "));
            throw new OpconException(OpconException.Category.SOURCE_UNAVAILABLE,
                    "cannot observe " + frame.observation().subject() + ": " + reasons);
        }
    }

    private void print(Frame frame) {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(FrameJson.toLine(frame));
        } else {
            out.print(TextReport.render(frame));
            if (watchSeconds != null) {
                out.println("---");
            }
        }
        out.flush();
    }
}
