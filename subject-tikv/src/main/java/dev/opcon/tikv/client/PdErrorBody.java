package dev.opcon.tikv.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.core.json.Json;
import dev.opcon.core.text.SafeText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * PD's error bodies are JSON strings ({@code "[PD:cluster:ErrNotBootstrapped]TiKV cluster not
 * bootstrapped, ..."}); a proxy in front of PD may send HTML or plain text instead.
 */
final class PdErrorBody {

    static final int MAXIMUM_LENGTH = 300;

    private PdErrorBody() {
    }

    static String message(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return "(empty body)";
        }
        if (text.startsWith("\"")) {
            try {
                JsonNode node = Json.mapper().readTree(text);
                if (node.isTextual()) {
                    text = node.textValue();
                }
            } catch (IOException notJson) {
                // Keep the raw text: it is still the best description there is.
            }
        }
        return SafeText.truncate(SafeText.of(text), MAXIMUM_LENGTH);
    }
}
