package quanze.model;

/**
 * The route by which the level came to hold the power (权力来源, domain.md §3): by law at this level (法定), delegated
 * by the government that held it (下放), entrusted by an organ that keeps it (委托, 行政许可法 Art. 24, 行政处罚法
 * Art. 20), authorised by a law or regulation (授权, 行政许可法 Art. 23, 行政处罚法 Art. 19), exercised by a branch
 * office for its parent (派出机构), concentrated in one organ by the State Council or a province (相对集中行政处罚权,
 * 行政处罚法 Art. 18), or a county-level penalty power given to townships and streets by a province (行政处罚法
 * Art. 24).
 */
public enum Source implements Keyed {
    BY_LAW, DELEGATED, AUTHORISED, ENTRUSTED, BRANCH, CONCENTRATED, TOWNSHIP_PENALTY
}
