package dev.opcon.console.demo;

/** Pauses every Redis client with {@code CLIENT PAUSE} (see {@link RedisPause}) and lets it go again. */
final class RedisPauseFault extends ClusterFault implements AutoCloseable {

    private final String redisUrl;
    private volatile RedisPause pause;

    RedisPauseFault(String redisUrl) {
        super("redis-pause", "Pause Redis (CLIENT PAUSE)", "redis_disconnected");
        this.redisUrl = redisUrl;
    }

    @Override
    public boolean active() {
        RedisPause current = pause;
        if (super.active() && (current == null || !current.holding())) {
            markEnded();
        }
        return super.active();
    }

    @Override
    String doInject() {
        pause = RedisPause.start(redisUrl);
        return "paused every Redis client: expect redis_disconnected";
    }

    @Override
    String doUndo() {
        close();
        return "Redis resumes within " + RedisPause.SLICE.toSeconds() + " s (the pause slice in progress)";
    }

    @Override
    public synchronized void close() {
        if (pause != null) {
            pause.close();
            pause = null;
        }
    }
}
