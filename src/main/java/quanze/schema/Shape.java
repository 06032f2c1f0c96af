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
    record Obj(String description, List<Field> fields, Shape values, String noun) implements Shape {

        public static Obj of(String description) {
            return new Obj(description, List.of(), null, null);
        }

        /** A mapping of ids to {@code values} (items: {ID: {…}}). */
        public static Obj byId(String description, Shape values) {
            return new Obj(description, List.of(), values, null);
        }

        /** This mapping, called {@code noun} in messages ("a waiver") rather than by the field that holds it. */
        public Obj called(String noun) {
            return new Obj(description, fields, values, noun);
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
            return new Obj(this.description, List.copyOf(all), values, noun);
        }

        /** The field names, in their order: what a reader accepts. */
        public List<String> names() {
            return fields.stream().map(Field::name).toList();
        }

        public Field field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no field " + name));
        }

        /** The shape of field {@code name}, which must be a mapping. */
        public Obj obj(String name) {
            return (Obj) field(name).shape();
        }
    }

    /** A list of {@code items}. */
    record Arr(String description, Shape items) implements Shape {
    }

    /**
     * Text (a number reads as its text), with an optional pattern, or one of {@code values}; {@code noun} is what a
     * message says it must be ("a date YYYY-MM-DD").
     */
    record Str(String pattern, List<String> values, String noun) implements Shape {
        public static final Str ANY = new Str(null, List.of(), "a string");
        public static final Str DATE = new Str("^\\d{4}-\\d{2}-\\d{2}$", List.of(), "a date YYYY-MM-DD");

        public static Str oneOf(List<String> values) {
            return new Str(null, List.copyOf(values), "one of: " + String.join(", ", values));
        }
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
