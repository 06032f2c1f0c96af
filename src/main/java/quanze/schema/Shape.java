package quanze.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a YAML file kind, declared once ({@link FileShapes}): the readers take the names of their fields
 * from it (so "unknown field … expected one of" lists exactly these), and its JSON Schema is generated from it
 * ({@link JsonSchemas}), so the schema an editor validates with cannot drift from what quanze reads.
 */
public sealed interface Shape {

    /** A field of a mapping. */
    record Field(String name, Shape shape, boolean required, String description) {
    }

    /**
     * A mapping with these fields, or (fields empty, {@code values} set) a mapping from ids to values of one shape;
     * no other field is allowed.
     */
    record Obj(String description, List<Field> fields, Shape values, String noun, Shape keys, List<String> names)
            implements Shape {

        /** {@code names}: the field names, in their order: what a reader accepts (made once, read per value). */
        public Obj(String description, List<Field> fields, Shape values, String noun, Shape keys) {
            this(description, fields, values, noun, keys, fields.stream().map(Field::name).toList());
        }

        public static Obj of(String description) {
            return new Obj(description, List.of(), null, null, null);
        }

        /** A mapping of ids to {@code values} (items: {ID: {…}}). */
        public static Obj byId(String description, Shape values) {
            return new Obj(description, List.of(), values, null, null);
        }

        /** A mapping of keys of shape {@code keys} (the roles) to {@code values}. */
        public static Obj byKey(String description, Shape keys, Shape values) {
            return new Obj(description, List.of(), values, null, keys);
        }

        /** This mapping, called {@code noun} in messages ("a waiver") rather than by the field that holds it. */
        public Obj called(String noun) {
            return new Obj(description, fields, values, noun, keys);
        }

        public Obj with(String name, Shape shape, String description) {
            return add(new Field(name, shape, false, description));
        }

        public Obj required(String name, Shape shape, String description) {
            return add(new Field(name, shape, true, description));
        }

        private Obj add(Field f) {
            List<Field> all = new ArrayList<>(fields);
            all.add(f);
            return new Obj(this.description, List.copyOf(all), values, noun, keys);
        }

        public Field field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no field " + name));
        }
    }

    /**
     * A list of {@code items} ("key:" with nothing after it is an empty list); {@code distinct}: none twice;
     * {@code nonEmpty}: at least one.
     */
    record Arr(String description, Shape items, boolean distinct, boolean nonEmpty) implements Shape {
        public Arr(String description, Shape items) {
            this(description, items, false, false);
        }

        /** The same list, each entry at most once. */
        public Arr distinctEntries() {
            return new Arr(description, items, true, nonEmpty);
        }

        /** The same list, with at least one entry and none twice. */
        public Arr oneOrMore() {
            return new Arr(description, items, true, true);
        }
    }

    /** A whole number of at least {@code minimum}. */
    record Int(int minimum) implements Shape {
    }

    /** true or false. */
    record Bool() implements Shape {
    }

    /** A value as written in a cell: a string, a number or a boolean. */
    record Cell() implements Shape {
    }

    /** An empty value ({@code key:} with nothing after it), beside another shape in an {@link AnyOf}. */
    record Null() implements Shape {
    }

    /**
     * One of the keys of a catalog enum ({@code by-law}); quanze reads its Chinese names too (行政许可, 行政許可), which
     * the schema does not list.
     */
    record Keys(Class<? extends Enum<?>> type) implements Shape {
        private static final ClassValue<List<String>> KEYS = new ClassValue<>() {
            @Override
            protected List<String> computeValue(Class<?> type) {
                List<String> out = new ArrayList<>();
                for (Object e : type.getEnumConstants()) out.add(((quanze.model.Keyed) e).key());
                return List.copyOf(out);
            }
        };

        public List<String> keys() {
            return KEYS.get(type);
        }
    }

    /** A shape with a name, written once under the schema's {@code $defs} and referred to wherever it is used. */
    record Def(String name, Shape shape) implements Shape {
    }

    /**
     * Text (a number reads as its text), with an optional pattern, or one of {@code values}; {@code noun} is what a
     * message says it must be ("a date YYYY-MM-DD").
     */
    record Str(String pattern, List<String> values, String noun) implements Shape {
        private static final java.util.Map<String, java.util.regex.Pattern> COMPILED =
                new java.util.concurrent.ConcurrentHashMap<>();

        /** True when the pattern is found in {@code text}, as JSON Schema searches for it (none: any text). */
        public boolean matches(String text) {
            return pattern == null || COMPILED.computeIfAbsent(pattern, Str::compile).matcher(text).find();
        }

        /** A JSON Schema (ECMA) pattern in Java: '$' ends the text, as ECMA's does, not before a final newline. */
        private static java.util.regex.Pattern compile(String ecma) {
            return java.util.regex.Pattern.compile(ecma.endsWith("$") && !ecma.endsWith("\\$")
                    ? ecma.substring(0, ecma.length() - 1) + "\\z" : ecma);
        }

        /**
         * Some character that is not white space, as ECMA's {@code \S} means it (Java's leaves out the ideographic
         * space U+3000 and the other Unicode spaces): a reason of full-width spaces is no reason.
         */
        public static final String NOT_BLANK = "[^\\s\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]";

        public static final Str ANY = new Str(null, List.of(), "a string");
        public static final Str DATE = new Str("^\\d{4}-\\d{2}-\\d{2}$", List.of(), "a date YYYY-MM-DD");

    }

    /** Any one of these shapes. */
    record AnyOf(List<Shape> options) implements Shape {
    }

    /** A shape defined in another schema file ({@code catalog.schema.json#/$defs/item}). */
    record Ref(String uri) implements Shape {
    }

    /** Anything (checked by the reader, not by the schema). */
    record Anything(String description) implements Shape {
    }
}
