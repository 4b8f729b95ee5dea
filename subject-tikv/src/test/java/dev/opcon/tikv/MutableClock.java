package dev.opcon.tikv;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, so grace periods and heartbeat ages are exact. */
public final class MutableClock extends Clock {

    /** When the fixtures were captured: their heartbeats are a few seconds before this. */
    public static final Instant FIXTURE_TIME = Instant.parse("2025-06-10T02:00:00Z");

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public static MutableClock atFixtureTime() {
        return new MutableClock(FIXTURE_TIME);
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
