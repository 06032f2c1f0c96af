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

    // found by a review of the walker: each of these was accepted (or crashed) in its first version

    private static List<String> check(String yaml, quanze.schema.Shape shape) {
        return Conform.check(Trees.parse(yaml, "t.yaml").fields().get("v"), shape, "v").stream()
                .map(Problem::toString).toList();
    }

    @Test
    void anEmptyValueIsNoLevelAndNoListOfFindings() {
        var level = quanze.schema.CatalogShapes.DECLARED.field("level").shape();
        assertThat(check("v:\n", level)).containsExactly("t.yaml:1:3: v must be a string that is not empty or a list,"
                + " found an empty value");
        var findings = quanze.schema.FileShapes.EXPECT.field("findings").shape();
        assertThat(check("v:\n", findings)).hasSize(1).allMatch(m -> m.contains("found an empty value"));
        assertThat(check("v: []\n", findings)).isEmpty(); // exactly no findings
    }

    @Test
    void fullWidthSpacesAreNoReason() {
        var reason = quanze.schema.FileShapes.WAIVER.field("reason").shape();
        assertThat(check("v: \"\u3000\u3000\"\n", reason)).hasSize(1);
        assertThat(check("v: 不予处罚\n", reason)).isEmpty();
    }

    @Test
    void aPatternEndsWithTheText() {
        var code = quanze.schema.FileShapes.WAIVER.field("code").shape();
        assertThat(check("v: \"QZ101\\n\"\n", code)).hasSize(1);
        assertThat(check("v: QZ101\n", code)).isEmpty();
    }

    @Test
    void aValueOfTheRightKindIsSaidByTheFirstOptionOfItsKind() {
        var actors = quanze.schema.CatalogShapes.STATUTORY.field("actors").shape();
        assertThat(check("v: [{pattern: x, floor: county, highest: provnce, words: []}]\n", actors)).singleElement()
                .asString().contains("unknown highest 'provnce'; did you mean 'province'?");
    }

    @Test
    void aWholeFileOfNothingIsNoList() {
        assertThat(Conform.check(new Node.Scalar(null, Node.Scalar.Kind.NULL, new quanze.model.Location("w.yaml", 1, 1)),
                quanze.schema.FileShapes.WAIVERS, "a waiver register")).extracting(Problem::toString)
                .containsExactly("w.yaml:1:1: a waiver register must be a list, found an empty value");
    }

    @Test
    void aRoleNamedByItsKeyAndItsChineseNameIsNamedTwice() {
        List<Problem> problems = new java.util.ArrayList<>();
        PrincipleReader.override(PrincipleReader.bundled(), Trees.parse("""
                roles:
                  delegated:
                    city: [policy, 管政策, standard, inspection, supervision]
                    district: [management, execution, implementation]
                """, "p.yaml"), problems);
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "p.yaml:3:20: role 'policy' is named twice for city ('policy', '管政策') in roles.delegated");
    }
}
