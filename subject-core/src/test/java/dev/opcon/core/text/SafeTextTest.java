package dev.opcon.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void escapeSequencesBecomeVisibleText() {
        String hostile = "key\u001b[2J\u0007\u001b]0;owned\u0007\u009b31m";

        assertThat(SafeText.of(hostile)).isEqualTo("key\\e[2J\\a\\e]0;owned\\a\\x9b31m");
    }

    @Test
    void bidiAndInvisibleCharactersAreShownAsEscapes() {
        assertThat(SafeText.of("admin\u202Etxt.exe\u200B")).isEqualTo("admin\\u{202e}txt.exe\\u{200b}");
    }

    @Test
    void cleanTextIsKeptAndEscapingTwiceChangesNothing() {
        assertThat(SafeText.of("user:42 ✓ 東京")).isEqualTo("user:42 ✓ 東京");
        String once = SafeText.of("a\u001bb");
        assertThat(SafeText.of(once)).isEqualTo(once);
    }

    @Test
    void aLoneSurrogateIsReplaced() {
        assertThat(SafeText.of("x\uD800y")).isEqualTo("x\\u{fffd}y");
    }

    @Test
    void secretsAreMaskedInUrls() {
        assertThat(Secrets.maskUrl("redis://:hunter2@10.0.0.1:6379/0")).isEqualTo("redis://:***@10.0.0.1:6379/0");
        assertThat(Secrets.maskUrl("rediss://admin:hunter2@host:6380")).isEqualTo("rediss://admin:***@host:6380");
        assertThat(Secrets.maskUrl("http://host:8080")).isEqualTo("http://host:8080");
        assertThat(Secrets.maskUrlsIn("Unknown options: '--redis-url', 'redis://:pw@h:1', 'http://u:p@x/'"))
                .isEqualTo("Unknown options: '--redis-url', 'redis://:***@h:1', 'http://u:***@x/'");
    }
}
