package dev.opcon.tikv.invariant;

import dev.opcon.core.model.Finding;
import dev.opcon.tikv.model.ClusterSnapshot;
import java.util.List;

/** One invariant (or a family of them) over a snapshot. Pure. */
@FunctionalInterface
interface ClusterCheck {

    List<Finding> check(ClusterSnapshot snapshot);
}
