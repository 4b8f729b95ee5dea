package dev.opcon.limiter.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A Lua script shipped as a resource next to this class, run by its SHA1 so that each call sends
 * a 40-character digest instead of the whole source. Redis forgets scripts on restart or
 * SCRIPT FLUSH; the NOSCRIPT answer is then met by sending the source once, which caches it again.
 */
final class LuaScript {

    private final String name;
    private final String source;
    private final String sha1;

    private LuaScript(String name, String source) {
        this.name = name;
        this.source = source;
        this.sha1 = sha1Of(source);
    }

    static LuaScript load(String resourceName) {
        try (InputStream input = LuaScript.class.getResourceAsStream(resourceName)) {
            if (input == null) {
                throw new IllegalStateException("the Lua script " + resourceName + " is missing from the jar");
            }
            return new LuaScript(resourceName, new String(input.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Lua script " + resourceName, e);
        }
    }

    Object evaluate(Jedis jedis, List<String> keys, List<String> arguments) {
        try {
            return jedis.evalsha(sha1, keys, arguments);
        } catch (JedisNoScriptException notCached) {
            return jedis.eval(source, keys, arguments);
        }
    }

    String name() {
        return name;
    }

    String sha1() {
        return sha1;
    }

    private static String sha1Of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-1", e);
        }
    }
}
