package dev.opcon.tikv.model;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/** One entry of PD's {@code /health}. */
public record PdMemberHealth(String name, BigInteger memberId, List<String> clientUrls, boolean healthy) {

    public PdMemberHealth {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(memberId, "memberId");
        clientUrls = List.copyOf(clientUrls);
    }

    /** The entity name of violations about this member. */
    public String entity() {
        return name.isEmpty() ? "pd-" + memberId : name;
    }
}
