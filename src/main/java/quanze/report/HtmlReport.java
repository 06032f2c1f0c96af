package quanze.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import quanze.model.Body;
import quanze.model.CheckResult;
import quanze.model.Decision;
import quanze.model.Finding;
import quanze.model.Firing;
import quanze.model.Item;
import quanze.model.Keyed;
import quanze.model.Role;
import quanze.script.Labels;
import quanze.script.Lang;

/**
 * One self-contained HTML file for legal staff: summary figures, the allocation matrix (items by category
 * against the seven roles, each cell coloured by level, mismatches with the declaration marked), the findings
 * with filters and search, each item's explanation, waivers, labels in simplified or traditional Chinese or in
 * English (a switch on the page; the report's language first), and a print stylesheet. No network access: style
 * and script are inline (src/main/resources/quanze/report/).
 */
final class HtmlReport implements Report {

    private final Lang lang;

    HtmlReport(Lang lang) {
        this.lang = lang;
    }

    @Override
    public void write(CheckResult r, Writer w) throws IOException {
        String css = resource("report.css");
        String js = resource("report.js");
        var info = r.catalog().info();
        String title = info == null ? r.catalog().dir() : info.name().both();
        w.write("<!DOCTYPE html>\n<html lang=\"" + lang.tag() + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<title>quanze — " + esc(title) + "</title>\n<style>\n" + css + "</style>\n</head>\n<body>\n");
        w.write("<header><h1>" + label("reportTitle") + "</h1>\n");
        w.write("<p class=\"sub\">" + esc(title) + " · <code>" + esc(r.catalog().dir()) + "</code> · "
                + label("principle") + " " + esc(r.catalog().principle().id())
                + (info != null && info.reconstructed() ? " · " + label("reconstructedList") : "") + "</p>\n");
        w.write("<label class=\"lang\">" + label("language") + " <select id=\"lang\" data-lang=\"" + lang.tag() + "\">");
        for (Lang l : Lang.values()) {
            w.write("<option value=\"" + l.tag() + "\"" + (l == lang ? " selected" : "") + ">" + NAMES.get(l) + "</option>");
        }
        w.write("</select></label></header>\n");
        summary(r, w);
        matrix(r, w);
        organisation(r, w);
        findings(r, w);
        items(r, w);
        w.write("<script>\n" + js + "</script>\n</body>\n</html>\n");
        w.flush();
    }

    /** The organisation before and after, its stated totals and the findings about it (none: no section). */
    private void organisation(CheckResult r, Writer w) throws IOException {
        OrganisationSection o = OrganisationSection.of(r);
        if (o == null) return;
        w.write("<section id=\"organisation\"><h2>" + label("organisation") + "</h2>\n<p>" + esc(o.states()) + "</p>\n");
        w.write("<table class=\"organisation\"><thead><tr><th>" + label("orgKind") + "</th><th>" + label("orgCount")
                + "</th></tr></thead><tbody>\n");
        for (OrganisationSection.Row row : o.rows()) {
            w.write("<tr><td>" + esc(OrganisationSection.kind(lang, row.kind())) + "</td><td>"
                    + esc(o.counts(lang, row)) + "</td></tr>\n");
        }
        w.write("</tbody></table>\n");
        if (!o.totals().isEmpty()) {
            w.write("<h3>" + label("orgStatedTotals") + "</h3>\n<ul class=\"totals\">");
            for (OrganisationSection.Stated t : o.totals()) {
                w.write("<li class=\"" + (t.holds() ? "holds" : "differs") + "\">" + esc(o.total(lang, t)) + "</li>");
            }
            w.write("</ul>\n");
        }
        w.write("<p>" + esc(quanze.script.Labels.label(lang, "orgFindings", o.findings().size())) + "</p></section>\n");
    }

    /** Each language named in itself, for the switch. */
    private static final Map<Lang, String> NAMES = Map.of(Lang.ZH_HANS, "简体中文", Lang.ZH_HANT, "繁體中文", Lang.EN, "English");

    private void summary(CheckResult r, Writer w) throws IOException {
        w.write("<section id=\"summary\"><h2>" + label("summary") + "</h2><div class=\"figures\">\n");
        figure(w, r.catalog().items().size(), "figItems");
        figure(w, r.delegated(), "figDelegated");
        if (r.takenBack() > 0) figure(w, r.takenBack(), "figTakenBack");
        figure(w, r.retained(), "figRetained");
        figure(w, r.delegatedApprovals(), "figApprovals");
        figure(w, r.delegatedApprovalCategories(), "figCategories");
        figure(w, r.count(quanze.model.Severity.ERROR), "figErrors");
        figure(w, r.count(quanze.model.Severity.WARNING), "figWarnings");
        figure(w, r.waived(), "waived");
        w.write("</div></section>\n");
    }

    private void figure(Writer w, long n, String key) throws IOException {
        w.write("<div class=\"figure\"><b>" + n + "</b>" + label(key) + "</div>\n");
    }

    private void matrix(CheckResult r, Writer w) throws IOException {
        w.write("<section id=\"matrix\"><h2>" + label("matrix") + "</h2>\n");
        w.write("<p class=\"legend\"><span class=\"lv lv-city\">" + label("level.city") + "</span> <span class=\"lv"
                + " lv-district\">" + label("level.district") + "</span> <span class=\"lv lv-community\">"
                + label("level.community") + "</span> <span class=\"lv lv-street\">" + label("level.street")
                + "</span> <span class=\"mismatch-key\">" + label("mismatchKey") + "</span></p>\n");
        w.write("<table class=\"matrix\"><thead><tr><th>" + label("category") + "</th><th>" + label("item")
                + "</th><th>" + label("decision") + "</th>");
        for (Role role : Role.values()) w.write("<th>" + label("role." + role.key()) + "</th>");
        w.write("</tr></thead><tbody>\n");
        for (Decision d : r.decisions()) {
            Item i = d.item();
            w.write("<tr data-item=\"" + esc(i.id()) + "\"><td>" + esc(i.categoryId()) + "</td><td><a href=\"#item-"
                    + esc(i.id()) + "\">" + esc(i.id()) + "</a><br><small>" + name(i) + "</small></td><td>"
                    + (d.verdict() == quanze.model.Verdict.DELEGATE ? label("delegate") : label("retain"))
                    + " → " + esc(d.level()) + "</td>");
            for (Role role : Role.values()) {
                String derived = d.roles().get(role);
                Body b = i.declared().holder(role);
                String declared = b == null ? null : b.levelId();
                boolean differs = declared == null || !declared.equals(derived);
                w.write("<td class=\"lv lv-" + esc(String.valueOf(declared)) + (differs ? " mismatch" : "") + "\" title=\""
                        + esc(role.key() + ": declared " + (b == null ? "no body" : b.id() + " (" + declared + ")")
                        + ", rules: " + derived) + "\">" + (b == null ? "—" : esc(declared)) + (differs ? " ✗" : "")
                        + "</td>");
            }
            w.write("</tr>\n");
        }
        w.write("</tbody></table></section>\n");
    }

    private void findings(CheckResult r, Writer w) throws IOException {
        w.write("<section id=\"findings\"><h2>" + label("findings") + "</h2>\n<div class=\"filters\">");
        w.write("<label>" + label("severity") + " <select id=\"f-severity\"><option value=\"\">*</option>");
        for (String sev : List.of("error", "warning", "waived")) {
            w.write("<option value=\"" + sev + "\"" + attrs(sev) + ">" + esc(Labels.label(lang, sev)) + "</option>");
        }
        w.write("</select></label> ");
        w.write("<label>" + label("code") + " <select id=\"f-code\"><option value=\"\">*</option>");
        for (String c : r.findings().stream().map(Finding::code).distinct().sorted().toList()) {
            w.write("<option>" + esc(c) + "</option>");
        }
        w.write("</select></label> <label>" + label("category") + " <select id=\"f-category\"><option value=\"\">*</option>");
        for (String c : r.catalog().categories().stream().map(c -> c.id()).distinct().toList()) {
            w.write("<option>" + esc(c) + "</option>");
        }
        w.write("</select></label> <label>" + label("search") + " <input id=\"f-search\" type=\"search\"></label>"
                + " <span id=\"f-count\"></span></div>\n");
        Map<String, String> categoryOf = new LinkedHashMap<>();
        for (Item i : r.catalog().items()) categoryOf.put(i.id(), i.categoryId());
        w.write("<table class=\"findings\"><thead><tr><th>" + label("severity") + "</th><th>" + label("code")
                + "</th><th>" + label("item") + "</th><th>" + label("where") + "</th><th>"
                + label("finding") + "</th><th>" + label("basis") + "</th></tr></thead><tbody>\n");
        for (Finding f : r.findings()) {
            String sev = f.waived() ? "waived" : f.severity().key();
            w.write("<tr class=\"finding sev-" + sev + "\" data-severity=\"" + sev + "\" data-code=\"" + esc(f.code())
                    + "\" data-category=\"" + esc(f.itemId() == null ? "" : categoryOf.getOrDefault(f.itemId(), "")) + "\">");
            w.write("<td>" + label(sev) + "</td><td>" + esc(f.code()) + "</td><td>" + (f.itemId() == null ? "" : "<a href=\"#item-"
                    + esc(f.itemId()) + "\">" + esc(f.itemId()) + "</a>") + "</td><td><code>" + esc(f.location().toString())
                    + "</code></td><td>" + esc(f.message()));
            if (f.waived()) {
                w.write("<div class=\"waiver\">" + label("waived") + ": " + esc(f.waiver().reason()) + " ("
                        + esc(f.waiver().approvedBy()) + (f.waiver().approvedOn() == null ? "" : ", " + f.waiver().approvedOn())
                        + (f.waiver().expires() == null ? "" : " → " + f.waiver().expires()) + ")</div>");
            }
            w.write("</td><td>" + esc(f.basis() == null ? "" : f.basis()) + "</td></tr>\n");
        }
        w.write("</tbody></table></section>\n");
    }

    private void items(CheckResult r, Writer w) throws IOException {
        w.write("<section id=\"items\"><h2>" + label("explained") + "</h2>\n");
        Map<String, List<Firing>> fired = new LinkedHashMap<>();
        for (Firing f : r.firings()) if (f.itemId() != null) fired.computeIfAbsent(f.itemId(), k -> new ArrayList<>()).add(f);
        for (Decision d : r.decisions()) {
            Item i = d.item();
            w.write("<details class=\"item\" id=\"item-" + esc(i.id()) + "\"><summary><b>" + esc(i.id()) + "</b> "
                    + name(i) + "</summary>\n<dl>");
            dl(w, label("type"), i.type() == null ? "" : i.type().key());
            dl(w, label("traits"), String.join(", ", i.traits().stream().map(Keyed::key).toList()));
            dl(w, label("scope"), i.scope().key());
            dl(w, label("floor"), i.floor() == null ? "—" : i.floor().id());
            dl(w, label("legalBasis"), i.citations());
            dl(w, label("statutoryLevel"), ExplainReport.lawSays(i));
            dl(w, label("declared"), String.join("、", i.declared().levelIds()) + ", " + i.declared().source().key());
            dl(w, label("decision"), d.verdict().key() + " → " + d.level() + ": " + d.why());
            w.write("</dl>\n<ol class=\"fired\">");
            for (Firing f : fired.getOrDefault(i.id(), List.of())) {
                w.write("<li>" + esc(f.rule()) + (f.code() == null ? "" : " [" + esc(f.code()) + "]")
                        + (f.basis() == null ? "" : "<br><small>" + esc(f.basis()) + "</small>") + "</li>");
            }
            w.write("</ol></details>\n");
        }
        w.write("</section>\n");
    }

    private static void dl(Writer w, String term, String value) throws IOException {
        w.write("<dt>" + term + "</dt><dd>" + esc(value) + "</dd>");
    }

    /** An item's name: its Chinese name in Chinese, its English one (where it has one) in English. */
    private String name(Item i) {
        if (i.name() == null) return "";
        String zh = nz(i.name().zh(), i.name().en());
        String en = nz(i.name().en(), i.name().zh());
        return "<span data-zh-hans=\"" + esc(zh) + "\" data-zh-hant=\"" + esc(zh) + "\" data-en=\"" + esc(en) + "\">"
                + esc(lang == Lang.EN ? en : zh) + "</span>";
    }

    private static String nz(String a, String b) {
        return a != null ? a : b == null ? "" : b;
    }

    /** A label in the report's language, with its other languages for the switch. */
    private String label(String key) {
        return "<span" + attrs(key) + ">" + esc(Labels.label(lang, key)) + "</span>";
    }

    private static String attrs(String key) {
        StringBuilder b = new StringBuilder();
        for (Lang l : Lang.values()) {
            b.append(" data-").append(l.tag().toLowerCase(java.util.Locale.ROOT)).append("=\"")
                    .append(esc(Labels.label(l, key))).append('"');
        }
        return b.toString();
    }

    static String esc(String s) {
        return JunitReport.esc(s == null ? "" : s).replace("'", "&#39;");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlReport.class.getResourceAsStream("/quanze/report/" + name)) {
            if (in == null) throw new IOException("missing report resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
