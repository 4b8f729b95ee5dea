package dev.opcon.ratelimiter.model;

/** Whether a node's registration was found in this refresh's node list. */
public enum Registration {
    REGISTERED,
    /** The node list was read and this node is not in it. */
    UNREGISTERED,
    /** The node list could not be read this refresh. */
    UNKNOWN
}
