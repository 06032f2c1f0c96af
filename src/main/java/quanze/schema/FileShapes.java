package quanze.schema;

import java.util.List;

import quanze.schema.Shape.AnyOf;
import quanze.schema.Shape.Anything;
import quanze.schema.Shape.Arr;
import quanze.schema.Shape.Obj;
import quanze.schema.Shape.Ref;
import quanze.schema.Shape.Str;

/**
 * The fields of the waiver register, the scenario files and the variant files, said once: their readers accept
 * exactly these names, and {@code catalog/schema/*.schema.json} are generated from them ({@code SchemasTest}).
 * The catalog's own fields are declared in {@link CatalogShapes}.
 */
public final class FileShapes {

    private FileShapes() {
    }

    private static final String CATALOG = "catalog.schema.json";
    private static final Str CODE = new Str("^QZ\\d{3}$", List.of(), "a finding code (QZ and three digits)");
    /** Text with something in it (an id, a name, a reason), called {@code noun} in messages. */
    private static Str name(String noun) {
        return new Str(Str.NOT_BLANK, List.of(), noun);
    }
    private static final Shape TEXT = new AnyOf(List.of(Str.ANY, Obj.of("The name in Chinese and English.")
            .with("zh", Str.ANY, "Chinese (either script).").with("en", Str.ANY, "English.")));

    /** One waiver: a finding accepted openly, with a reason and an approver. */
    public static final Obj WAIVER = Obj.of("A known exception accepted openly: the finding is shown as waived and does"
            + " not fail the run until it expires.").called("a waiver")
            .required("item", name("an item id"), "The id of the item whose finding is waived.")
            .required("code", CODE, "The finding code (QZ101…).")
            .required("reason", name("a reason"), "Why the exception is accepted (no exception without a reason).")
            .required("approvedBy", name("the office that approved it"), "Who approved it: an office, not a person's"
                    + " password (no exception without an approver).")
            .with("approvedOn", Str.DATE, "The day it was approved, YYYY-MM-DD.")
            .with("expires", Str.DATE, "The last day it applies, YYYY-MM-DD; after that the finding counts again"
                    + " (QZ120).")
            .with("note", Str.ANY, "Anything else a reviewer should know.");

    /** The waiver register: {@code waivers.yaml} in a catalog folder, or {@code --waivers FILE}. */
    public static final Arr WAIVERS = new Arr("The waiver register: a list of waivers.", WAIVER);

    /** {@code findings:} of a scenario's {@code expect}, as a mapping. */
    public static final Obj FINDINGS = Obj.of("Codes that must appear and codes that must not; any other may.")
            .with("present", new Arr("Codes that must be found.", CODE), "Codes that must be found.")
            .with("absent", new Arr("Codes that must not be found.", CODE), "Codes that must not be found.");

    /** {@code given:} of a scenario. */
    public static final Obj GIVEN = Obj.of("What the rules are given: an item (over a default approval) and a"
            + " principle, or a whole catalog.")
            .with("item", Obj.byId("Fields of the item, over the default approval (id a, micro, within one district);"
                    + " 'kind' picks the category kind.", new Anything("a field of an item")), "The item.")
            .with("principle", new Ref(CATALOG + "#/$defs/principle"), "Overrides of the principle.")
            .with("catalog", new Ref(CATALOG), "A whole catalog instead of an item (with expect.item naming the item"
                    + " to check when it has several).")
            .with("asOf", Str.DATE, "The day of the check (which statute versions are in force, and which waivers),"
                    + " YYYY-MM-DD.")
            .with("waivers", WAIVERS, "A waiver register, judged after the checks on the day asOf (else today).");

    /** {@code expect:} of a scenario. */
    public static final Obj EXPECT = Obj.of("What the rules must derive.")
            .with("item", Str.ANY, "The item to check in a given catalog.")
            .with("decision", Str.ANY, "The decision: delegate, retain, take-back, community, none.")
            .with("level", Str.ANY, "The level the item is allocated to.")
            .with("roles", Obj.byKey("The level of each role, by its key or its Chinese name (管政策, 抓執行).",
                    new Shape.Keys(quanze.model.Role.class), Str.ANY),
                    "The level of each role.")
            .with("rule", Str.ANY, "The rule that decides.")
            .with("findings", new AnyOf(List.of(new Arr("Exactly these codes.", CODE), FINDINGS)),
                    "Exactly these codes, or {present, absent}.");

