package quanze.schema;

import java.util.List;

import quanze.model.Approver;
import quanze.model.CategoryKind;
import quanze.model.Nature;
import quanze.model.CommunityBody;
import quanze.model.PowerType;
import quanze.model.Rank;
import quanze.model.Role;
import quanze.model.Scope;
import quanze.model.Service;
import quanze.model.Source;
import quanze.model.Trait;
import quanze.model.UnitKind;
import quanze.schema.Shape.AnyOf;
import quanze.schema.Shape.Arr;
import quanze.schema.Shape.Bool;
import quanze.schema.Shape.Cell;
import quanze.schema.Shape.Def;
import quanze.schema.Shape.Int;
import quanze.schema.Shape.Keys;
import quanze.schema.Shape.Null;
import quanze.schema.Shape.Obj;
import quanze.schema.Shape.Str;
import quanze.vocabulary.Vocabulary;

/**
 * The fields of a catalog file, said once: the catalog's readers accept exactly these names, and
 * {@code catalog/schema/catalog.schema.json} is generated from them ({@code SchemasTest}).
 */
public final class CatalogShapes {

    private CatalogShapes() {
    }

    private static final Str ID = new Str("[\\s\\S]", List.of(), "a string that is not empty");
    private static final Str DAY = new Str("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", List.of(),
            "a date YYYY-MM-DD (or YYYY-MM, or YYYY)");
    /** An article, paragraph or subparagraph: 31, or as written (三十一, 31-1). */
    private static final AnyOf NUMBERED = new AnyOf(List.of(Str.ANY, new Int(0)));
    /** The levels the law's words name (national … community), as the bundled vocabulary defines them. */
    private static final Str LEVEL_WORD = new Str(null, new LevelWords(), "a level of the law's words");

    /**
     * The bundled vocabulary's level words, read when first asked for: the vocabulary brings Jackson's databind
     * (600 classes, 80 ms of a cold start), which a check that reads no law's words must not pay for.
     */
    private static final class LevelWords extends java.util.AbstractList<String> {
        private static final class Read {
            static final List<String> WORDS = Vocabulary.bundled().levels().stream()
                    .map(Vocabulary.LevelWords::id).toList();
        }

        @Override
        public String get(int i) {
            return Read.WORDS.get(i);
        }

        @Override
        public int size() {
            return Read.WORDS.size();
        }
    }

    private static Arr texts(String description) {
        return new Arr(description, Str.ANY);
    }

    /** A name: a string, or {zh, en}. */
    public static final Def TEXT = new Def("text", new AnyOf(List.of(Str.ANY, Obj.of("A name in Chinese and English")
            .with("zh", Str.ANY, "In Chinese, either script.")
            .with("en", Str.ANY, "In English."))));

    public static final Def ROLE = new Def("role", new Keys(Role.class));

    /** One provision an item rests on. */
    public static final Obj BASIS_FIELDS = Obj.of("A provision the power rests on.").called("a basis")
            .required("law", ID, "The title as written (中华人民共和国种子法, or a short title).")
            .with("short", Str.ANY, "The title without 中华人民共和国, for matching (written by import).")
            .required("article", NUMBERED, "The article (条): 31, or as written.")
            .with("paragraph", NUMBERED, "款: 第三十一条第二款 → article 31, paragraph 2.")
            .with("subparagraph", NUMBERED, "项: 第九十九条第（七）项 → subparagraph 7.")
            .required("rank", new Keys(Rank.class), "The rank of the instrument (law, administrative-regulation, …).")
            .with("confirmed", new Bool(), "False where the article could not be checked against the published text.")
            .with("note", Str.ANY, "Anything a reviewer should know about this provision.")
            .with("tag", Str.ANY, "The published list's 【tag】 as written (法律, 法规, 规章, 规范性文件…), from which rank was"
                    + " read.")
            .with("version", Str.ANY, "The parenthesis after the title, as written (adopted, amended, effective).")
            .with("adopted", DAY, "The date adopted or published (ISO; YYYY-MM when no day is given).")
            .with("amended", DAY, "The date of the latest amendment (ISO).")
            .with("effective", DAY, "The date it took effect (ISO).")
            .with("text", Str.ANY, "The provision's own words, verbatim, as the list quotes them.");

