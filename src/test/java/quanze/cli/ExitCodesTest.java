package quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The README's table of exit codes is a contract: each row's example is run and must exit with the row's code
 * (OUT is a fresh temporary folder), and every command has its rows.
 */
class ExitCodesTest {

    private static final Pattern ROW = Pattern.compile("^\\| (`[a-z]+`|\\(none\\)|any) \\| (\\d) \\| (.+) \\| (`quanze [^`]+`|—) \\|$");

    @TempDir
    static Path tmp;

    private record Row(String command, int exit, String example) {
    }

    private static List<Row> rows() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int from = readme.indexOf("<!-- exit-codes");
        int to = readme.indexOf("<!-- /exit-codes -->");
        assertThat(from).as("the exit-code table in README.md").isPositive();
        List<Row> rows = new ArrayList<>();
        for (String line : readme.substring(from, to).lines().toList()) {
            if (!line.startsWith("| `") && !line.startsWith("| (none)") && !line.startsWith("| any")) continue;
            Matcher m = ROW.matcher(line);
            assertThat(m.matches()).as("a row of the exit-code table: %s", line).isTrue();
            String example = m.group(4).equals("—") ? null : m.group(4).substring("`quanze ".length(), m.group(4).length() - 1);
            rows.add(new Row(m.group(1).replace("`", ""), Integer.parseInt(m.group(2)), example));
        }
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> everyExampleExitsWithItsCode() throws Exception {
        return rows().stream().filter(r -> r.example() != null).map(r -> DynamicTest.dynamicTest(
                "quanze " + r.example() + " → " + r.exit(), () -> {
                    Path out = Files.createTempDirectory(tmp, "out");
                    String[] args = r.example().replace("OUT", out.toString()).split(" ");
                    if (!r.command().equals("(none)")) assertThat(args[0]).isEqualTo(r.command());
                    Run run = Run.of(args);
                    assertThat(run.exit()).as("quanze %s\n%s%s", r.example(), run.out(), run.err()).isEqualTo(r.exit());
                }));
    }

    @Test
    void everyCommandHasItsRowsAndEveryCodeItsMeaning() throws Exception {
        List<Row> rows = rows();
        Set<String> commands = new TreeSet<>(Quanze.COMMANDS.keySet());
        commands.remove("help");
        for (String c : commands) {
            assertThat(rows).as("rows of %s", c).anyMatch(r -> r.command().equals(c) && r.exit() == 0)
                    .anyMatch(r -> r.command().equals(c) && r.exit() == 2);
        }
        assertThat(rows.stream().map(Row::command).filter(c -> !c.equals("(none)") && !c.equals("any")))
                .allMatch(commands::contains);
        assertThat(rows).anyMatch(r -> r.command().equals("any") && r.exit() == 3);
    }

    /** The row "any | 3": a command that fails with quanze's own bug, through the same handlers as every command. */
    @CommandLine.Command(name = "boom")
    static final class Boom implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("a bug");
        }
    }

    @Test
    void anInternalErrorExitsThreeAndAsksForAReport() {
        for (String[] args : List.of(new String[] {"boom"}, new String[] {"boom", "--verbose"})) {
            CommandLine cl = Quanze.commandLine(args);
            CommandLine boom = new CommandLine(new Boom());
            boom.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder("--verbose").build());
            cl.addSubcommand("boom", boom);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Quanze.run(cl, args, new PrintWriter(out, true), new PrintWriter(err, true));
            assertThat(code).isEqualTo(Quanze.INTERNAL).isEqualTo(3);
            assertThat(err.toString()).startsWith("quanze: internal error: java.lang.IllegalStateException: a bug\n");
            if (args.length == 1) {
                assertThat(err.toString()).endsWith("(run again with --verbose for the stack trace, and report it)\n");
            } else {
                assertThat(err.toString()).contains("\tat quanze.cli.ExitCodesTest$Boom.run");
            }
        }
    }
}
