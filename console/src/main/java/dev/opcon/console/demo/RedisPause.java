package dev.opcon.console.demo;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.args.ClientPauseMode;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Holds Redis paused ({@code CLIENT PAUSE ... ALL}) until closed.
 *
 * <p>Redis postpones every command during such a pause, {@code CLIENT UNPAUSE} included, so the
 * pause is held in slices: one connection asks for the next slice at once, Redis runs that request
 * when the current slice ends, and the pause goes on. A command sent meanwhile waits at least one
 * slice, longer than the console's deadline, so Redis looks unreachable. Closing drops the
 * connection with its postponed request: the pause ends with the slice in progress, and it can
 * never outlive this process by more than one slice.
 */
final class RedisPause implements AutoCloseable {

    static final Duration SLICE = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(RedisPause.class);

    private final Jedis connection;
    private final Thread holder;
    private final CountDownLatch firstSlice = new CountDownLatch(1);
    private volatile boolean holding = true;
    private volatile RuntimeException failure;

    private RedisPause(Jedis connection) {
        this.connection = connection;
        this.holder = new Thread(this::hold, "opcon-demo-redis-pause");
        this.holder.setDaemon(true);
    }

    /** Pauses Redis and returns once the first slice is in force. */
    static RedisPause start(String redisUrl) {
        RedisPause pause = new RedisPause(RedisAccess.open(redisUrl, SLICE.multipliedBy(3)));
        pause.holder.start();
        try {
            if (!pause.firstSlice.await(SLICE.toMillis(), TimeUnit.MILLISECONDS)) {
                pause.close();
                throw new IllegalStateException("Redis did not accept CLIENT PAUSE within " + SLICE.toSeconds() + " s");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            pause.close();
            throw new IllegalStateException("interrupted while pausing Redis", interrupted);
        }
        if (pause.failure != null) {
            pause.close();
            throw pause.failure;
        }
        return pause;
    }

    boolean holding() {
        return holding && holder.isAlive();
    }

    /** Stops renewing; Redis resumes when the slice in progress ends (at most {@link #SLICE}). */
    @Override
    public void close() {
        holding = false;
        connection.close();
        try {
            holder.join(SLICE.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void hold() {
        try {
            while (holding) {
                connection.clientPause(SLICE.toMillis(), ClientPauseMode.ALL);
                firstSlice.countDown();
            }
        } catch (JedisException | IllegalStateException ended) {
            if (holding) {
                failure = ended;
                LOG.warn("could not keep Redis paused", ended);
            }
        } finally {
            holding = false;
            firstSlice.countDown();
        }
    }
}
