package quanze.model;

/**
 * The legal nature of a body, which decides what it may hold (issue 15): an administrative organ (行政机关) holds
 * powers in its own name; a branch office (派出机构) acts for its parent; an agency (派出机关, such as a street
 * office, 地方组织法 (2004) Art. 68, (2022) Art. 85) acts for the government that sent it; a public institution (事业单位) holds a power
 * only when a law or regulation authorises it or an organ entrusts it; a self-governing body (居委会, 村委会)
 * governs itself and helps the government (居民委员会组织法 Arts. 2-3), holding no power of its own; a Party body
 * holds no administrative power; a service centre delivers services (便民服务) and holds no power of its own. An
 * internal office (内设机构, 科室) is part of its organ and acts as it: what an import makes of a list's 承办机构.
 */
public enum Nature implements Keyed {
    ORGAN, BRANCH_OFFICE, INTERNAL_OFFICE, AGENCY, INSTITUTION, SELF_GOVERNING, PARTY, SERVICE_CENTRE
}
