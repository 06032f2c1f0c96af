package quanze.model;


/** One thing wrong with an input file: where, then what. */
public record Problem(Location at, String message) implements Comparable<Problem> {

    @Override
    public String toString() {
        return at + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        return at.compareTo(o.at);
    }
}
