package quanze.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import quanze.model.PowerType;
import quanze.model.Problem;
import quanze.schema.Shape.AnyOf;
import quanze.schema.Shape.Arr;
import quanze.schema.Shape.Bool;
import quanze.schema.Shape.Int;
import quanze.schema.Shape.Keys;
import quanze.schema.Shape.Obj;
import quanze.schema.Shape.Str;

/** The shape walker alone: each kind of departure from a declared shape, worded and placed. */
class ConformTest {

    private static final Obj THING = Obj.of("A thing.").called("a thing")
            .required("id", new Str("\\S", List.of(), "an id"), "Its id.")
            .with("type", new Keys(PowerType.class), "Its type.")
            .with("count", new Int(1), "How many.")
            .with("open", new Bool(), "Open or not.")
            .with("day", Str.DATE, "A day.")
            .with("tags", new Arr("Tags.", Str.ANY).distinctEntries(), "Tags.")
            .with("levels", new Arr("Levels.", Str.ANY).oneOrMore(), "Levels.")
            .with("name", new AnyOf(List.of(Str.ANY, Obj.of("Both.").with("zh", Str.ANY, "zh"))), "A name.")
            .with("by", Obj.byId("By id.", Obj.of("Fields.").with("x", Str.ANY, "x")), "By id.");

    private static List<String> check(String yaml) {
        Node root = Trees.parse(yaml, "t.yaml");
        return Conform.check(root, THING, "a thing").stream().map(Problem::toString).toList();
    }

    @Test
    void aThingOfTheRightShapeHasNoProblem() {
        assertThat(check("{id: a, type: penalty, count: 2, open: true, day: 2026-01-31, tags: [x, y], levels: [a],"
                + " name: {zh: 名}, by: {k: {x: y}}}")).isEmpty();
    }

    @Test
    void aChineseNameOfAnEnumReadsInEitherScript() {
        assertThat(check("{id: a, type: 行政处罚}")).isEmpty();
        assertThat(check("{id: a, type: 行政處罰}")).isEmpty();
    }

    @Test
    void eachDepartureIsSaidAtItsPlace() {
        assertThat(check("""
                idd: a
                type: penalti
                count: 0
                open: yes-ish
                day: 2026-02-30
                tags: [x, x]
                levels: []
                name: [a]
                by: {k: {y: 1}}
                """)).containsExactly(
                "t.yaml:1:1: unknown field 'idd' in a thing; did you mean 'id'? (expected one of: id, type, count, open,"
                        + " day, tags, levels, name, by)",
                "t.yaml:2:7: unknown type 'penalti'; did you mean 'penalty'? (expected one of: licensing,"
                        + " penalty, coercion, levy, benefit, inspection, confirmation, reward, adjudication, other)",
                "t.yaml:3:8: 'count' must be a whole number of 1 or more, found the number 0",
                "t.yaml:4:7: 'open' must be true or false, found the string 'yes-ish'",
                "t.yaml:5:6: 'day' must be a date YYYY-MM-DD that exists, found the string '2026-02-30'",
                "t.yaml:6:11: 'x' is named twice in 'tags'",
                "t.yaml:7:9: 'levels' names nothing (an empty list)",
                "t.yaml:8:7: 'name' must be a string or a mapping {zh}, found a list",
                "t.yaml:9:10: unknown field 'y' in 'by.k' (expected one of: x)");
    }

    @Test
    void aMissingRequiredFieldIsSaidWithWhyItIsNeeded_unlessItsMisspellingWasSaid() {
        assertThat(check("{type: penalty}")).containsExactly("t.yaml:1:1: a thing needs 'id': its id");
        assertThat(check("{idd: a}")).hasSize(1).allMatch(p -> p.contains("did you mean 'id'"));
    }
}
