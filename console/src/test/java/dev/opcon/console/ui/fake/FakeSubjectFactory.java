package dev.opcon.console.ui.fake;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.spi.OptionSpec;
import dev.opcon.core.spi.Options;
import dev.opcon.core.spi.Subject;
import dev.opcon.core.spi.SubjectFactory;
import dev.opcon.core.spi.SubjectInfo;
import java.time.Duration;
import java.util.List;

/** Creates {@link FakeSubject}s over one {@link FakeCluster}; {@code --fake-url bad} is refused like a bad URL. */
@SubjectInfo(name = "fake", description = "A hand-written fake of a rate limiter cluster")
public final class FakeSubjectFactory implements SubjectFactory {

    private final FakeCluster cluster;
    private final Duration deadline;

    public FakeSubjectFactory(FakeCluster cluster, Duration deadline) {
        this.cluster = cluster;
        this.deadline = deadline;
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.required("fake-url", "Where the fake management API is", "FAKE_URL"),
                OptionSpec.optional("fake-password", "A password that must never be shown", null).asSecret());
    }

    @Override
    public Subject create(Options options) {
        String url = options.require("fake-url");
        if (url.equals("bad")) {
            throw OpconException.configuration("option --fake-url: 'bad' is not a URL (write http://host:port)");
        }
        return new FakeSubject("fake", cluster, deadline);
    }
}
