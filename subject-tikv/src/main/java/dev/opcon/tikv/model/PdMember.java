package dev.opcon.tikv.model;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/** A PD member from {@code /members}. Its id is a random unsigned 64-bit number, often above {@code Long.MAX_VALUE}. */
public record PdMember(String name, BigInteger memberId, List<String> clientUrls, String binaryVersion) {

    public PdMember {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(memberId, "memberId");
        clientUrls = List.copyOf(clientUrls);
        Objects.requireNonNull(binaryVersion, "binaryVersion");
    }

    /** The same member, by id when both have one, else by name. */
    public boolean sameAs(PdMember other) {
        if (memberId.signum() != 0 && other.memberId.signum() != 0) {
            return memberId.equals(other.memberId);
        }
        return !name.isEmpty() && name.equals(other.name);
    }
}
