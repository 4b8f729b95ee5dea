package dev.opcon.console.ui.view;

/** One line of the subject picker: a registered subject, or a context of the config file. */
public record PickerItem(Kind kind, String name, String description) {

    public enum Kind { SUBJECT, CONTEXT }
}
