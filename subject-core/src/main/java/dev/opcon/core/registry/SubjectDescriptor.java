package dev.opcon.core.registry;

/** A registered subject as the picker lists it, known without instantiating its factory. */
public record SubjectDescriptor(String name, String description) {
}
