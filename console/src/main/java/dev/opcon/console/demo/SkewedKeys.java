package dev.opcon.console.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Client keys with a Zipf-like popularity: key of rank {@code r} is picked with a weight of
 * {@code 1 / r^exponent}, so a few keys take most of the traffic, as real tenants do.
 * Names carry the rank ({@code user-01} is the hottest), which helps a presenter.
 */
final class SkewedKeys {

    static final double EXPONENT = 1.1;

    private final List<String> names;
    private final double[] cumulative;

    SkewedKeys(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one key is needed, got " + count);
        }
        int digits = Math.max(2, String.valueOf(count).length());
        List<String> keys = new ArrayList<>(count);
        cumulative = new double[count];
        double total = 0;
        for (int rank = 1; rank <= count; rank++) {
            keys.add("user-" + String.format("%0" + digits + "d", rank));
            total += 1 / Math.pow(rank, EXPONENT);
            cumulative[rank - 1] = total;
        }
        for (int index = 0; index < count; index++) {
            cumulative[index] /= total;
        }
        names = List.copyOf(keys);
    }

    /** Every key, hottest first. */
    List<String> names() {
        return names;
    }

    /** The key of {@code rank} (1 = hottest), clamped to the keys there are. */
    String byRank(int rank) {
        return names.get(Math.min(Math.max(rank, 1), names.size()) - 1);
    }

    /** The share of the traffic that goes to the key of {@code rank}. */
    double share(int rank) {
        return rank == 1 ? cumulative[0] : cumulative[rank - 1] - cumulative[rank - 2];
    }

    String pick(RandomGenerator random) {
        double point = random.nextDouble();
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] < point) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return names.get(low);
    }
}
