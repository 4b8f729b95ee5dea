package dev.opcon.tikv.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GoDurationsTest {

    @Test
    void readsGoDurationStrings() {
        assertThat(GoDurations.parse("527h55m36.453748544s"))
                .isEqualTo(Duration.ofHours(527).plusMinutes(55).plusSeconds(36).plusNanos(453_748_544));
        assertThat(GoDurations.parse("4m30.217172506s")).isEqualTo(Duration.ofSeconds(270).plusNanos(217_172_506));
        assertThat(GoDurations.parse("1.5ms")).isEqualTo(Duration.ofNanos(1_500_000));
        assertThat(GoDurations.parse("300µs")).isEqualTo(Duration.ofNanos(300_000));
        assertThat(GoDurations.parse("300us")).isEqualTo(Duration.ofNanos(300_000));
        assertThat(GoDurations.parse("12ns")).isEqualTo(Duration.ofNanos(12));
        assertThat(GoDurations.parse("30m0s")).isEqualTo(Duration.ofMinutes(30));
        assertThat(GoDurations.parse("0s")).isZero();
        assertThat(GoDurations.parse("0")).isZero();
        assertThat(GoDurations.parse("-1m")).isEqualTo(Duration.ofMinutes(-1));
    }

    @Test
    void refusesWhatJavaWouldAccept() {
        assertThatThrownBy(() -> GoDurations.parse("PT5M")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GoDurations.parse("1d")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GoDurations.parse("")).isInstanceOf(IllegalArgumentException.class);
    }
}
