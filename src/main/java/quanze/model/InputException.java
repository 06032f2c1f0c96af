package quanze.model;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be read: every problem found, each {@code file:line:col: message}. Exit code 2. */
public class InputException extends Exception {

    private final List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.stream().sorted().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted().toList();
    }

    public InputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
