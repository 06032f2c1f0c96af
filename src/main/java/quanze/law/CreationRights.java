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

/** The bundled table of who may create what ({@code quanze/law/creation.yaml}), read once. */
public final class CreationRights {

    private static final String RESOURCE = "/quanze/law/creation.yaml";

    private CreationRights() {
    }

    private static final class Bundled {
        static final List<CreationRight> RIGHTS = load();
    }

    public static List<CreationRight> bundled() {
        return Bundled.RIGHTS;
    }

    static List<CreationRight> load() {
        try (InputStream in = CreationRights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            Node root = new YamlReader().read(in, "quanze.jar!" + RESOURCE, null);
            List<CreationRight> out = new ArrayList<>();
            Node rights = root instanceof Node.MapNode m ? m.fields().get("rights") : null;
            if (!(rights instanceof Node.ListNode list)) throw new IllegalStateException(RESOURCE + ": no 'rights' list");
            for (Node n : list.items()) out.add(right((Node.MapNode) n));
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException | RuntimeException e) {
            throw new IllegalStateException(RESOURCE + " is broken: " + e.getMessage(), e);
        }
    }

    private static CreationRight right(Node.MapNode m) {
        PowerType type = Keyed.parse(PowerType.class, Trees.textOf(m.fields().get("type"))).orElseThrow(
                () -> new IllegalStateException("unknown type at " + m.at()));
        Set<Rank> ranks = EnumSet.noneOf(Rank.class);
        for (String r : texts(m.fields().get("ranks"))) {
            ranks.add(Keyed.parse(Rank.class, r).orElseThrow(() -> new IllegalStateException("unknown rank " + r)));
        }
        String confirmed = Trees.textOf(m.fields().get("confirmed"));
        return new CreationRight(type, Trees.textOf(m.fields().get("kind")), texts(m.fields().get("words")), ranks,
                Trees.textOf(m.fields().get("article")), !"false".equals(confirmed));
    }

    private static List<String> texts(Node n) {
        if (!(n instanceof Node.ListNode l)) return List.of();
        return l.items().stream().map(Trees::textOf).toList();
    }
}
