package quanze.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

import quanze.model.InputException;
import quanze.model.Problem;

/**
 * The top-level command. Exit codes: 0 clean, 1 findings at or above {@code --fail-on}, 2 usage error or
 * unreadable input, 3 internal error.
 */
@CommandLine.Command(name = "quanze", mixinStandardHelpOptions = true, versionProvider = Quanze.VersionProvider.class,
        description = "Allocates powers and responsibilities (權責) between city and district and checks a power"
                + " list against the rules that govern it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:clean", "1:findings at or above --fail-on", "2:usage error or unreadable input",
                "3:internal error"})
public final class Quanze implements Runnable {

    public static final int CLEAN = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The commands, in the order the help lists them. */
    static final java.util.Map<String, Class<?>> COMMANDS = commands();

    private static java.util.Map<String, Class<?>> commands() {
        java.util.Map<String, Class<?>> m = new java.util.LinkedHashMap<>();
        for (Class<?> c : java.util.List.of(CheckCommand.class, ExplainCommand.class, CandidatesCommand.class,
                TestCommand.class, LintCommand.class, RulebookCommand.class, DiffCommand.class, ImportCommand.class,
                GenerateCommand.class, ServeCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class)) {
            m.put(c.getAnnotation(CommandLine.Command.class).name(), c);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The command line for {@code args}: only the command they name is modelled (picocli builds a model of every
     * option of every command it is given, a good part of a cold start); all of them for the help, the completion, for no
     * command or for a name that is no command (whose suggestion needs every name).
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new Quanze());
        String named = null;
        for (String a : args) {
            if (!a.startsWith("-")) {
                named = a;
                break;
            }
        }
        // help lists every command, and completion completes every one
        boolean one = named != null && COMMANDS.containsKey(named) && !named.equals("help") && !named.equals("completion");
        for (var c : COMMANDS.entrySet()) {
            if (one && !c.getKey().equals(named)) continue;
            cl.addSubcommand(c.getKey(), c.getValue());
            // every command answers --version (and -V) as the top command does
            cl.getSubcommands().get(c.getKey()).getCommandSpec().versionProvider(new VersionProvider());
        }
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try: quanze check)");
    }

    /** Runs the command line with the given streams and returns the exit code; never calls System.exit. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(out, true, StandardCharsets.UTF_8);
        PrintWriter e = new PrintWriter(err, true, StandardCharsets.UTF_8);
        Timing.mark(e, "main");
        // picocli looks up java.sql and java.time converters by reflection; no option here uses them
        System.setProperty("picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*");
        return run(commandLine(args), args, o, e);
    }

    /** Runs {@code args} on {@code cl} with quanze's handlers of usage errors, bad input and internal errors. */
    static int run(CommandLine cl, String[] args, PrintWriter o, PrintWriter e) {
        Timing.mark(e, "cli-model");
        cl.setOut(o);
        cl.setErr(e);
        cl.setParameterExceptionHandler((ex, a) -> {
            String hint = suggestion(ex);
            String message = String.valueOf(ex.getMessage());
            if (!hint.isEmpty() && message.endsWith(".")) message = message.substring(0, message.length() - 1);
            e.println("quanze: " + message + hint);
            e.println("Try 'quanze " + (ex.getCommandLine().getCommandName().equals("quanze") ? ""
                    : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof InputException input) {
                for (Problem p : input.problems()) e.println(p);
                int n = input.problems().size();
                e.println(n + " problem" + (n == 1 ? "" : "s") + (input instanceof quanze.model.OutputException
                        ? " writing the output; nothing was written." : " in the input; " + nothingWas(parsed) + "."));
                return USAGE;
            }
            if (ex instanceof quanze.engine.RuleException limit) {
                e.println(limit.getMessage());
                return USAGE;
            }
            e.println("quanze: internal error: " + ex);
            if (verbose(parsed)) ex.printStackTrace(e);
            else e.println("(run again with --verbose for the stack trace, and report it)");
            return INTERNAL;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (StackOverflowError ex) {
            // picocli passes Errors through; a stack overflow is quanze's bug (input depth is limited)
            e.println("quanze: internal error: a stack overflow (nesting deeper than Java's stack can follow);"
                    + " run again with QUANZE_JAVA_OPTS=-Xss64m, and report it");
            code = INTERNAL;
        } catch (OutOfMemoryError ex) {
            throw ex; // Main names the option that gives Java more memory
        } catch (Error ex) {
            e.println("quanze: internal error: " + ex);
            if (java.util.Arrays.asList(args).contains("--verbose")) ex.printStackTrace(e);
            else e.println("(run again with --verbose for the stack trace, and report it)");
            code = INTERNAL;
        }
        o.flush();
        e.flush();
        return code;
    }

    /** What an unreadable input stopped, in the words of the command that was run. */
    static String nothingWas(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult p = parsed;
        while (p.subcommand() != null) p = p.subcommand();
        return switch (p.commandSpec().name()) {
            case "import" -> "nothing was imported";
            case "generate", "rulebook" -> "nothing was written";
            case "test" -> "no scenario was run";
            case "lint" -> "nothing was linted";
            case "explain" -> "nothing was explained";
            case "diff" -> "nothing was compared";
            default -> "nothing was checked";
        };
    }

    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) return true;
        }
        return false;
    }

    /** "quanze 0.1.0", from the one place the version is written (pom.xml, through quanze.model.Version). */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"quanze " + quanze.model.Version.number()};
        }
    }

    /**
     * "; did you mean 'check'?" for a misspelt command or option, worded as the YAML readers word a misspelt field
     * (the same did-you-mean), or "".
     */
    static String suggestion(CommandLine.ParameterException ex) {
        java.util.regex.Matcher help = java.util.regex.Pattern.compile("Unknown subcommand '([^']*)'").matcher(
                String.valueOf(ex.getMessage()));
        if (help.find()) { // quanze help chek
            return quanze.model.DidYouMean.of(help.group(1), COMMANDS.keySet());
        }
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) return "";
        String got = u.getUnmatched().get(0);
        var spec = ex.getCommandLine().getCommandSpec();
        java.util.List<String> names = new java.util.ArrayList<>();
        if (got.startsWith("-")) {
            String name = got.contains("=") ? got.substring(0, got.indexOf('=')) : got;
            for (var o : spec.options()) names.addAll(java.util.List.of(o.names()));
            return quanze.model.DidYouMean.of(name, names);
        }
        names.addAll(spec.name().equals("quanze") ? COMMANDS.keySet() : spec.subcommands().keySet());
        return quanze.model.DidYouMean.of(got, names);
    }
}
