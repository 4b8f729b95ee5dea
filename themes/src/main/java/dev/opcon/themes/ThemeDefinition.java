package dev.opcon.themes;

import dev.opcon.themes.model.Role;
import dev.opcon.themes.model.Style;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A theme as one file states it, before inheritance fills in what it leaves out.
 *
 * @param source  where it came from, for warnings
 * @param parent  the {@code extends} field
 * @param ascii   the {@code ascii} field
 * @param symbols the symbols the file replaces
 * @param roles   the roles the file defines
 */
record ThemeDefinition(String name, String source, Optional<String> description, Optional<String> parent,
                       Optional<Boolean> ascii, Map<SymbolField, String> symbols, Map<Role, Style> roles) {

    ThemeDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(ascii, "ascii");
        symbols = Collections.unmodifiableMap(copy(symbols, SymbolField.class));
        roles = Collections.unmodifiableMap(copy(roles, Role.class));
    }

    private static <K extends Enum<K>, V> Map<K, V> copy(Map<K, V> map, Class<K> keys) {
        Map<K, V> copy = new EnumMap<>(keys);
        copy.putAll(map);
        return copy;
    }

    boolean definesEveryRole() {
        return roles.size() == Role.values().length;
    }
}
