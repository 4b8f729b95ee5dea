package dev.opcon.console.demo;

import dev.opcon.console.ui.DemoHooks;
import java.util.List;
import java.util.Optional;

/** What the demo gives the console: the chaos menu of its cluster and, with {@code --tour}, a tour. */
public record ClusterDemoHooks(List<DemoHooks.ChaosControl> chaos, Optional<DemoHooks.Tour> tour) implements DemoHooks {

    public ClusterDemoHooks {
        chaos = List.copyOf(chaos);
    }

    public static ClusterDemoHooks of(Chaos chaos, Optional<String> tourName) {
        return new ClusterDemoHooks(List.copyOf(chaos.faults()), tourName.map(name -> Tours.named(name, chaos)));
    }
}
