package dev.opcon.console.demo;

import dev.opcon.console.ui.DemoHooks;
import dev.opcon.core.error.OpconException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The presenter's scripts of {@code opcon demo --tour NAME}. Each follows the same arc: welcome,
 * a healthy cluster, one fault injected, its detection, the recovery, healthy again.
 */
public final class Tours {

    public static final String DEFAULT = "node-failure";
    private static final String ALL = "all";
    private static final String WELCOME = "Welcome: a live rate limiter, 3 nodes sharing one Redis, under real traffic."
            + " Space goes on.";

    private Tours() {
    }

    /** Tour names with a line each, for {@code --help} and error messages. */
    public static Map<String, String> available() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("node-failure", "a limiter node dies and comes back (node_down)");
        names.put("redis-outage", "Redis stops answering and recovers (redis_disconnected)");
        names.put("over-limit", "a key holds more admissions than its limit (over_limit)");
        names.put(ALL, "the three above, one after the other");
        return names;
    }

    /** @throws OpconException (CONFIGURATION) for an unknown name, listing the tours there are */
    static DemoHooks.Tour named(String name, Chaos chaos) {
        Map<String, Function<Chaos, List<DemoHooks.TourStep>>> scripts = new LinkedHashMap<>();
        scripts.put("node-failure", c -> arc(c, "node-down",
                "node n2 is killed: its port closes and it leaves the registry.",
                "node_down shows at once, critical: the console remembers every node it has seen.",
                "n2 starts again on the same port, registers and takes traffic."));
        scripts.put("redis-outage", c -> arc(c, "redis-pause",
                "Redis is paused with CLIENT PAUSE: every command waits, the nodes' checks too.",
                "redis_disconnected shows: PING misses its deadline. The other panels keep refreshing.",
                "the pause ends; PING answers and the nodes are healthy again."));
        scripts.put("over-limit", c -> arc(c, "over-limit",
                "admissions are written straight into a key's window in Redis, past its limit.",
                "over_limit shows for that key: the console counts Redis itself, not only the API.",
                "the injected admissions are removed; the key is back under its limit."));
        if (name.equals(ALL)) {
            List<DemoHooks.TourStep> steps = new ArrayList<>();
            scripts.values().forEach(script -> steps.addAll(script.apply(chaos)));
            return new NarratedTour(ALL, available().get(ALL), withoutRepeatedWelcome(steps));
        }
        Function<Chaos, List<DemoHooks.TourStep>> script = scripts.get(name);
        if (script == null) {
            throw OpconException.configuration("unknown tour '" + name + "'; tours: " + String.join(", ", available().keySet()));
        }
        return new NarratedTour(name, available().get(name), script.apply(chaos));
    }

    private static List<DemoHooks.TourStep> arc(Chaos chaos, String faultName, String inject, String detect, String recover) {
        ClusterFault fault = chaos.byName(faultName).orElseThrow(() -> OpconException.configuration(
                "this tour needs the fault '" + faultName + "', which this demo cluster does not offer"));
        return List.of(
                NarratedStep.say(WELCOME),
                new NarratedStep("Healthy: all nodes up, Redis answering; hot keys blocked at their limit is the limiter"
                        + " working.", chaos::undoAll),
                new NarratedStep("Fault: " + inject, fault::inject),
                NarratedStep.say("Detection: " + detect),
                new NarratedStep("Recovery: " + recover, fault::undo),
                NarratedStep.say("Healthy again: " + fault.expectedViolation() + " moves to history (v) with its duration."
                        + " c: the chaos menu."));
    }

    private static List<DemoHooks.TourStep> withoutRepeatedWelcome(List<DemoHooks.TourStep> steps) {
        List<DemoHooks.TourStep> kept = new ArrayList<>();
        for (DemoHooks.TourStep step : steps) {
            if (!kept.isEmpty() && step.narration().equals(WELCOME)) {
                continue;
            }
            kept.add(step);
        }
        return kept;
    }
}
