package dev.opcon.tikv.model;

import java.util.List;
import java.util.Locale;

/** What a store runs: TiKV, or TiFlash (label {@code engine=tiflash}, also {@code tiflash_compute}). */
public enum Engine {
    TIKV, TIFLASH;

    public static Engine fromLabels(List<Label> labels) {
        for (Label label : labels) {
            if (label.key().equals("engine") && label.value().toLowerCase(Locale.ROOT).startsWith("tiflash")) {
                return TIFLASH;
            }
        }
        return TIKV;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
