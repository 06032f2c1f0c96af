package quanze.law;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import quanze.catalog.Node;
import quanze.catalog.Trees;
import quanze.catalog.YamlReader;
import quanze.model.CreationRight;
import quanze.model.InputException;
import quanze.model.Keyed;
import quanze.model.PowerType;
import quanze.model.Rank;
import quanze.model.TemporaryCreation;

/** The bundled table of who may create what ({@code quanze/law/creation.yaml}), read once. */
public final class CreationRights {

    private static final String RESOURCE = "/quanze/law/creation.yaml";

    private CreationRights() {
    }

    private static final class Bundled {
        static final List<CreationRight> RIGHTS;
        static final List<TemporaryCreation> TEMPORARY;

        static {
            Node.MapNode root = read();
            RIGHTS = load(root);
            TEMPORARY = temporary(root);
        }
    }

    public static List<CreationRight> bundled() {
        return Bundled.RIGHTS;
    }

    /** The types of power that sources of some ranks create only for a time (QZ126). */
    public static List<TemporaryCreation> temporary() {
        return Bundled.TEMPORARY;
    }

    private static List<CreationRight> load(Node.MapNode root) {
        List<CreationRight> out = new ArrayList<>();
        if (!(root.fields().get("rights") instanceof Node.ListNode list)) {
            throw new IllegalStateException(RESOURCE + ": no 'rights' list");
        }
        for (Node n : list.items()) out.add(right((Node.MapNode) n));
        return List.copyOf(out);
    }

    private static List<TemporaryCreation> temporary(Node.MapNode root) {
        List<TemporaryCreation> out = new ArrayList<>();
        if (root.fields().get("temporary") instanceof Node.ListNode list) {
            for (Node n : list.items()) {
                Node.MapNode m = (Node.MapNode) n;
                int months = Integer.parseInt(Trees.textOf(m.fields().get("months")));
                out.add(new TemporaryCreation(type(m), ranks(m), months, Trees.textOf(m.fields().get("article"))));
            }
        }
        return List.copyOf(out);
    }

    private static Node.MapNode read() {
        try (InputStream in = CreationRights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            if (new YamlReader().read(in, "quanze.jar!" + RESOURCE, null) instanceof Node.MapNode m) return m;
            throw new IllegalStateException(RESOURCE + ": not a mapping");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException | RuntimeException e) {
            throw new IllegalStateException(RESOURCE + " is broken: " + e.getMessage(), e);
        }
    }

    private static CreationRight right(Node.MapNode m) {
        String confirmed = Trees.textOf(m.fields().get("confirmed"));
        return new CreationRight(type(m), Trees.textOf(m.fields().get("kind")), texts(m.fields().get("words")),
                ranks(m), Trees.textOf(m.fields().get("article")), !"false".equals(confirmed));
    }

    private static PowerType type(Node.MapNode m) {
        return Keyed.parse(PowerType.class, Trees.textOf(m.fields().get("type"))).orElseThrow(
                () -> new IllegalStateException("unknown type at " + m.at()));
    }

    private static Set<Rank> ranks(Node.MapNode m) {
        Set<Rank> ranks = EnumSet.noneOf(Rank.class);
        for (String r : texts(m.fields().get("ranks"))) {
            ranks.add(Keyed.parse(Rank.class, r).orElseThrow(() -> new IllegalStateException("unknown rank " + r)));
        }
        return ranks;
    }

    private static List<String> texts(Node n) {
        if (!(n instanceof Node.ListNode l)) return List.of();
        return l.items().stream().map(Trees::textOf).toList();
    }
}
