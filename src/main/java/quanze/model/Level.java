package quanze.model;

/** A level of government; {@code rank} counts from the top (0 = highest). */
public record Level(String id, Text name, int rank, boolean abolished, Location location) {
}
