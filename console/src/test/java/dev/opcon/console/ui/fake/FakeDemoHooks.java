package dev.opcon.console.ui.fake;

import dev.opcon.console.ui.DemoHooks;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** Demo hooks over a {@link FakeCluster}: one fault (stop node-2) and a two-step tour. */
public final class FakeDemoHooks implements DemoHooks {

    private final FakeCluster cluster;
    private final AtomicBoolean nodeDown = new AtomicBoolean();

    public FakeDemoHooks(FakeCluster cluster) {
        this.cluster = cluster;
    }

    @Override
    public List<ChaosControl> chaos() {
        return List.of(new ChaosControl() {
            @Override
            public String label() {
                return "Kill node node-2";
            }

            @Override
            public String expectedViolation() {
                return "node_down";
            }

            @Override
            public boolean active() {
                return nodeDown.get();
            }

            @Override
            public String toggle() {
                if (nodeDown.getAndSet(!nodeDown.get())) {
                    cluster.startNode("node-2");
                    return "node-2 is back";
                }
                cluster.stopNode("node-2");
                return "node-2 killed";
            }
        });
    }

    @Override
    public Optional<Tour> tour() {
        TourStep calm = new TourStep() {
            @Override
            public String narration() {
                return "A healthy cluster of three nodes.";
            }

            @Override
            public void enter() {
            }
        };
        TourStep kill = new TourStep() {
            @Override
            public String narration() {
                return "Node 2 dies: watch the violation list.";
            }

            @Override
            public void enter() {
                cluster.stopNode("node-2");
            }
        };
        return Optional.of(new Tour() {
            @Override
            public String name() {
                return "node-failure";
            }

            @Override
            public List<TourStep> steps() {
                return List.of(calm, kill);
            }
        });
    }
}
