package quanze.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

import quanze.engine.RuleBase;
import quanze.model.Location;

/**
 * Where each rule is written, as Drools' own DRL parser reads the files of a folder (its name, line and text); the
 * comments it drops (a file's header, the {@code // ---- Title} of a section) are read from the text around it.
 * A file the parser cannot read leaves its rules unplaced: the rule base reports why it does not compile.
 */
public final class DrlSources {


    private final Map<String, Location> places = new HashMap<>();
    private final Map<String, List<String>> rulesByFile = new java.util.LinkedHashMap<>();
    private final Map<String, String> headers = new HashMap<>();
    private final Map<String, String> bodies = new HashMap<>();
    private final Map<String, String> sections = new HashMap<>();
    private static final Pattern SECTION = Pattern.compile("^// ----\\s*(.+?)\\s*$", Pattern.MULTILINE);

    public DrlSources(Path dir, String shown) {
        if (dir == null || !Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                String text = Files.readString(f);
                String file = f.getFileName().toString();
                List<String> names = new java.util.ArrayList<>();
                rulesByFile.put(file, names);
                StringBuilder header = new StringBuilder();
                for (String line : text.lines().toList()) {
                    String words = line.startsWith("//") ? line.substring(2).strip() : null;
                    // "- " starts an item of a list: the rulebook keeps it on its own line
                    if (words != null && words.startsWith("- ")) header.append("\n");
                    if (words != null) header.append(words).append(' ');
                    else if (header.length() > 0 && line.isBlank()) break;
                }
                headers.put(file, header.toString().strip());
                for (RuleDescr r : parse(text)) {
                    int start = Math.max(0, Math.min(r.getStartCharacter(), text.length()));
                    int end = r.getEndCharacter() > start ? Math.min(r.getEndCharacter() + 1, text.length()) : text.length();
                    names.add(r.getName());
                    places.put(r.getName(), new Location(shown + "/" + f.getFileName(), r.getLine(), 1));
                    bodies.put(r.getName(), text.substring(start, end));
                    // the section a rule is in: the last "// ---- Title" line above it
                    Matcher sm = SECTION.matcher(text.substring(0, start));
                    String section = null;
                    while (sm.find()) section = sm.group(1);
                    if (section != null) sections.put(r.getName(), section);
                }
            }
        } catch (IOException e) {
            // places stay unknown: findings then name the rule only
        }
    }

    /** The rules of a DRL text, in source order, as Drools parses it; none when it does not parse. */
    private static List<RuleDescr> parse(String text) {
        PackageDescr pkg = RuleBase.parse(text);
        return pkg == null ? List.of() : pkg.getRules();
    }

    /** Rule names by file, in file and source order. */
    Map<String, List<String>> rulesByFile() {
        return rulesByFile;
    }

    /** The comment at the head of a DRL file: what its theme is. */
    String header(String file) {
        return headers.getOrDefault(file, "");
    }

    /** The title of the section ({@code // ---- Title}) a rule is written in, or null. */
    String section(String rule) {
        return sections.get(rule);
    }

    Location of(String rule) {
        return places.getOrDefault(rule, new Location("(rule \"" + rule + "\")", 0, 0));
    }

    /** The rule's source text, or empty when the DRL is not at hand. */
    String source(String rule) {
        return bodies.getOrDefault(rule, "");
    }

    /** The fact types a rule's conditions read, in order of appearance. */
    List<String> reads(String rule) {
        String src = source(rule);
        int when = src.indexOf("when");
        int then = src.indexOf("then", Math.max(0, when));
        if (when < 0 || then < 0) return List.of();
        Matcher m = Pattern.compile("(?:^|[\\s:(])([A-Z][A-Za-z]+)\\s*\\(").matcher(src.substring(when, then));
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        while (m.find()) out.add(m.group(1));
        return List.copyOf(out);
    }
}
