package quanze.cli;

/** Entry point of the {@code quanze} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = Quanze.run(args, System.out, System.err);
        } catch (OutOfMemoryError e) {
            System.err.println("quanze: out of memory; give Java more with QUANZE_JAVA_OPTS=-Xmx8g (or more) and run again");
            code = Quanze.INTERNAL;
        }
        System.exit(code);
    }
}
