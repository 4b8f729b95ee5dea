package dev.opcon.console.ui.fake;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.model.Entry;
import dev.opcon.core.model.KeyValuePanel;
import dev.opcon.core.model.ObservationBody;
import dev.opcon.core.spi.InvariantChecker;
import dev.opcon.core.spi.OptionSpec;
import dev.opcon.core.spi.Options;
import dev.opcon.core.spi.Source;
import dev.opcon.core.spi.SourceResults;
import dev.opcon.core.spi.Subject;
import dev.opcon.core.spi.SubjectFactory;
import dev.opcon.core.spi.SubjectInfo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A subject with one fast in-memory source and one that reads over HTTP (WireMock in the tests), each
 * shown in its own panel, to show that a slow source holds back neither the other panel nor the UI.
 */
@SubjectInfo(name = "probe", description = "One fast source and one HTTP source")
public final class HttpProbeSubjectFactory implements SubjectFactory {

    public static final Set<Thread> READING_THREADS = ConcurrentHashMap.newKeySet();

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.required("probe-url", "The HTTP source", null));
    }

    @Override
    public Subject create(Options options) {
        return new ProbeSubject(URI.create(options.require("probe-url")));
    }

    private static final class ProbeSubject implements Subject {
        private final URI uri;
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private final AtomicLong fastReads = new AtomicLong();

        ProbeSubject(URI uri) {
            this.uri = uri;
        }

        @Override
        public String name() {
            return "probe";
        }

        @Override
        public List<String> endpoints() {
            return List.of(uri.toString());
        }

        @Override
        public List<Source<?>> sources() {
            return List.of(new Source<>("fast", "memory", Duration.ofMillis(300), () -> {
                READING_THREADS.add(Thread.currentThread());
                return fastReads.incrementAndGet();
            }), new Source<>("slow", uri.toString(), Duration.ofMillis(300), () -> {
                READING_THREADS.add(Thread.currentThread());
                try {
                    return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
                } catch (IOException failed) {
                    throw OpconException.unavailable("GET " + uri + " failed: " + failed.getMessage(), failed);
                }
            }));
        }

        @Override
        public ObservationBody assemble(SourceResults results, Instant observedAt) {
            String reads = results.value("fast", Long.class).map(String::valueOf).orElse("–");
            String body = results.value("slow", String.class).orElse("–");
            return new ObservationBody(reads, List.of(
                    new KeyValuePanel("fast", "Fast", List.of("fast"), "", List.of(Entry.of("reads", "#" + reads))),
                    new KeyValuePanel("slow", "Slow", List.of("slow"), "", List.of(Entry.of("body", body)))));
        }

        @Override
        public InvariantChecker invariants() {
            return observation -> List.of();
        }
    }
}
