package dev.opcon.console.demo;

import dev.opcon.core.error.OpconException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chaos script of {@code opcon demo --headless}: which faults, in which order, and the bounds
 * their violations must show and clear within, at a 1 s refresh.
 */
final class HeadlessScript {

    private record Bounds(Duration detection, Duration clear) {
    }

    /** In script order. */
    private static final Map<String, Bounds> BOUNDS = bounds();

    private HeadlessScript() {
    }

    /** Every fault that produces a violation; the traffic burst produces none and is not scripted. */
    static List<String> defaultNames(Chaos chaos) {
        return BOUNDS.keySet().stream().filter(name -> chaos.byName(name).isPresent()).toList();
    }

    /** @throws OpconException (CONFIGURATION) for a name that is not a scriptable fault of this cluster */
    static List<ScriptedFault> of(Chaos chaos, List<String> names) {
        List<ScriptedFault> script = new ArrayList<>();
        for (String name : names.isEmpty() ? defaultNames(chaos) : names) {
            Bounds bounds = BOUNDS.get(name);
            ClusterFault fault = chaos.byName(name).filter(found -> bounds != null).orElseThrow(() ->
                    OpconException.configuration("--faults: no fault '" + name + "' to script here; faults: "
                            + String.join(", ", defaultNames(chaos))));
            script.add(new ScriptedFault(fault, bounds.detection(), bounds.clear()));
        }
        return script;
    }

    private static Map<String, Bounds> bounds() {
        Map<String, Bounds> bounds = new LinkedHashMap<>();
        bounds.put("node-down", new Bounds(Duration.ofSeconds(3), Duration.ofSeconds(10)));
        bounds.put("over-limit", new Bounds(Duration.ofSeconds(5), Duration.ofSeconds(10)));
        bounds.put("ghost-limit", new Bounds(Duration.ofSeconds(5), Duration.ofSeconds(10)));
        // The demo's grace period (5 s) plus the time for slow checks to dominate the p99 window; it
        // clears once they have left the window. Before the Redis faults, whose stalled checks raise
        // every node's p99 for a while.
        bounds.put("latency", new Bounds(Duration.ofSeconds(20), Duration.ofSeconds(25)));
        // A paused command waits a whole pause slice before the console's deadline gives up on it.
        bounds.put("redis-pause", new Bounds(Duration.ofSeconds(3).plus(RedisPause.SLICE), Duration.ofSeconds(5).plus(RedisPause.SLICE)));
        bounds.put("redis-stop", new Bounds(Duration.ofSeconds(5), Duration.ofSeconds(15)));
        return bounds;
    }
}
