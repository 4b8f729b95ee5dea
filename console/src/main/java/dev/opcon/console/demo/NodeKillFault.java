package dev.opcon.console.demo;

/** Kills a node (its port closes, it leaves the registry) and starts it again on the same port. */
final class NodeKillFault extends ClusterFault {

    private final ClusterNode node;

    NodeKillFault(ClusterNode node) {
        super("node-down", "Kill node " + node.nodeId(), "node_down");
        this.node = node;
    }

    @Override
    String expectedEntity() {
        return node.nodeId();
    }

    @Override
    String doInject() {
        node.stop();
        return "killed node " + node.nodeId() + " (port " + node.port() + "): expect node_down";
    }

    @Override
    String doUndo() {
        node.start();
        return "started node " + node.nodeId() + " again on port " + node.port();
    }
}
