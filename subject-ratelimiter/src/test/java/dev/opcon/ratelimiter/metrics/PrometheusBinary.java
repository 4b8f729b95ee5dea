package dev.opcon.ratelimiter.metrics;

import static org.junit.jupiter.api.Assertions.fail;

import dev.opcon.limiter.embedded.LocalPrometheus;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Decides what a test that needs the real Prometheus does when the binary is missing: fail when
 * the build demands it ({@code -Dopcon.require.prometheus=true}, as CI does), else skip saying why.
 */
final class PrometheusBinary {

    static final String REQUIRE_PROPERTY = "opcon.require.prometheus";

    private PrometheusBinary() {
    }

    static Path require() {
        return require(LocalPrometheus.findBinary(), Boolean.getBoolean(REQUIRE_PROPERTY));
    }

    static Path require(Optional<Path> binary, boolean required) {
        if (binary.isPresent()) {
            return binary.get();
        }
        String reason = "the prometheus binary is neither on the PATH nor in /usr/bin"
                + " (Debian: apt-get install prometheus)";
        if (required) {
            return fail(reason + "; " + REQUIRE_PROPERTY + "=true demands it");
        }
        Assumptions.abort("skipped: " + reason + "; set " + REQUIRE_PROPERTY + "=true to make this a failure");
        throw new AssertionError("unreachable");
    }
}
