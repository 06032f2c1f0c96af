package quanze.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Files are written in one place only, {@link AtomicFile} (a temporary file and a rename), and inputs are opened
 * for reading only: the source is searched for every API that opens a file for writing, and a workbook must be
 * opened with {@code PackageAccess.READ} (POI's default would open it read-write and could rewrite it on close).
 */
class FileAccessTest {

    private static final Pattern WRITES = Pattern.compile("Files\\.write(?:String)?\\(|Files\\.newOutputStream\\("
            + "|Files\\.newBufferedWriter\\(|new FileOutputStream\\(|new FileWriter\\(|new RandomAccessFile\\("
            + "|FileChannel\\.open\\(|StandardOpenOption\\.(?:WRITE|APPEND|CREATE)|Files\\.copy\\(|Files\\.move\\(");
    /** Writes that are not to a user's file, each with the reason. */
    private static final Map<String, String> ALLOWED = Map.of(
            "quanze/io/AtomicFile.java", "the one writer",
            "quanze/engine/RuleCache.java:Files.write(tmp, built);",
            "a fresh temporary jar in the system temp folder when the rule cache cannot be written");

    @Test
    void onlyAtomicFileWritesFiles() throws IOException {
        List<String> found = new ArrayList<>();
        Path root = Path.of("src/main/java");
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                if (ALLOWED.containsKey(rel)) continue;
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = WRITES.matcher(lines.get(i));
                    if (m.find() && !ALLOWED.containsKey(rel + ":" + lines.get(i).strip())) {
                        found.add(rel + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("file writes outside AtomicFile").isEmpty();
    }

    @Test
    void workbooksAreOpenedReadOnly() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.contains("OPCPackage.open(") && !line.contains("PackageAccess.READ")) found.add(f + ": " + line);
                    if (line.contains("new XSSFWorkbook(") && (line.contains("File") || line.contains("Path"))) {
                        found.add(f + ": " + line);
                    }
                }
            }
        }
        assertThat(found).as("workbooks opened otherwise than read-only").isEmpty();
    }
}
