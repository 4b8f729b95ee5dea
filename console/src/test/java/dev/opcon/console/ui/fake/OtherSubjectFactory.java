package dev.opcon.console.ui.fake;

import dev.opcon.core.spi.OptionSpec;
import dev.opcon.core.spi.Options;
import dev.opcon.core.spi.Subject;
import dev.opcon.core.spi.SubjectFactory;
import dev.opcon.core.spi.SubjectInfo;
import java.time.Duration;
import java.util.List;

/** A second subject for the picker, so that it has more than one to list. */
@SubjectInfo(name = "other", description = "Another fake subject")
public final class OtherSubjectFactory implements SubjectFactory {

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.required("other-url", "Where it is", "OTHER_URL"));
    }

    @Override
    public Subject create(Options options) {
        return new FakeSubject("other", FakeCluster.threeNodes(), Duration.ofSeconds(1));
    }
}
