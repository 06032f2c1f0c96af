package quanze.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import quanze.model.DidYouMean;
import quanze.model.Problem;
import quanze.schema.Shape;

/**
 * Holds a YAML tree to the declared shape of its file kind ({@code quanze.schema.FileShapes}): every unknown field
 * (with the one did-you-mean), missing required field, block of the wrong type and value not allowed, each placed
 * where it stands. The messages come from the declaration, so they are worded alike for every file kind, and a
 * reader then reads values whose types are known.
 */
public final class Conform {

    private Conform() {
    }

    /** Every way {@code root} departs from {@code shape}; {@code what} names the root in messages ("a waiver register"). */
    public static List<Problem> check(Node root, Shape shape, String what) {
        List<Problem> out = new ArrayList<>();
        if (empty(root) && shape instanceof Shape.Arr) {
            // a whole file of "~" is not "key:" with nothing after it: it holds no list at all
            out.add(new Problem(root.at(), what + " must be a list, found " + root.describe()));
            return out;
        }
        walk(root, shape, Name.of(what), out);
        return out;
    }

    /** How a message names a value ("'given.asOf'", "a waiver", "an entry of 'present'"), built only when said. */
    private static final class Name {
        private final Name parent;
        private final String key;
        private final String fixed;

        private Name(Name parent, String key, String fixed) {
            this.parent = parent;
            this.key = key;
            this.fixed = fixed;
        }

        static Name of(String fixed) {
            return new Name(null, null, fixed);
        }

        /** Field or id {@code key} of this value; a null key: an entry of this list. */
        Name child(String key) {
            return new Name(this, key, null);
        }

        @Override
        public String toString() {
            if (fixed != null) return fixed;
            String p = parent.toString();
            if (key == null) return "an entry of " + p;
            return p.startsWith("'") ? p.substring(0, p.length() - 1) + "." + key + "'" : "'" + key + "'";
        }
    }

    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("-?\\d{1,9}");

    /** {@code name} is how a message names the value: "'given'", "a waiver", "an entry of 'present'". */
    private static void walk(Node n, Shape shape, Name name, List<Problem> out) {
        if (shape instanceof Shape.Obj o) {
            object(n, o, o.noun() != null ? Name.of(o.noun()) : name, out);
        } else if (shape instanceof Shape.Arr a) {
            // "key:" with nothing after it is an empty list, unless the list must name something
            if (empty(n) && !a.nonEmpty()) return;
            String each = a.items() instanceof Shape.Obj o && o.noun() != null ? o.noun() : null;
            if (!(n instanceof Node.ListNode l)) {
                out.add(new Problem(n.at(), name + " must be a list" + (each == null ? "" : " (each entry " + each + ")")
                        + ", found " + n.describe()));
                return;
            }
            Name entry = each != null ? Name.of(each) : name.child(null);
            if (a.nonEmpty() && l.items().isEmpty()) out.add(new Problem(n.at(), name + " names nothing (an empty list)"));
            java.util.Set<String> seen = a.distinct() ? new java.util.HashSet<>() : null;
            for (Node item : l.items()) {
                walk(item, a.items(), entry, out);
                if (seen != null && item instanceof Node.Scalar sc && sc.text() != null && !seen.add(sc.text())) {
                    out.add(new Problem(item.at(), "'" + sc.text() + "' is named twice in " + name));
                }
            }
        } else if (shape instanceof Shape.Str s && !s.values().isEmpty() && Checks.isText(n)
                && !s.values().contains(((Node.Scalar) n).text())) {
            out.add(unknownValue(n, ((Node.Scalar) n).text(), name, s.values()));
        } else if (shape instanceof Shape.Str s) {
            String problem = text(n, s);
            if (problem != null) out.add(new Problem(n.at(), name + " must be " + problem + ", found " + n.describe()));
        } else if (shape instanceof Shape.AnyOf any) {
            anyOf(n, any, name, out);
        } else if (shape instanceof Shape.Def d) {
            walk(n, d.shape(), name, out);
        } else if (shape instanceof Shape.Keys k) {
            String t = n instanceof Node.Scalar sc && sc.kind() == Node.Scalar.Kind.STRING ? sc.text() : null;
            if (t == null) out.add(new Problem(n.at(), name + " must be " + noun(k) + ", found " + n.describe()));
            else if (!allowed(k, t)) out.add(unknownValue(n, t, name, k.keys()));
        } else if (shape instanceof Shape.Int i) {
            if (!(n instanceof Node.Scalar sc && sc.kind() == Node.Scalar.Kind.NUMBER && WHOLE.matcher(sc.text()).matches()
                    && Integer.parseInt(sc.text()) >= i.minimum())) {
                out.add(new Problem(n.at(), name + " must be a whole number of " + i.minimum() + " or more, found "
                        + n.describe()));
            }
        } else if (!(n instanceof Node.Scalar sc) || !scalarFits(sc, shape)) {
            if (shape instanceof Shape.Bool || shape instanceof Shape.Cell || shape instanceof Shape.Null) {
                out.add(new Problem(n.at(), name + " must be " + noun(shape) + ", found " + n.describe()));
            }
        }
        if (shape instanceof Shape.Ref && !(n instanceof Node.MapNode)) {
            // a block declared in the catalog's schema (a principle, a catalog): its reader checks its fields
            out.add(new Problem(n.at(), name + " must be a mapping, found " + n.describe()));
        }
        // Anything: checked by the reader of what it stands for
    }

