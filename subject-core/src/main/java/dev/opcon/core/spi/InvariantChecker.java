package dev.opcon.core.spi;

import dev.opcon.core.model.Finding;
import dev.opcon.core.model.Observation;
import java.util.List;

/**
 * Checks one observation and says which conditions are violated right now. Grace periods are
 * applied afterwards by the refresh loop, from each finding's grace: a checker stays pure.
 */
@FunctionalInterface
public interface InvariantChecker {

    List<Finding> check(Observation observation);
}
