package quanze.model;

/** A file quanze was asked to write that cannot be written (a folder, a missing folder, a full disk). Exit code 2. */
public class OutputException extends InputException {

    public OutputException(Problem problem) {
        super(problem);
    }
}
