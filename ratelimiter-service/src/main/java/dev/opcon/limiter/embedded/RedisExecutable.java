package dev.opcon.limiter.embedded;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import redis.embedded.core.ExecutableProvider;

/**
 * Finds a {@code redis-server} to run: the one on PATH when there is one (a current Redis, as in
 * production), else the binary that the {@code com.github.codemonstur:embedded-redis} jar ships for
 * this OS and CPU, so that tests and the demo also run on machines without Redis installed.
 */
final class RedisExecutable {

    /** Set to 1 or true (system property or environment) to skip PATH: tests the fallback. */
    static final String FORCE_EMBEDDED = "OPCON_FORCE_EMBEDDED_REDIS";
    private static final String NAME = "redis-server";

    private RedisExecutable() {
    }

    /**
     * @param extractionDirectory where the shipped binary is unpacked when it is needed; deleting
     *                            the directory deletes the copy
     */
    static Path locate(Path extractionDirectory) throws IOException {
        if (!forceEmbedded()) {
            Optional<Path> onPath = findOnPath();
            if (onPath.isPresent()) {
                return onPath.get();
            }
        }
        File extracted = ExecutableProvider.newJarResourceProvider(extractionDirectory.toFile()).get();
        return extracted.toPath();
    }

    static boolean forceEmbedded() {
        String value = System.getProperty(FORCE_EMBEDDED, System.getenv(FORCE_EMBEDDED));
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
    }

    private static Optional<Path> findOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(Pattern.quote(File.pathSeparator))) {
            if (directory.isBlank()) {
                continue;
            }
            Path candidate = Path.of(directory, NAME);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
