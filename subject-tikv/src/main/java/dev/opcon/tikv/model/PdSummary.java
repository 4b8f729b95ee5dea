package dev.opcon.tikv.model;

/**
 * {@code data.pd}.
 *
 * @param members number of PD members (from /members, or /health when /members failed); null when unknown
 * @param healthy number of members /health calls healthy; null when unknown
 * @param leader  the leader's name; null when there is none or it is unknown
 */
public record PdSummary(Integer members, Integer healthy, String leader) {
}
