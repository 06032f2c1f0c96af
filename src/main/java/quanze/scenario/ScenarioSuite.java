package quanze.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;

/** The scenario files of a folder (or one file), in name order. */
public final class ScenarioSuite {

    private ScenarioSuite() {
    }

    /** Files of {@code path}: itself when it is a file, else its {@code *.yaml}; {@code shown} names it in messages. */
    public static List<Scenario> read(Path path, String shown) throws InputException {
        return read(path, shown, new quanze.catalog.YamlReader());
    }

    /** Like {@link #read(Path, String)}, within {@code yaml}'s limits. */
    public static List<Scenario> read(Path path, String shown, quanze.catalog.YamlReader yaml) throws InputException {
        List<Path> files;
        if (Files.isRegularFile(path)) {
            files = List.of(path);
        } else if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            } catch (IOException e) {
                throw new InputException(new Problem(new Location(shown, 0, 0), "cannot list folder: " + e.getMessage()));
            }
        } else {
            throw new InputException(new Problem(new Location(shown, 0, 0), "no such scenario file or folder"));
        }
        List<Scenario> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path f : files) {
            String name = files.size() == 1 && Files.isRegularFile(path) ? shown : shown + "/" + f.getFileName();
            try {
                out.addAll(ScenarioFile.read(f, name, yaml));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new InputException(problems);
        return out;
    }
}
