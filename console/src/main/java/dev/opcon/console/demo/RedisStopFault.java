package dev.opcon.console.demo;

import dev.opcon.limiter.embedded.LocalRedis;

/** Stops the demo's own Redis (an outage) and starts it again, empty, on the same port. */
final class RedisStopFault extends ClusterFault {

    private final LocalRedis redis;

    RedisStopFault(LocalRedis redis) {
        super("redis-stop", "Stop Redis", "redis_disconnected");
        this.redis = redis;
    }

    @Override
    String doInject() {
        redis.stop();
        return "stopped Redis (port " + redis.port() + "): expect redis_disconnected";
    }

    @Override
    String doUndo() {
        redis.restart();
        return "started Redis again on port " + redis.port() + " (empty: nodes register again within a second)";
    }
}
