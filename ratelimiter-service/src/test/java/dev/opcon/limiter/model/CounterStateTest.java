package dev.opcon.limiter.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CounterStateTest {

    @Test
    void aKeyIsBlockedAtItsOwnLimit() {
        assertThat(new CounterState("k", 4, 5, 1000).blocked()).isFalse();
        assertThat(new CounterState("k", 5, 5, 1000).blocked()).isTrue();
        assertThat(new CounterState("k", 0, 0, 1000).blocked()).as("limit 0 refuses everything").isTrue();
    }

    @Test
    void remainingNeverGoesBelowZero() {
        assertThat(new CounterState("k", 7, 5, 1000).remaining()).isZero();
        assertThat(new CounterState("k", 2, 5, 1000).remaining()).isEqualTo(3);
    }

    @Test
    void limitZeroIsFullAndBeyondFullWhenSomethingGotThrough() {
        assertThat(new CounterState("k", 0, 0, 1000).utilisation()).isEqualTo(1.0);
        assertThat(new CounterState("k", 1, 0, 1000).utilisation()).isInfinite();
        assertThat(new CounterState("k", 1, 4, 1000).utilisation()).isEqualTo(0.25);
    }

    @Test
    void retryAfterRoundsUpToWholeSeconds() {
        assertThat(new CheckDecision(false, 5, 5, 60_000, 1, 1_000).retryAfterSeconds()).isEqualTo(1);
        assertThat(new CheckDecision(false, 5, 5, 60_000, 59_001, 1_000).retryAfterSeconds()).isEqualTo(60);
        assertThat(new CheckDecision(true, 1, 5, 60_000, 0, 1_000).retryAfterSeconds()).isZero();
        assertThat(new CheckDecision(false, 5, 5, 60_000, 2_500, 10_000).resetEpochSeconds()).isEqualTo(13);
    }
}