    private static void object(Node n, Shape.Obj o, Name name, List<Problem> out) {
        if (!(n instanceof Node.MapNode m)) {
            out.add(new Problem(n.at(), name + " must be a mapping" + fieldList(o) + ", found " + n.describe()));
            return;
        }
        if (o.values() != null) {
            for (var e : m.fields().entrySet()) {
                if (o.keys() != null && !allowed(o.keys(), e.getKey())) {
                    // named by what it must be: "unknown role '管政'", "unknown power type 'penaltyy'"
                    String what = o.keys() instanceof Shape.Keys k
                            ? k.type().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase() : "key";
                    out.add(DidYouMean.unknown(m.keys().getOrDefault(e.getKey(), m.at()), what, e.getKey(),
                            name.toString(), allowed(o.keys())));
                }
                walk(e.getValue(), o.values(), name.child(e.getKey()), out);
            }
            return;
        }
        Checks.unknownFields(m, o.names(), name, out);
        for (Shape.Field f : o.fields()) {
            Node v = m.fields().get(f.name());
            if (v == null && f.required() && !misspelt(m, f.name(), o.names())) {
                out.add(new Problem(m.at(), name + " needs '" + f.name() + "': " + lower(f.description())));
            } else if (v != null) {
                walk(v, f.shape(), name.child(f.name()), out);
            }
        }
    }

    /** The first option that fits; when none does, the problems of the one of the value's kind, or all named. */
    private static void anyOf(Node n, Shape.AnyOf any, Name name, List<Problem> out) {
        List<Problem> ofKind = null;
        List<String> nouns = new ArrayList<>();
        for (Shape option : any.options()) {
            nouns.add(noun(option));
            if (!sameKind(n, option)) continue; // a mapping is no string: not walked, said below if nothing fits
            List<Problem> p = new ArrayList<>();
            walk(n, option, name, p);
            if (p.isEmpty()) return;
            if (ofKind == null) ofKind = p;
        }
        if (ofKind != null) out.addAll(ofKind);
        else out.add(new Problem(n.at(), name + " must be " + String.join(" or ", nouns) + ", found " + n.describe()));
    }

    /** Null when {@code n} is text of shape {@code s}; else what it must be. */
    private static String text(Node n, Shape.Str s) {
        if (!Checks.isText(n)) return s.noun();
        String t = ((Node.Scalar) n).text();
        // a pattern is searched for, as JSON Schema does: anchor it to match the whole text
        if (!s.matches(t)) return s.noun();
        if (s == Shape.Str.DATE) {
            try {
                LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                return s.noun() + " that exists";
            }
        }
        return null;
    }

