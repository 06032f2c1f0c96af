package quanze.model;

/**
 * The conditions of the routes (rules/routes.drl) a list does not meet, in the words a reviewer reads and with the
 * provision that sets each: one method per derivation rule, which inserts what it returns. The rules say when a
 * condition fails; this class only says it.
 */
public final class RouteFaults {

    private RouteFaults() {
    }

    /** An entrustment names the organ that entrusts. */
    public static RouteFault noEntruster(Item i) {
        return new RouteFault(i, Source.ENTRUSTED,
                "it names no entrusting organ (委托机关): say which under 'entrustment: {by: …}'",
                "行政许可法 Art. 24 ¶1, 行政处罚法 Art. 20 ¶1");
    }

    /** An organ entrusts only a power its own level holds. */
    public static RouteFault entrusterLacksPower(Item i, Decision d, Body by) {
        return new RouteFault(i, Source.ENTRUSTED, String.format(
                "the entruster %s is at '%s', while the rules give the power to '%s' (rule \"%s\"): an organ"
                + " entrusts only a"
                + " power within its own competence, and a body that holds a power by entrustment may not"
                + " entrust it further",
                by.id(), by.levelId(), d.holderLevel(), d.rule()),
                "行政许可法 Art. 24 ¶1 and ¶3, 行政处罚法 Art. 20 ¶1 and ¶4");
    }

    /** Only an administrative organ entrusts a power. */
    public static RouteFault entrusterNotOrgan(Item i, Body by) {
        return new RouteFault(i, Source.ENTRUSTED, String.format(
                "the entruster %s is a %s, not an administrative organ that holds the power: a body that holds"
                + " a power by"
                + " entrustment or as a branch may not entrust it further", by.id(), by.nature().key()),
                "行政许可法 Art. 24 ¶1 and ¶3, 行政处罚法 Art. 20 ¶1 and ¶4");
    }

    /** An entrustment rests on a law, regulation or rule. */
    public static RouteFault entrustmentBasisBelowRule(Item i) {
        return new RouteFault(i, Source.ENTRUSTED, i.declared().entrustment().hasBasis()
                ? "the entrustment rests only on " + i.declared().entrustment().ranksCited()
                + ", where an organ entrusts according to a law, regulation or rule"
                : "the entrustment cites no law, regulation or rule that allows it",
                "行政许可法 Art. 24 ¶1, 行政处罚法 Art. 20 ¶1");
    }

    /** An entrustment is published. */
    public static RouteFault entrustmentUnpublished(Item i) {
        return new RouteFault(i, Source.ENTRUSTED, "the entrustment was not published (published: false)",
                "行政许可法 Art. 24 ¶1, 行政处罚法 Art. 20 ¶2");
    }

    /** An entrusted body acts in the entruster's name. */
    public static RouteFault entrustedActsInOwnName(Item i) {
        return new RouteFault(i, Source.ENTRUSTED, "the entrusted body acts in its own name (inOwnName: true), where it"
                + " must act in the entruster's", "行政许可法 Art. 24 ¶3, 行政处罚法 Art. 20 ¶4");
    }

    /** A coercive measure is not entrusted. */
    public static RouteFault coercionEntrusted(Item i) {
        return new RouteFault(i, Source.ENTRUSTED, "the power to take a coercive measure may not be entrusted",
                "行政强制法 Art. 17 ¶1");
    }

    /** A licence is entrusted only to an administrative organ. */
    public static RouteFault licenceEntrustedToNonOrgan(Item i, Body b) {
        return new RouteFault(i, Source.ENTRUSTED, String.format(
                "the licence is entrusted to %s, a %s: a licence may be entrusted only to another administrative organ",
                b.id(), b.nature().key()), "行政许可法 Art. 24 ¶1");
    }

    /** An authorisation rests on a law or regulation. */
    public static RouteFault authorisationBelowLawOrRegulation(Item i) {
        return new RouteFault(i, Source.AUTHORISED, String.format(
                "the authorisation rests on %s, where only a law or regulation authorises an organisation to"
                + " exercise a power"
                + " in its own name", i.authorisationCited()), "行政许可法 Art. 23, 行政处罚法 Art. 19");
    }

