package quanze.cli;

/** Entry point of the {@code quanze} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Quanze.run(args, System.out, System.err));
    }
}
