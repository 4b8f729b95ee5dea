package dev.opcon.limiter.redis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/** SCAN, never KEYS: KEYS blocks Redis, and with it every node's checks, for the whole keyspace. */
final class KeyScanner {

    private static final int BATCH = 1000;

    private KeyScanner() {
    }

    /** All keys matching {@code pattern}, each once (SCAN may repeat a key while the table grows). */
    static List<String> scan(Jedis jedis, String pattern) {
        Set<String> keys = new LinkedHashSet<>();
        ScanParams parameters = new ScanParams().match(pattern).count(BATCH);
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = jedis.scan(cursor, parameters);
            keys.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return new ArrayList<>(keys);
    }
}