    /** A coercive power is authorised only by a law or an administrative regulation. */
    public static RouteFault coercionAuthorisedBelowAdministrativeRegulation(Item i) {
        return new RouteFault(i, Source.AUTHORISED, String.format(
                "the authorisation rests on %s, where only a law or an administrative regulation authorises an"
                + " organisation to"
                + " take coercive measures", i.authorisationCited()), "行政强制法 Art. 70");
    }

    /** A power is delegated by a level above the one that receives it. */
    public static RouteFault delegatedFromBelow(Item i, Body by) {
        return new RouteFault(i, Source.DELEGATED, String.format(
                "it was delegated by %s at '%s', which is not above '%s': a power is delegated down by the"
                + " government that"
                + " holds it", by.id(), by.levelId(), i.declared().levelId()), "下放 (delegation)");
    }

    /** A power held as a branch is exercised by a branch office. */
    public static RouteFault branchWithoutParent(Item i, Body b) {
        return new RouteFault(i, Source.BRANCH, String.format(
                "%s is not a branch office (it names no parent body)", b.id()), "派出机构 (branch office)");
    }

    /** The parent of a branch office holds the power the branch exercises. */
    public static RouteFault branchParentLacksPower(Item i, Decision d, Body b) {
        return new RouteFault(i, Source.BRANCH, String.format(
                "%s is a branch of %s at '%s', while the rules give the power to '%s' (rule \"%s\")",
                b.id(), b.parent(), b.parentLevelId(), d.holderLevel(), d.rule()), "派出机构 (branch office)");
    }

    /** Only penalties, their coercive measures and licences are concentrated. */
    public static RouteFault concentratedTypeNotAllowed(Item i) {
        return new RouteFault(i, Source.CONCENTRATED, String.format(
                "a %s is not concentrated: the law concentrates penalty powers (with the coercive measures that"
                + " go with them)"
                + " and licensing powers", i.type() == null ? "power of no type" : i.type().key()),
                "行政处罚法 Art. 18 ¶2, 行政强制法 Art. 17 ¶2, 行政许可法 Art. 25");
    }

    /** A concentration of powers is decided by the State Council or a province. */
    public static RouteFault concentrationUndecided(Item i) {
        return new RouteFault(i, Source.CONCENTRATED, "it names no decision of the State Council or a province"
                + " (transfer: {approvedBy: state-council | province})", "行政处罚法 Art. 18 ¶2, 行政许可法 Art. 25");
    }

    /** Only penalty powers are given to townships and streets. */
    public static RouteFault townshipTypeNotPenalty(Item i) {
        return new RouteFault(i, Source.TOWNSHIP_PENALTY, String.format(
                "a %s is not given to townships and streets: Art. 24 gives county-level penalty powers",
                i.type() == null ? "power of no type" : i.type().key()), "行政处罚法 Art. 24 ¶1");
    }

    /** Penalty powers are given to townships and streets by a province, and the decision published. */
    public static RouteFault townshipUndecidedOrUnpublished(Item i) {
        return new RouteFault(i, Source.TOWNSHIP_PENALTY,
                i.declared().entrustment() == null || i.declared().entrustment().approvedBy() != Approver.PROVINCE
                ? "it names no decision of a province (transfer: {approvedBy: province})"
                : "the province's decision was not published (published: false)", "行政处罚法 Art. 24 ¶1");
    }

    /** Only county-level penalty powers are given to townships and streets. */
    public static RouteFault townshipAboveCounty(Item i, Level to) {
        return new RouteFault(i, Source.TOWNSHIP_PENALTY, String.format(
                "its statutory floor is '%s': Art. 24 gives townships and streets the penalty powers of county-level"
                + " departments ('%s'), not those of a level above", i.legalFloor().id(), to.id()), "行政处罚法 Art. 24 ¶1");
    }

    /** Penalty powers given to townships and streets are held below the district. */
    public static RouteFault townshipAtOrAboveDistrict(Item i, Level to) {
        return new RouteFault(i, Source.TOWNSHIP_PENALTY, String.format(
                "it is declared at '%s', where Art. 24 gives county-level penalty powers to the townships and"
                + " streets below"
                + " '%s'", i.declared().levelId(), to.id()), "行政处罚法 Art. 24 ¶1");
    }
}
