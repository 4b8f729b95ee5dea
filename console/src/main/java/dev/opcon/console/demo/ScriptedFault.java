package dev.opcon.console.demo;

import java.time.Duration;

/** A fault of the headless script with how soon its violation must show and clear (at a 1 s refresh). */
record ScriptedFault(ClusterFault fault, Duration detectionBound, Duration clearBound) {
}