    public static final Def BASIS = new Def("basis", BASIS_FIELDS);

    public static final Obj ENTRUSTMENT = transferFields(Obj.of("Who entrusted the power to the level that exercises"
            + " it, and on what basis.")
            .required("by", ID, "The body that entrusts (委托机关).")
            .with("basis", new Arr("The provisions that allow the entrustment.", BASIS), "The provisions that allow"
                    + " the entrustment."));

    /** How the power came to the level that exercises it, for any route (delegated, authorised, branch…). */
    public static final Obj TRANSFER = transferFields(Obj.of("How the power came to the level that exercises it: who"
            + " transferred it, on what basis, by which document.")
            .with("by", ID, "The body that entrusted or delegated it (委托机关, 下放的部门).")
            .with("basis", new Arr("The provisions the transfer rests on.", BASIS), "The provisions the transfer"
                    + " rests on (for an authorisation: the law or regulation that names the body)."));

    private static Obj transferFields(Obj o) {
        return o.with("document", Str.ANY, "The deciding or entrusting document (文号), as written.")
                .with("published", new Bool(), "Whether the transfer was published (委托应当公布, 行政许可法 Art. 24;"
                        + " 行政处罚法 Art. 20, 24).")
                .with("inOwnName", new Bool(), "True when the receiving body acts in its own name; an entrusted body"
                        + " must act in the entruster's (以委托行政机关名义实施).")
                .with("approvedBy", new Keys(Approver.class), "Who approved a concentration of penalty powers or a"
                        + " transfer to townships: state-council or province (行政处罚法 Art. 18, 24).");
    }

    /** Role → body id; a role by its key (policy) or its Chinese name in either script (管政策, 抓執行). */
    public static final Obj ROLES = Obj.byKey("Role → body id: which body holds each role.", new Keys(Role.class),
            new Str("[\\s\\S]", List.of(), "a body id"));

    public static final Obj DECLARED = Obj.of("What the power list says today: this is what gets checked.")
            .required("level", new AnyOf(List.of(ID, new Arr("Several levels.", ID).oneOrMore())),
                    "The level id, or several (自治区级、地州市级、县市区级: the item is declared at each).")
            .required("source", new Keys(Source.class), "How the level came to hold it (by-law, delegated, …).")
            .with("entrustment", ENTRUSTMENT, "For an entrusted power: who entrusted it, and on what basis.")
            .with("transfer", TRANSFER, "For a power on any other route: who transferred it, on what basis, by which"
                    + " document (an entrustment may be written here too).")
            .with("roles", ROLES, "Role → body id.")
            .with("authority", Str.ANY, "What the list says the level may do (权限), as written.");

    public static final Obj IMPORTED = Obj.of("Where an imported item came from.")
            .required("file", ID, "The list it was imported from.")
            .with("sheet", Str.ANY, "The sheet of a workbook.")
            .required("row", new Int(1), "The row, as a spreadsheet numbers it.");

    /** One power or responsibility of the list. */
    public static final Obj ITEM_FIELDS = Obj.of("One power or responsibility of the list.").called("an item")
            .required("id", ID, "The item's id, unique in the catalog.")
            .required("name", TEXT, "Its name: a string, or {zh, en}.")
            .required("type", new Keys(PowerType.class), "The kind of power (licensing, penalty, …).")
            .with("basis", new Arr("The provisions it rests on.", BASIS), "The provisions it rests on.")
            .with("floor", Str.ANY, "The lowest level the statute allows.")
            .with("traits", new Arr("Grassroots, foundational, micro.", new Keys(Trait.class)).distinctEntries(),
                    "What kind of power it is, as the principle reads it.")
            .with("scope", new Keys(Scope.class), "Its reach; required for approval and management items.")
            .with("responsibilities", texts("Duties that go with the power."), "Duties that go with the power.")
            .with("accountability", texts("How it is held to account."), "How it is held to account.")
            .required("declared", DECLARED, "What the power list says today: this is what gets checked.")
            .with("service", new Keys(Service.class), "Required for community services.")
            .with("origin", Str.ANY, "For street functions: the level the function came from.")
            .with("note", Str.ANY, "Anything a reviewer should know.")
            .with("extra", Obj.byId("Columns of an imported list that map to no field.", new Cell()), "Columns of an"
                    + " imported list that map to no field, kept as they were; not read by the rules.")
            .with("imported", IMPORTED, "Where an imported item came from.");

