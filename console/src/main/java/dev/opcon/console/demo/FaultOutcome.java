package dev.opcon.console.demo;

import java.time.Duration;
import java.util.Optional;

/**
 * What one fault of the headless script did.
 *
 * @param violation the violation seen, {@code invariant entity}, or the one expected when none was
 * @param detected  from the moment the fault was in force to the first frame showing it; empty when it never showed
 * @param cleared   from the end of the undo to the first frame without it; empty when it never cleared
 * @param note      why the fault failed or was not run; empty when it passed
 */
record FaultOutcome(String fault, String label, String violation, Optional<Duration> detected, Duration detectionBound,
                    Optional<Duration> cleared, Duration clearBound, String note) {

    static FaultOutcome notRun(ScriptedFault scripted, String reason) {
        return new FaultOutcome(scripted.fault().name(), scripted.fault().label(), scripted.fault().expectedViolation(),
                Optional.empty(), scripted.detectionBound(), Optional.empty(), scripted.clearBound(), reason);
    }

    /** The outcome of a fault that was injected and undone, with a note saying why it failed, if it did. */
    static FaultOutcome measured(ScriptedFault scripted, String violation, Optional<Duration> detected,
                                 Optional<Duration> cleared) {
        ClusterFault fault = scripted.fault();
        String invariant = fault.expectedViolation();
        String note = detected.isEmpty() ? "no " + invariant + " within " + HeadlessDemo.seconds(scripted.detectionBound())
                : cleared.isEmpty() ? invariant + " still active after the undo"
                : "";
        FaultOutcome outcome = new FaultOutcome(fault.name(), fault.label(), violation, detected,
                scripted.detectionBound(), cleared, scripted.clearBound(), note);
        return outcome.passed() || !note.isEmpty() ? outcome
                : new FaultOutcome(fault.name(), fault.label(), violation, detected, scripted.detectionBound(),
                        cleared, scripted.clearBound(), "slower than its bound");
    }

    boolean passed() {
        return detected.filter(time -> time.compareTo(detectionBound) <= 0).isPresent()
                && cleared.filter(time -> time.compareTo(clearBound) <= 0).isPresent();
    }
}
