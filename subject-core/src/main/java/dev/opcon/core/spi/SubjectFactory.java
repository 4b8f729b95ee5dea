package dev.opcon.core.spi;

import java.util.List;

/**
 * Creates a {@link Subject} from options. Implementations are annotated with {@link SubjectInfo}
 * and listed in {@code META-INF/services/dev.opcon.core.spi.SubjectFactory}.
 *
 * <p>Neither the factory's constructor nor {@link #create} does I/O: they validate options and
 * name the bad one. The first network call happens in the refresh loop.
 */
public interface SubjectFactory {

    /** The options this subject takes, in the order a form should show them. */
    List<OptionSpec> options();

    /**
     * @throws dev.opcon.core.error.OpconException of category CONFIGURATION naming the bad option
     */
    Subject create(Options options);
}