    public static final Def ITEM = new Def("item", ITEM_FIELDS);

    private static final Obj LEVEL_ROLES = Obj.byId("Level id → the roles that level holds; every role exactly once.",
            new Arr("The roles.", ROLE).distinctEntries());

    /** The principle: what is delegated and who holds which role. */
    public static final Obj PRINCIPLE_FIELDS = Obj.of("Overrides of the bundled principle; every field optional.")
            .with("id", ID, "The principle's id.")
            .with("name", TEXT, "Its name.")
            .with("delegableTraits", new Arr("The traits.", new Keys(Trait.class)), "Traits that make a power"
                    + " delegable (基层性、基础性、微观性).")
            .with("blockingScopes", new Arr("The scopes.", new Keys(Scope.class)), "Scopes that keep a power above.")
            .with("delegateTo", ID, "The level powers are delegated to.")
            .with("retainAt", ID, "The level that keeps what is not delegated.")
            .with("communityLevel", ID, "The level of community services.")
            .with("roles", Obj.of("Which level holds each role, by decision.")
                    .with("delegated", LEVEL_ROLES, "For a delegated item.")
                    .with("retained", LEVEL_ROLES, "For a retained item.")
                    .with("community", LEVEL_ROLES, "For a community service.")
                    .with("street", LEVEL_ROLES, "For a street function."), "Which level holds each role.")
            .with("communityServices", Obj.byKey("Community body → the services it provides.",
                    new Keys(CommunityBody.class), new Arr("The services.", new Keys(Service.class))),
                    "Community body → the services it provides.")
            .with("routes", Obj.byKey("Route → the roles the body that receives a power by it may hold.",
                    new Keys(Source.class), new Arr("The roles.", ROLE).distinctEntries()), "Route → the roles the body"
                    + " that receives a power by it may hold (an entrusted body manages, executes and implements; the"
                    + " entruster keeps the rest).")
            .with("natures", Obj.byKey("Legal nature → what a body of it may exercise.", new Keys(Nature.class),
                    Obj.of("What a body of one legal nature may exercise.")
                            .with("powers", new Arr("The types.", new Keys(PowerType.class)).distinctEntries(),
                                    "The types of power it may exercise (none listed: every type).")
                            .with("routes", new Arr("The routes.", new Keys(Source.class)).distinctEntries(),
                                    "The routes by which it may receive them (none listed: every route).")
                            .required("basis", Str.ANY, "The law that says so, as a reviewer cites it.")),
                    "Legal nature → the types of power a body of it may exercise and the routes by which.");

    public static final Def PRINCIPLE = new Def("principle", PRINCIPLE_FIELDS);

    /** The {@code statutory:} block: a catalog's own words for reading the law's levels. */
    public static final Obj STATUTORY = Obj.of("Words for reading the level of a power in the text of its bases, laid"
            + " over quanze's own (src/main/resources/quanze/vocabulary/statutory.yaml): each list's words come first.")
            .with("actors", new Arr("Who acts, and at which level.", Obj.of("An actor of the law's text.")
                    .required("pattern", Str.ANY, "A regular expression for the actor (县级以上人民政府).")
                    .required("floor", LEVEL_WORD, "The lowest level it names.")
                    .with("highest", new AnyOf(List.of(LEVEL_WORD, new Null())), "The highest level it names.")
                    .required("words", texts("Words."), "The words it is written with.")), "Who acts, and at which"
                    + " level.")
            .with("organs", texts("Words."), "Words that name an organ (部门, 机关).")
            .with("relative", texts("Words."), "Words that name a level relative to another (上级, 本级).")
            .with("by", texts("Words."), "Words before the actor (由, 经).")
            .with("via", texts("Words."), "Words for acting through another (报, 经…批准).")
            .with("references", texts("Words."), "Words that refer to another provision (依照, 按照).")
            .with("plans", texts("Words."), "Words that name a plan, not a power.")
            .with("holders", texts("Words."), "Words that name who holds a power.")
            .with("directSpan", new Int(0), "How many characters the actor may stand before its verb.")
            .with("subjectSpan", new Int(0), "How many characters the subject may stand before the actor.")
            .with("verbs", Obj.byKey("Type of power → words that name it.", new Keys(PowerType.class),
                    texts("Words.")), "Words that name each type of power.");

