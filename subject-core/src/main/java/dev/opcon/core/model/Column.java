package dev.opcon.core.model;

/**
 * A table column.
 *
 * @param kind     TEXT and NUMBER cells show their text; BAR cells draw {@link Cell#fraction()}
 * @param minWidth the narrowest it may become before the console drops it
 * @param priority lower is more important: on a narrow screen the console drops the highest first
 */
public record Column(String name, Kind kind, int minWidth, int priority) {

    public enum Kind { TEXT, NUMBER, BAR }

    public static Column text(String name, int minWidth, int priority) {
        return new Column(name, Kind.TEXT, minWidth, priority);
    }

    public static Column number(String name, int minWidth, int priority) {
        return new Column(name, Kind.NUMBER, minWidth, priority);
    }

    public static Column bar(String name, int minWidth, int priority) {
        return new Column(name, Kind.BAR, minWidth, priority);
    }
}
