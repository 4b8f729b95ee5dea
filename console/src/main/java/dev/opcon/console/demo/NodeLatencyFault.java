package dev.opcon.console.demo;

import java.time.Duration;

/** Slows every check of one node down, as an overloaded machine would. */
final class NodeLatencyFault extends ClusterFault {

    static final Duration DELAY = Duration.ofMillis(300);

    private final ClusterNode node;

    NodeLatencyFault(ClusterNode node) {
        super("latency", "Add " + DELAY.toMillis() + " ms latency to node " + node.nodeId(), "high_latency");
        this.node = node;
    }

    @Override
    String expectedEntity() {
        return node.nodeId();
    }

    @Override
    String doInject() {
        node.setCheckDelay(DELAY);
        return "node " + node.nodeId() + " now answers every check " + DELAY.toMillis()
                + " ms late: expect high_latency after its grace period";
    }

    @Override
    String doUndo() {
        node.setCheckDelay(Duration.ZERO);
        return "node " + node.nodeId() + " answers at full speed again";
    }
}
