package dev.opcon.console.demo;

import dev.opcon.console.ui.DemoHooks;
import dev.opcon.core.text.SafeText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fault of the chaos menu: injected and undone by the same entry. Subclasses do the I/O; this
 * class keeps the state and turns a failure into a status line (details to the log), so a fault
 * that cannot be injected never takes the console down.
 */
abstract class ClusterFault implements DemoHooks.ChaosControl {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterFault.class);

    private final String name;
    private final String label;
    private final String expectedViolation;
    // Volatile, not guarded: the UI reads it while a toggle may be running on another thread.
    private volatile boolean active;

    /**
     * @param name short id used by {@code --faults} and the headless report, e.g. {@code node-down}
     */
    ClusterFault(String name, String label, String expectedViolation) {
        this.name = name;
        this.label = label;
        this.expectedViolation = expectedViolation;
    }

    String name() {
        return name;
    }

    /** The entity the expected violation is reported for (a node id, a key), empty when cluster-wide. */
    String expectedEntity() {
        return "";
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String expectedViolation() {
        return expectedViolation;
    }

    @Override
    public boolean active() {
        return active;
    }

    @Override
    public synchronized String toggle() {
        return active() ? undo() : inject();
    }

    /** Injects the fault unless it is already in; returns a status line. */
    synchronized String inject() {
        if (active()) {
            return label + ": already in";
        }
        try {
            String line = doInject();
            active = true;
            LOG.info("chaos: {}", line);
            return line;
        } catch (RuntimeException failure) {
            LOG.warn("chaos: could not inject '{}'", label, failure);
            return "could not " + lowerFirst(label) + ": " + SafeText.of(String.valueOf(failure.getMessage()));
        }
    }

    /** Undoes the fault if it is in; returns a status line. */
    synchronized String undo() {
        if (!active()) {
            return label + ": nothing to undo";
        }
        try {
            String line = doUndo();
            active = false;
            LOG.info("chaos: {}", line);
            return line;
        } catch (RuntimeException failure) {
            LOG.warn("chaos: could not undo '{}'", label, failure);
            return "could not undo " + lowerFirst(label) + ": " + SafeText.of(String.valueOf(failure.getMessage()));
        }
    }

    /** For faults that end by themselves (a burst): the state as it is now. */
    void markEnded() {
        active = false;
    }

    abstract String doInject();

    abstract String doUndo();

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
