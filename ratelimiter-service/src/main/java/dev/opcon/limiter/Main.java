package dev.opcon.limiter;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar ratelimiter-service.jar}: one node, configured by {@code RATELIMITER_*}
 * environment variables, stopped gracefully by SIGTERM or Ctrl-C.
 *
 * <p>Exit codes: 2 for a bad configuration, 1 when the node cannot start; problems are one line
 * on stderr, because an operator needs the reason, not a stack trace.
 */
public final class Main {

    static final int EXIT_CANNOT_START = 1;
    static final int EXIT_BAD_CONFIGURATION = 2;
    private static final String PROGRAM = "ratelimiter-service";

    private Main() {
    }

    public static void main(String[] arguments) throws InterruptedException {
        int exitCode = run(System.getenv(), System.out, System.err);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** Starts the node and blocks until the JVM shuts down; returns an exit code only on failure. */
    static int run(Map<String, String> environment, PrintStream out, PrintStream err) throws InterruptedException {
        LimiterConfig config;
        try {
            config = LimiterConfig.fromEnvironment(environment);
        } catch (LimiterConfigException e) {
            err.println(PROGRAM + ": bad configuration: " + e.getMessage());
            return EXIT_BAD_CONFIGURATION;
        }
        LimiterNode node;
        try {
            node = LimiterNode.start(config);
        } catch (LimiterStartException e) {
            err.println(PROGRAM + ": " + e.getMessage());
            return EXIT_CANNOT_START;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.close();
            stopped.countDown();
        }, "limiter-shutdown"));
        // stdout, so that scripts and the demo launcher can wait for this line.
        out.println(PROGRAM + ": node " + node.nodeId() + " listening on " + node.url()
                + " (Redis " + config.parsedRedisUrl().masked() + ", default " + config.defaultLimit()
                + " requests per " + config.defaultWindowMs() + " ms)");
        out.flush();
        stopped.await();
        return 0;
    }
}