    private static boolean scalarFits(Node.Scalar sc, Shape s) {
        return s instanceof Shape.Bool ? sc.kind() == Node.Scalar.Kind.BOOLEAN
                : s instanceof Shape.Null ? sc.kind() == Node.Scalar.Kind.NULL
                : !(s instanceof Shape.Cell) || sc.kind() != Node.Scalar.Kind.NULL;
    }

    /** True when {@code text} is one of {@code keys}: a key, or a catalog enum's Chinese name (行政许可, 行政許可). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean allowed(Shape keys, String text) {
        if (!(keys instanceof Shape.Keys k)) return allowed(keys).contains(text);
        return k.keys().contains(text) || quanze.script.Script.han(text)
                && quanze.vocabulary.Vocabulary.bundled().parse((Class) k.type(), text).isPresent();
    }

    private static List<String> allowed(Shape keys) {
        return keys instanceof Shape.Keys k ? k.keys() : ((Shape.Str) keys).values();
    }

    private static boolean sameKind(Node n, Shape s) {
        if (s instanceof Shape.Def d) return sameKind(n, d.shape());
        return s instanceof Shape.Obj ? n instanceof Node.MapNode
                : s instanceof Shape.Arr ? n instanceof Node.ListNode
                : s instanceof Shape.Null ? empty(n)
                : !(s instanceof Shape.AnyOf) && n instanceof Node.Scalar && !empty(n);
    }

    private static String noun(Shape s) {
        if (s instanceof Shape.Obj o) return o.noun() != null ? o.noun() : "a mapping" + fieldList(o);
        if (s instanceof Shape.Arr a) return "a list";
        if (s instanceof Shape.Str str) return str.noun();
        if (s instanceof Shape.Bool) return "true or false";
        if (s instanceof Shape.Null) return "empty";
        if (s instanceof Shape.Cell) return "a string, a number or a boolean";
        if (s instanceof Shape.Int i) return "a whole number of " + i.minimum() + " or more";
        if (s instanceof Shape.Keys k) return "one of: " + String.join(", ", k.keys());
        if (s instanceof Shape.Def d) return noun(d.shape());
        return "a value";
    }

    private static String fieldList(Shape.Obj o) {
        return o.fields().isEmpty() ? "" : " {" + String.join(", ", o.names()) + "}";
    }

    /** "unknown type 'licence'; did you mean 'licensing'? (…)", "unknown delegableTraits 'macro' in 'principle'". */
    private static Problem unknownValue(Node n, String text, Name named, List<String> allowed) {
        String name = named.toString();
        String in = name.startsWith("an entry of ") ? name.substring("an entry of ".length()) : name;
        if (!in.startsWith("'")) return DidYouMean.unknown(n.at(), "value", text, in, allowed);
        String path = in.substring(1, in.length() - 1);
        int dot = path.lastIndexOf('.');
        return DidYouMean.unknown(n.at(), path.substring(dot + 1), text, dot < 0 ? null : "'" + path.substring(0, dot)
                + "'", allowed);
    }

    /** "Why it is accepted." → "why it is accepted" (a field's description, inside a sentence). */
    private static String lower(String description) {
        String d = description.endsWith(".") ? description.substring(0, description.length() - 1) : description;
        return d.isEmpty() ? d : Character.toLowerCase(d.charAt(0)) + d.substring(1);
    }

    private static boolean empty(Node n) {
        return n instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.NULL;
    }


    /** True when an unknown field of {@code m} is a misspelling of {@code key}, already reported as one. */
    private static boolean misspelt(Node.MapNode m, String key, List<String> allowed) {
        return m.fields().keySet().stream().anyMatch(k -> !allowed.contains(k) && !DidYouMean.of(k, List.of(key)).isEmpty());
    }
}
