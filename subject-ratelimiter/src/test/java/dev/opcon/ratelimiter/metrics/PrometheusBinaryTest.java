package dev.opcon.ratelimiter.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class PrometheusBinaryTest {

    @Test
    void aMissingBinaryFailsWhenTheBuildRequiresIt() {
        assertThatThrownBy(() -> PrometheusBinary.require(Optional.empty(), true))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("opcon.require.prometheus=true demands it");
    }

    @Test
    void aMissingBinarySkipsWithAReasonOtherwise() {
        assertThatThrownBy(() -> PrometheusBinary.require(Optional.empty(), false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("apt-get install prometheus");
    }

    @Test
    void aFoundBinaryIsUsed() {
        assertThat(PrometheusBinary.require(Optional.of(Path.of("/usr/bin/prometheus")), true))
                .isEqualTo(Path.of("/usr/bin/prometheus"));
    }
}
