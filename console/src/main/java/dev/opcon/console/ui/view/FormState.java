package dev.opcon.console.ui.view;

import dev.opcon.core.spi.OptionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The connection form of one subject: its options with the values typed so far, the focused
 * field, and why the last attempt failed. Owned by the UI thread.
 */
public final class FormState {

    private final String subject;
    private final String description;
    private final Optional<String> context;
    private final List<OptionSpec> options;
    private final List<StringBuilder> values = new ArrayList<>();
    private int focused;
    private Optional<String> error;

    public FormState(String subject, String description, Optional<String> context, List<OptionSpec> options,
                     List<String> initialValues, Optional<String> error) {
        this.subject = subject;
        this.description = description;
        this.context = context;
        this.options = List.copyOf(options);
        for (int index = 0; index < options.size(); index++) {
            values.add(new StringBuilder(index < initialValues.size() ? initialValues.get(index) : ""));
        }
        this.error = error;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public Optional<String> context() {
        return context;
    }

    public List<OptionSpec> options() {
        return options;
    }

    public String value(int index) {
        return values.get(index).toString();
    }

    public int focused() {
        return focused;
    }

    public Optional<String> error() {
        return error;
    }

    public void setError(Optional<String> message) {
        error = message;
    }

    public void type(char character) {
        if (!options.isEmpty()) {
            values.get(focused).append(character);
        }
    }

    public void backspace() {
        if (!options.isEmpty() && values.get(focused).length() > 0) {
            StringBuilder value = values.get(focused);
            value.setLength(value.offsetByCodePoints(value.length(), -1));
        }
    }

    public void clear() {
        if (!options.isEmpty()) {
            values.get(focused).setLength(0);
        }
    }

    public void moveFocus(int step) {
        if (!options.isEmpty()) {
            focused = Math.floorMod(focused + step, options.size());
        }
    }

    /** The non-blank values by option name, as flags for opening the session. */
    public java.util.Map<String, String> filledIn() {
        java.util.Map<String, String> filled = new java.util.LinkedHashMap<>();
        for (int index = 0; index < options.size(); index++) {
            String value = values.get(index).toString().trim();
            if (!value.isEmpty()) {
                filled.put(options.get(index).name(), value);
            }
        }
        return filled;
    }
}