    public static final Obj LEVEL = Obj.of("A level of government.").called("a level")
            .required("id", ID, "The level's id (province, city, district, street, community).")
            .with("name", TEXT, "Its name.")
            .with("abolished", new Bool(), "True for a level the reform abolished (the street offices).")
            .with("note", Str.ANY, "Anything a reviewer should know.");

    public static final Obj BODY = Obj.of("A body that holds roles.").called("a body")
            .required("id", ID, "The body's id.")
            .required("level", ID, "The level it belongs to.")
            .required("name", TEXT, "Its name.")
            .with("parent", Str.ANY, "The id of the body this one is a branch office of.")
            .with("kind", new Keys(CommunityBody.class), "For community bodies.")
            .with("nature", new Keys(Nature.class), "Its legal nature: organ, branch-office, agency, institution,"
                    + " self-governing, party or service-centre (by default: branch-office when it has a parent, the"
                    + " nature of its community kind, else organ).")
            .with("note", Str.ANY, "Anything a reviewer should know.");

    public static final Obj CATEGORY = Obj.of("A category of items.").called("a category")
            .required("id", ID, "The category's id.")
            .required("kind", new Keys(CategoryKind.class), "approval, management, street-function or"
                    + " community-service.")
            .required("name", TEXT, "Its name.")
            .with("note", Str.ANY, "Anything a reviewer should know.")
            .with("items", new Arr("The items.", ITEM), "The items of the category.");

    /** A dated state of the organisation. */
    public static final Obj STATE = Obj.of("A dated state of the organisation, in order: a unit exists in it when its"
            + " day falls within the unit's from and until.").called("a state")
            .required("id", ID, "The state's id (before, after, 2019).")
            .required("date", DAY, "Its day (YYYY-MM-DD; YYYY-MM or YYYY: the first day).")
            .with("name", TEXT, "Its name.")
            .with("note", Str.ANY, "Anything a reviewer should know.");

    /** What one unit takes over from another. */
    public static final Obj TAKE = Obj.of("What this unit takes over from another (人随事走, 编制随事走).")
            .called("a take")
            .required("from", new AnyOf(List.of(ID, new Arr("Several units.", ID).oneOrMore())), "The unit it"
                    + " takes over from, or several.")
            .with("functions", new Arr("The functions.", ID).distinctEntries(), "The functions it takes over (absent:"
                    + " all; empty: none, only posts).")
            .with("posts", new Int(0), "The posts (编制) it takes with them.")
            .with("postsWith", ID, "The unit that holds the posts of the staff who came with them (上挂).")
            .with("note", Str.ANY, "Anything a reviewer should know.");

