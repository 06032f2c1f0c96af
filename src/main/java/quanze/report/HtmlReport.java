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

/**
 * One self-contained HTML file for legal staff: summary figures, the allocation matrix (items by category
 * against the seven roles, each cell coloured by level, mismatches with the declaration marked), the findings
 * with filters and search, each item's explanation, waivers, Chinese and English labels, and a print
 * stylesheet. No network access: style and script are inline (src/main/resources/quanze/report/).
 */
final class HtmlReport implements Report {

    @Override
    public void write(CheckResult r, Writer w) throws IOException {
        String css = resource("report.css");
        String js = resource("report.js");
        var info = r.catalog().info();
        String title = info == null ? r.catalog().dir() : info.name().both();
        w.write("<!DOCTYPE html>\n<html lang=\"zh-Hant\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<title>quanze — " + esc(title) + "</title>\n<style>\n" + css + "</style>\n</head>\n<body>\n");
        w.write("<header><h1><span data-zh=\"權責清單審查報告\" data-en=\"Power list check report\">權責清單審查報告</span></h1>\n");
        w.write("<p class=\"sub\">" + esc(title) + " · <code>" + esc(r.catalog().dir()) + "</code> · "
                + label("原則", "principle") + " " + esc(r.catalog().principle().id())
                + (info != null && info.reconstructed() ? " · " + label("重構清單", "reconstructed list") : "") + "</p>\n");
        w.write("<button id=\"lang\" type=\"button\" data-zh=\"English\" data-en=\"中文\">English</button></header>\n");
        summary(r, w);
        matrix(r, w);
        findings(r, w);
        items(r, w);
        w.write("<script>\n" + js + "</script>\n</body>\n</html>\n");
        w.flush();
    }

    private static void summary(CheckResult r, Writer w) throws IOException {
        w.write("<section id=\"summary\"><h2>" + label("摘要", "Summary") + "</h2><div class=\"figures\">\n");
        figure(w, r.catalog().items().size(), "事項", "items");
        figure(w, r.delegated(), "下放", "delegated");
        figure(w, r.retained(), "保留市級", "retained by the city");
        figure(w, r.delegatedApprovals(), "下放審批事項", "delegated approvals");
        figure(w, r.delegatedApprovalCategories(), "審批類別", "approval categories");
        figure(w, r.count(quanze.model.Severity.ERROR), "錯誤", "errors");
        figure(w, r.count(quanze.model.Severity.WARNING), "警告", "warnings");
        figure(w, r.waived(), "已豁免", "waived");
        w.write("</div></section>\n");
    }

    private static void figure(Writer w, long n, String zh, String en) throws IOException {
        w.write("<div class=\"figure\"><b>" + n + "</b>" + label(zh, en) + "</div>\n");
    }

