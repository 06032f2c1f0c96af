package quanze.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import quanze.engine.RuleBase;
import quanze.model.InputException;
import quanze.model.Problem;

/**
 * What every fuzz target holds a loader to: it returns, or it refuses the input with {@link InputException}
 * problems that each name a place in the input file and say in one line what is wrong. Any other exception,
 * an error, or a problem without a place fails the target (Jazzer keeps the input as a finding).
 */
final class Oracle {

    /** Java class names and stack frames must never reach a user's message. */
    private static final Pattern JAVA = Pattern.compile("\\b(?:java|javax|jdk|sun|org|com)\\.[\\w.$]+"
            + "(?:Exception|Error)\\b|\\n\\s+at ");

    /** The bundled rules, built once per JVM (building them for every input would make fuzzing crawl). */
    static final RuleBase RULES = RuleBase.bundled();

    interface Load {
        void run() throws InputException, IOException;
    }

    private Oracle() {
    }

    /** Runs {@code load}; a refusal must be well formed, with every problem placed in {@code shown}. */
    static void holds(String shown, Load load) throws IOException {
        try {
            load.run();
        } catch (InputException e) {
            if (e.problems().isEmpty()) throw new AssertionError("an input error without a problem");
            for (Problem p : e.problems()) {
                String text = p.toString();
                if (!p.at().file().startsWith(shown)) {
                    throw new AssertionError("a problem that does not name the input file: " + text);
                }
                if (p.message() == null || p.message().isBlank() || p.message().contains("\n")) {
                    throw new AssertionError("a problem that is not one line: " + text);
                }
                if (JAVA.matcher(text).find()) throw new AssertionError("a Java class name in a message: " + text);
            }
        }
    }

    /** A fresh scratch folder under target/fuzz (one per target, reused between inputs). */
    static Path scratch(String name) throws IOException {
        Path dir = Path.of("target", "fuzz", name);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
            }
        }
        return Files.createDirectories(dir);
    }

    /** The hostile corpus's valid base catalog, copied into {@code dir}. */
    static void baseCatalog(Path dir) throws IOException {
        Files.copy(Path.of("src/test/resources/hostile/base/catalog.yaml"), dir.resolve("catalog.yaml"));
    }
}