    /** One unit of the organisation, or a group of like ones. */
    public static final Obj UNIT = Obj.of("A unit of the organisation (a district, street office, community,"
            + " institution, department, duty room, complaint intake, information centre), or a group of count like"
            + " ones.").called("a unit")
            .required("id", ID, "The unit's id, unique in the catalog.")
            .required("kind", new Keys(UnitKind.class), "What it is.")
            .required("name", TEXT, "Its name.")
            .with("district", ID, "The unit of kind district it belongs to.")
            .with("count", new Int(1), "How many like units this entry stands for (default 1).")
            .with("posts", new Int(0), "Its posts (编制), all of the group's together.")
            .with("sector", Str.ANY, "Its sector (education, health…), which a total may exclude.")
            .with("from", DAY, "The day it was set up (absent: before every state).")
            .with("until", DAY, "The day it was abolished or merged away (absent: never).")
            .with("functions", new Arr("The functions.", ID).distinctEntries(), "The functions it carries, by key.")
            .with("bodies", new Arr("The bodies.", new Keys(CommunityBody.class)).distinctEntries(), "For a"
                    + " community: the bodies it has.")
            .with("sharedOffice", new Arr("The bodies.", new Keys(CommunityBody.class)).distinctEntries(), "For a"
                    + " community: the bodies that share one office (合署办公).")
            .with("crossServing", new Arr("The bodies.", new Keys(CommunityBody.class)).distinctEntries(), "For a"
                    + " community: the bodies whose members serve in each other (交叉任职).")
            .with("leadsTo", ID, "For a complaint intake: the unit its complaints go to.")
            .with("answersComplaints", new Bool(), "True when it answers complaints itself.")
            .with("body", ID, "For a department: the catalog body it is.")
            .with("ends", new Arr("The functions.", ID).distinctEntries(), "Functions that end with it, on purpose"
                    + " (不再承擔…職能): they need no successor when it goes.")
            .with("takes", new Arr("What it takes over.", TAKE), "What it takes over from units that are gone.")
            .with("reconstructed", new Bool(), "True when no public source gives this unit as written: the note says"
                    + " what is reconstructed.")
            .with("source", Str.ANY, "Where it comes from.")
            .with("note", Str.ANY, "Anything a reviewer should know.");

    /** A total the reform states. */
    public static final Obj TOTAL = Obj.of("A total the reform states, checked against what the units add up to.")
            .called("a total")
            .required("kind", new Keys(UnitKind.class), "The kind of unit counted.")
            .with("measure", new Keys(quanze.model.Total.Measure.class), "units (default) or posts.")
            .with("before", new Int(0), "In the first state.")
            .with("after", new Int(0), "In the last state.")
            .with("abolished", new Int(0), "Of the first state's, gone in the last.")
            .with("excluding", new Arr("Sectors.", Str.ANY).distinctEntries(), "Sectors not counted (education,"
                    + " health).")
            .with("between", new Arr("Two state ids.", ID), "The two states it compares, [before, after] (absent: the"
                    + " first and the last; a variant that adds a later state then moves it there).")
            .with("note", Str.ANY, "Where the figures come from.");

    public static final Obj HEAD = Obj.of("Which catalog this is.")
            .required("id", ID, "The catalog's id.")
            .required("name", TEXT, "Its name.")
            .with("reconstructed", new Bool(), "True when the items are reconstructed rather than taken from a"
                    + " published list.")
            .with("source", Str.ANY, "Where the list comes from.")
            .with("note", Str.ANY, "What is reconstructed, and anything else a reviewer should know.")
            .with("expect", Obj.of("What the rules must derive (QZ111).")
                    .with("delegatedApprovals", Obj.of("The delegated approvals the reform states.")
                            .required("categories", new Int(0), "How many categories.")
                            .required("items", new Int(0), "How many items."), "The delegated approvals the reform"
                            + " states.")
                    .with("totals", new Arr("Totals of the organisation the reform states (QZ139).", TOTAL),
                            "Totals of the organisation the reform states: 16 street offices abolished, 132 → 81"
                            + " communities (QZ139)."), "What the rules must derive (QZ111, QZ139).");

    /** One {@code *.yaml} file of a catalog folder. */
    public static final Obj CATALOG = Obj.of("One *.yaml file of a quanze catalog folder. Every file of the folder is"
            + " read in name order; exactly one has the catalog block; lists from all files are joined.")
            .called("a catalog file")
            .with("catalog", HEAD, "Which catalog this is (in exactly one file).")
            .with("principle", PRINCIPLE, "Overrides of the bundled principle.")
            .with("statutory", STATUTORY, "Words for reading the law's levels.")
            .with("levels", new Arr("Levels of government, top to bottom.", LEVEL), "Levels of government, top to"
                    + " bottom.")
            .with("bodies", new Arr("Bodies.", BODY), "The bodies that hold roles.")
            .with("categories", new Arr("Categories.", CATEGORY), "The categories and their items.")
            .with("states", new Arr("Dated states of the organisation, in order.", STATE), "Dated states of the"
                    + " organisation, in order (before and after a reform).")
            .with("units", new Arr("Units of the organisation.", UNIT), "Units of the organisation: districts,"
                    + " street offices, communities, institutions, departments, duty rooms, complaint intakes.");
}
