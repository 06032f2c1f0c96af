package quanze.cli;

/** Lets tests outside this package run the command line in process. */
public record RunAccess(int exit, String out, String err) {

    public static RunAccess of(String... args) {
        Run r = Run.of(args);
        return new RunAccess(r.exit(), r.out(), r.err());
    }
}
