package dev.opcon.console.demo;

import dev.opcon.console.session.Session;
import dev.opcon.console.session.SessionOpener;
import dev.opcon.core.text.Secrets;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Ties a started demo cluster to what watches it: the headless script, or the hooks the
 * full-screen console gets. The command line only parses flags and calls these.
 */
public final class DemoLauncher {

    public static final Duration REFRESH_INTERVAL = Duration.ofSeconds(1);

    private final DemoCluster cluster;
    private final Chaos chaos;
    private final Map<String, String> subjectOptions;

    private DemoLauncher(DemoCluster cluster, Chaos chaos, Map<String, String> subjectOptions) {
        this.cluster = cluster;
        this.chaos = chaos;
        this.subjectOptions = Map.copyOf(subjectOptions);
    }

    public static DemoLauncher of(DemoCluster cluster, SessionOpener opener) {
        return new DemoLauncher(cluster, Chaos.of(cluster),
                DemoSubjectOptions.of(cluster, opener.options(DemoSubjectOptions.SUBJECT)));
    }

    /** The subject options (flags) to watch the cluster with. */
    public Map<String, String> subjectOptions() {
        return subjectOptions;
    }

    /** The chaos menu and, when {@code tourName} is given, its tour. */
    public ClusterDemoHooks hooks(Optional<String> tourName) {
        return ClusterDemoHooks.of(chaos, tourName);
    }

    /** The headless chaos script: the faults named by {@code --faults}, or all that produce a violation. */
    public List<ScriptedFault> script(List<String> faultNames) {
        return HeadlessScript.of(chaos, faultNames);
    }

    /** A description of what runs where, password masked, one line per part. */
    public String describe() {
        String redis = cluster.localRedis().map(local -> "Redis " + local.url() + " (" + local.executable() + ")")
                .orElse("Redis " + Secrets.maskUrl(cluster.redisUrl()) + " (given)");
        return redis + "\n"
                + "nodes " + cluster.nodes().stream().map(node -> node.nodeId() + " " + node.url())
                        .collect(Collectors.joining(", ")) + "\n"
                + "load " + cluster.settings().requestsPerSecond() + " requests/s over " + cluster.settings().keys() + " keys\n"
                + cluster.prometheusUrl().map(url -> "prometheus " + url + " (scraping every second)")
                        .orElse("prometheus none: the console scrapes the nodes directly") + "\n"
                + "ports: " + cluster.ports().stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    /**
     * Runs the headless chaos script, prints its progress and table.
     *
     * @return 0 when every fault was detected and cleared within its bounds, else 1
     */
    public int runHeadless(SessionOpener opener, List<ScriptedFault> script, Duration budget, PrintWriter out)
            throws InterruptedException {
        try (Session session = opener.open(DemoSubjectOptions.SUBJECT, subjectOptions, Optional.empty(), REFRESH_INTERVAL)) {
            List<FaultOutcome> outcomes = new HeadlessDemo(session.loop(), out).run(script, budget);
            out.println();
            out.print(OutcomeTable.render(outcomes));
            out.flush();
            return outcomes.stream().allMatch(FaultOutcome::passed) ? 0 : 1;
        } finally {
            chaos.undoAll();
        }
    }
}