    private static void matrix(CheckResult r, Writer w) throws IOException {
        w.write("<section id=\"matrix\"><h2>" + label("權責配置矩陣", "Allocation matrix") + "</h2>\n");
        w.write("<p class=\"legend\"><span class=\"lv lv-city\">" + label("市", "city") + "</span> <span class=\"lv lv-district\">"
                + label("區", "district") + "</span> <span class=\"lv lv-community\">" + label("社區", "community")
                + "</span> <span class=\"lv lv-street\">" + label("街道", "street") + "</span> <span class=\"mismatch-key\">"
                + label("✗ 申報與規則不符", "✗ declared differs from the rules") + "</span></p>\n");
        w.write("<table class=\"matrix\"><thead><tr><th>" + label("類別", "category") + "</th><th>" + label("事項", "item")
                + "</th><th>" + label("決定", "decision") + "</th>");
        String[][] roles = {{"管政策", "policy"}, {"管標準", "standard"}, {"管檢查", "inspection"}, {"管監督", "supervision"},
                {"抓管理", "management"}, {"抓執行", "execution"}, {"抓落實", "implementation"}};
        for (String[] role : roles) w.write("<th>" + label(role[0], role[1]) + "</th>");
        w.write("</tr></thead><tbody>\n");
        for (Decision d : r.decisions()) {
            Item i = d.item();
            w.write("<tr data-item=\"" + esc(i.id()) + "\"><td>" + esc(i.categoryId()) + "</td><td><a href=\"#item-"
                    + esc(i.id()) + "\">" + esc(i.id()) + "</a><br><small>" + name(i) + "</small></td><td>"
                    + (d.verdict() == quanze.model.Verdict.DELEGATE ? label("下放", "delegate") : label("保留", "retain"))
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

    private static void findings(CheckResult r, Writer w) throws IOException {
        w.write("<section id=\"findings\"><h2>" + label("審查發現", "Findings") + "</h2>\n<div class=\"filters\">");
        w.write("<label>" + label("嚴重程度", "severity") + " <select id=\"f-severity\"><option value=\"\">*</option>"
                + "<option>error</option><option>warning</option><option>waived</option></select></label> ");
        w.write("<label>" + label("代碼", "code") + " <select id=\"f-code\"><option value=\"\">*</option>");
        for (String c : r.findings().stream().map(Finding::code).distinct().sorted().toList()) {
            w.write("<option>" + esc(c) + "</option>");
        }
        w.write("</select></label> <label>" + label("類別", "category") + " <select id=\"f-category\"><option value=\"\">*</option>");
        for (String c : r.catalog().categories().stream().map(c -> c.id()).distinct().toList()) {
            w.write("<option>" + esc(c) + "</option>");
        }
        w.write("</select></label> <label>" + label("搜索", "search") + " <input id=\"f-search\" type=\"search\"></label>"
                + " <span id=\"f-count\"></span></div>\n");
        Map<String, String> categoryOf = new LinkedHashMap<>();
        for (Item i : r.catalog().items()) categoryOf.put(i.id(), i.categoryId());
        w.write("<table class=\"findings\"><thead><tr><th>" + label("嚴重程度", "severity") + "</th><th>" + label("代碼", "code")
                + "</th><th>" + label("事項", "item") + "</th><th>" + label("位置", "where") + "</th><th>"
                + label("發現", "finding") + "</th><th>" + label("依據", "basis") + "</th></tr></thead><tbody>\n");
        for (Finding f : r.findings()) {
            String sev = f.waived() ? "waived" : f.severity().key();
            w.write("<tr class=\"finding sev-" + sev + "\" data-severity=\"" + sev + "\" data-code=\"" + esc(f.code())
                    + "\" data-category=\"" + esc(f.itemId() == null ? "" : categoryOf.getOrDefault(f.itemId(), "")) + "\">");
            w.write("<td>" + sev + "</td><td>" + esc(f.code()) + "</td><td>" + (f.itemId() == null ? "" : "<a href=\"#item-"
                    + esc(f.itemId()) + "\">" + esc(f.itemId()) + "</a>") + "</td><td><code>" + esc(f.location().toString())
                    + "</code></td><td>" + esc(f.message()));
            if (f.waived()) {
                w.write("<div class=\"waiver\">" + label("豁免", "waived") + ": " + esc(f.waiver().reason()) + " ("
                        + esc(f.waiver().approvedBy()) + (f.waiver().approvedOn() == null ? "" : ", " + f.waiver().approvedOn())
                        + (f.waiver().expires() == null ? "" : " → " + f.waiver().expires()) + ")</div>");
            }
            w.write("</td><td>" + esc(f.basis() == null ? "" : f.basis()) + "</td></tr>\n");
        }
        w.write("</tbody></table></section>\n");
    }

    private static void items(CheckResult r, Writer w) throws IOException {
        w.write("<section id=\"items\"><h2>" + label("逐項說明", "Each item explained") + "</h2>\n");
        Map<String, List<Firing>> fired = new LinkedHashMap<>();
        for (Firing f : r.firings()) if (f.itemId() != null) fired.computeIfAbsent(f.itemId(), k -> new ArrayList<>()).add(f);
        for (Decision d : r.decisions()) {
            Item i = d.item();
            w.write("<details class=\"item\" id=\"item-" + esc(i.id()) + "\"><summary><b>" + esc(i.id()) + "</b> "
                    + name(i) + "</summary>\n<dl>");
            dl(w, label("類型", "type"), i.type() == null ? "" : i.type().key());
            dl(w, label("特徵", "traits"), String.join(", ", i.traits().stream().map(Keyed::key).toList()));
            dl(w, label("範圍", "scope"), i.scope().key());
            dl(w, label("法定層級下限", "statutory floor"), i.floor() == null ? "—" : i.floor().id());
            dl(w, label("法定依據", "legal basis"), i.citations());
            dl(w, label("申報", "declared"), i.declared().levelId() + ", " + i.declared().source().key());
            dl(w, label("決定", "decision"), d.verdict().key() + " → " + d.level() + ": " + d.why());
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

    private static String name(Item i) {
        if (i.name() == null) return "";
        return "<span data-zh=\"" + esc(nz(i.name().zh(), i.name().en())) + "\" data-en=\"" + esc(nz(i.name().en(), i.name().zh()))
                + "\">" + esc(nz(i.name().zh(), i.name().en())) + "</span>";
    }

    private static String nz(String a, String b) {
        return a != null ? a : b == null ? "" : b;
    }

    private static String label(String zh, String en) {
        return "<span data-zh=\"" + esc(zh) + "\" data-en=\"" + esc(en) + "\">" + esc(zh) + "</span>";
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