    /** One rule scenario. */
    public static final Obj SCENARIO = Obj.of("A rule scenario: what the rules are given and what they must derive.")
            .called("a scenario")
            .required("name", name("a sentence"), "What the scenario shows, as a sentence.")
            .required("given", GIVEN, "What the rules are given.")
            .required("expect", EXPECT, "What they must derive.");

    /** A scenario file under {@code rules/tests/}. */
    public static final Arr SCENARIOS = new Arr("A scenario file: a list of scenarios.", SCENARIO);

    /** {@code variant:} of a variant file. */
    public static final Obj VARIANT_HEAD = Obj.of("Which variant this is.")
            .required("id", name("an id"), "The variant's id.")
            .with("name", TEXT, "Its name: a string, or {zh, en}.")
            .with("description", Str.ANY, "What it changes and why.")
            .with("extends", name("the name of a variant file"), "A variant file (named relative to this one) whose edits come first.");

    /** {@code add:} of a variant file. */
    public static final Obj ADD = Obj.of("Levels, bodies and items added to the catalog.")
            .with("levels", new Arr("Levels to add.", new Anything("a level")), "Levels to add.")
            .with("bodies", new Arr("Bodies to add.", new Anything("a body")), "Bodies to add.")
            .with("items", new Arr("Items to add, each with its 'category'.", new Anything("an item")), "Items to add.")
            .with("units", new Arr("Units of the organisation to add.", new Anything("a unit")), "Units of the"
                    + " organisation to add.")
            .with("states", new Arr("States of the organisation to add, after the catalog's own.",
                    new Anything("a state")), "States of the organisation to add, after the catalog's own.");

    /** {@code remove:} of a variant file. */
    public static final Obj REMOVE = Obj.of("What the variant removes.")
            .with("items", new Arr("Ids of the items to remove.", name("an item id")), "Ids of the items to remove.")
            .with("units", new Arr("Ids of the units to remove.", name("a unit id")), "Ids of the units to remove.");

    /** {@code rules:} of a variant file. */
    public static final Obj RULES = Obj.of("Rules switched off or added.")
            .with("disable", new Arr("Rule names or finding codes.", name("a rule name or a finding code")), "Rule names or finding codes to switch off.")
            .with("extra", new Arr("DRL files, named relative to this file.", name("a file name")), "DRL files to add.");

    /** A variant (what-if) file: {@code quanze diff VARIANT}. */
    public static final Obj VARIANT = Obj.of("A what-if variant of a catalog: edits applied to a copy, compared by"
            + " quanze diff against the catalog as it is.").called("a variant file")
            .required("variant", VARIANT_HEAD, "Which variant this is.")
            .with("principle", new Ref(CATALOG + "#/$defs/principle"), "Fields of the principle replaced.")
            .with("items", Obj.byId("Fields of items replaced, by item id.", Obj.byId("The fields replaced.",
                    new Anything("a field of an item"))), "Fields of items replaced, by item id.")
            .with("add", ADD, "Levels, bodies and items added.")
            .with("remove", REMOVE, "What is removed.")
            .with("levels", Obj.byId("Fields of levels replaced, by level id.", Obj.byId("The fields replaced.",
                    new Anything("a field of a level"))), "Fields of levels replaced, by level id.")
            .with("units", Obj.byId("Fields of units replaced, by unit id.", Obj.byId("The fields replaced.",
                    new Anything("a field of a unit"))), "Fields of units replaced, by unit id (until: 2019-01-10).")
            .with("rules", RULES, "Rules switched off or added.");

    /** One change of an expected-changes file. */
    public static final Obj CHANGE = Obj.of("A change the variant must make.").called("a change")
            .required("item", Str.ANY, "The item (or level) changed.")
            .required("field", Str.ANY, "What changed: decision, level, a role, a finding.")
            .required("before", Str.ANY, "The value against the catalog as it is.")
            .required("after", Str.ANY, "The value with the variant.");

    /** The expected changes of a variant ({@code quanze diff --expect FILE}), written by {@code --write-expect}. */
    public static final Obj EXPECTED_CHANGES = Obj.of("The changes a variant must make, and no others.")
            .called("an expected-changes file")
            .required("variant", Str.ANY, "The id of the variant.")
            .required("changes", new Arr("The changes, one per item and field.", CHANGE), "The changes.");
}
