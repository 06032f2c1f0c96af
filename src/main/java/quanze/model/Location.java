package quanze.model;

/** Where something stands in a user's file: {@code file:line:col}, 1-based. */
public record Location(String file, int line, int column) implements Comparable<Location> {

    public static final Location NOWHERE = new Location("", 0, 0);

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }

    @Override
    public int compareTo(Location o) {
        int c = file == o.file ? 0 : file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
