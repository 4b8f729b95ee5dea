package dev.opcon.console.cli;

import dev.opcon.console.demo.DemoCluster;
import dev.opcon.console.demo.DemoLauncher;
import dev.opcon.console.demo.DemoSettings;
import dev.opcon.console.demo.DemoSubjectOptions;
import dev.opcon.console.demo.Tours;
import dev.opcon.console.ui.ConsoleLaunch;
import dev.opcon.console.ui.DemoHooks;
import dev.opcon.console.ui.FullScreenConsole;
import dev.opcon.core.error.OpconException;
import dev.opcon.core.spi.Durations;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code opcon demo}: starts a rate limiter cluster in this process (Redis, 3 nodes, load, and
 * Prometheus when installed) and opens the console on it, with a chaos menu and optional tour;
 * or, with {@code --headless}, runs a chaos script and reports detection times. Whatever it
 * started is stopped on exit, on Ctrl-C and on SIGTERM.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Start a local rate limiter cluster with traffic and open the console on it.",
                "Press c for the chaos menu: break the cluster, watch the violation, undo it."},
        footer = {"", "Tours: node-failure (default), redis-outage, over-limit, all.",
                "With --headless the exit code is 0 only when every fault was detected and cleared in time."})
public final class DemoCommand implements Callable<Integer> {

    private final Environment environment;

    @Spec
    CommandSpec spec;

    @Option(names = "--rps", paramLabel = "N", defaultValue = "200", description = "Requests per second of the load generator (default 200).")
    int requestsPerSecond;

    @Option(names = "--keys", paramLabel = "N", defaultValue = "50", description = "Keys the load is spread over, a few of them hot (default 50).")
    int keys;

    @Option(names = "--redis-url", paramLabel = "URL", description = "Use this Redis instead of starting one.")
    String redisUrl;

    @Option(names = "--prometheus", paramLabel = "auto|off", defaultValue = "auto",
            description = "auto (default): start Prometheus when its binary is found; off: the console scrapes the nodes.")
    DemoSettings.PrometheusChoice prometheus;

    @Option(names = "--tour", paramLabel = "NAME", arity = "0..1", fallbackValue = Tours.DEFAULT,
            description = "Present a tour, advanced with Space: node-failure (default), redis-outage, over-limit, all.")
    String tour;

    @Option(names = "--headless", description = "No UI: run the chaos script, print detection times, exit.")
    boolean headless;

    @Option(names = "--duration", paramLabel = "DURATION", defaultValue = "150s",
            description = "With --headless: the longest the chaos script may take (default 150s).")
    String duration;

    @Option(names = "--faults", paramLabel = "NAME[,NAME]", split = ",",
            description = "With --headless: the faults to run, in order (default: all that produce a violation).")
    List<String> faults = new ArrayList<>();

    @Option(names = "--theme", paramLabel = "NAME", defaultValue = "default", description = "Colour theme of the console.")
    String theme;

    public DemoCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws InterruptedException {
        DemoSettings settings = new DemoSettings(requestsPerSecond, keys, Optional.ofNullable(redisUrl), prometheus,
                DemoSettings.DEFAULT_NODES);
        Duration budget = Durations.parse("duration", duration);
        rejectContradictions();
        PrintWriter err = spec.commandLine().getErr();
        err.println("opcon demo: starting Redis, " + settings.nodes() + " limiter nodes and the load generator...");
        err.flush();
        try (DemoCluster cluster = DemoCluster.start(settings, DemoCluster.prometheusOnThisMachine(settings))) {
            DemoLauncher launcher = DemoLauncher.of(cluster, environment.sessionOpener());
            return headless ? runHeadless(launcher, budget) : runConsole(launcher);
        }
    }

    private int runHeadless(DemoLauncher launcher, Duration budget) throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        var script = launcher.script(faults);
        out.println(launcher.describe());
        out.println("running " + script.size() + (script.size() == 1 ? " fault" : " faults") + " against a 1 s refresh");
        out.flush();
        return launcher.runHeadless(environment.sessionOpener(), script, budget, out);
    }

    private int runConsole(DemoLauncher launcher) {
        Optional<DemoHooks> hooks = Optional.of(launcher.hooks(Optional.ofNullable(tour)));
        var launch = new ConsoleLaunch(environment.sessionOpener(), Optional.of(DemoSubjectOptions.SUBJECT), Optional.empty(),
                launcher.subjectOptions(), theme, DemoLauncher.REFRESH_INTERVAL, environment.variables(), hooks);
        return FullScreenConsole.run(launch);
    }

    private void rejectContradictions() {
        if (headless && tour != null) {
            throw OpconException.configuration("--tour needs the console; leave out --headless");
        }
        if (!headless && !faults.isEmpty()) {
            throw OpconException.configuration("--faults applies to --headless only; in the console, press c");
        }
        if (tour != null && !Tours.available().containsKey(tour)) {
            throw OpconException.configuration("unknown tour '" + tour + "'; tours: " + String.join(", ", Tours.available().keySet()));
        }
    }
}
