package dev.opcon.themes;

import java.util.List;
import java.util.Optional;

/** A theme definition read from one file or resource, or why it could not be read. */
record ParseResult(Optional<ThemeDefinition> definition, List<ThemeProblem> problems) {

    ParseResult {
        problems = List.copyOf(problems);
    }

    static ParseResult parsed(ThemeDefinition definition) {
        return new ParseResult(Optional.of(definition), List.of());
    }

    static ParseResult failed(List<ThemeProblem> problems) {
        return new ParseResult(Optional.empty(), problems);
    }
}
