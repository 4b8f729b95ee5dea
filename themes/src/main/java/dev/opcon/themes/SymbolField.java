package dev.opcon.themes;

import dev.opcon.themes.model.Symbols;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** One entry of a theme file's {@code symbols} object, and how long its text may be, in characters. */
enum SymbolField {
    OK("ok", 1, 3, Symbols::ok),
    INFO("info", 1, 3, Symbols::info),
    WARNING("warning", 1, 3, Symbols::warning),
    CRITICAL("critical", 1, 3, Symbols::critical),
    STALE("stale", 1, 3, Symbols::stale),
    ERROR("error", 1, 3, Symbols::error),
    BAR_FILL("bar_fill", 1, 1, Symbols::barFill),
    BAR_EMPTY("bar_empty", 1, 1, Symbols::barEmpty),
    SPARKLINE("sparkline", 2, 16, Symbols::sparkline);

    private final String jsonName;
    private final int shortest;
    private final int longest;
    private final Function<Symbols, String> reader;

    SymbolField(String jsonName, int shortest, int longest, Function<Symbols, String> reader) {
        this.jsonName = jsonName;
        this.shortest = shortest;
        this.longest = longest;
        this.reader = reader;
    }

    String jsonName() {
        return jsonName;
    }

    int shortest() {
        return shortest;
    }

    int longest() {
        return longest;
    }

    static Optional<SymbolField> fromJsonName(String name) {
        return Arrays.stream(values()).filter(field -> field.jsonName.equals(name)).findFirst();
    }

    /** {@code base} with the given entries replaced. */
    static Symbols merge(Symbols base, Map<SymbolField, String> replacements) {
        Function<SymbolField, String> pick = field -> replacements.getOrDefault(field, field.reader.apply(base));
        return new Symbols(pick.apply(OK), pick.apply(INFO), pick.apply(WARNING), pick.apply(CRITICAL),
                pick.apply(STALE), pick.apply(ERROR), pick.apply(BAR_FILL), pick.apply(BAR_EMPTY),
                pick.apply(SPARKLINE));
    }
}
