package dev.opcon.core.model;

/** What makes two findings the same violation: the invariant and the entity. */
public record ViolationKey(String invariant, String entity) {
}
