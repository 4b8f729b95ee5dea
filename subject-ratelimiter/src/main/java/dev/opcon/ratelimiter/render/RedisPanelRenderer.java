package dev.opcon.ratelimiter.render;

import dev.opcon.core.model.Entry;
import dev.opcon.core.model.KeyValuePanel;
import dev.opcon.core.model.Tone;
import dev.opcon.ratelimiter.model.RedisData;
import dev.opcon.ratelimiter.model.SourceNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Redis as the console sees it. */
public final class RedisPanelRenderer {

    public KeyValuePanel render(RedisData redis) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("connected", redis.connected() ? "yes" : "no", redis.connected() ? Tone.OK : Tone.CRITICAL));
        if (redis.error() != null) {
            entries.add(new Entry("error", redis.error(), Tone.CRITICAL));
        }
        entries.add(Entry.of("PING", Formats.milliseconds(redis.pingMilliseconds())));
        entries.add(Entry.of("keys", Formats.count(redis.keys())));
        entries.add(Entry.of("used memory", Formats.bytes(redis.usedMemoryBytes())));
        entries.add(Entry.of("ops/s", redis.opsPerSecond() == null || redis.opsPerSecond().isNaN() ? Formats.UNKNOWN
                : String.format(Locale.ROOT, "%.0f", redis.opsPerSecond())));
        if (redis.version() != null && !redis.version().isEmpty()) {
            entries.add(new Entry("version", redis.version(), Tone.MUTED));
        }
        return new KeyValuePanel("redis", "Redis", List.of(SourceNames.REDIS), redis.endpoint(), entries);
    }
}
