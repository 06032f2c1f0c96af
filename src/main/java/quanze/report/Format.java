package quanze.report;

import java.util.function.BiFunction;

import quanze.model.Severity;
import quanze.script.Lang;

/**
 * The output formats of {@code quanze check}; each is one class behind {@link Report}. The human-readable ones
 * (text, markdown, html, xlsx) label in a {@link Lang}; the machine-readable ones do not.
 */
public enum Format {
    TEXT((s, l) -> new TextReport(l)),
    JSON((s, l) -> new JsonReport()),
    SARIF((s, l) -> new SarifReport()),
    JUNIT((s, l) -> new JunitReport(s)),
    GITHUB((s, l) -> new GithubReport()),
    MARKDOWN((s, l) -> new MarkdownReport(l)),
    HTML((s, l) -> new HtmlReport(l)),
    XLSX((s, l) -> new XlsxReport(l));

    private final BiFunction<Severity, Lang, Report> report;

    Format(BiFunction<Severity, Lang, Report> report) {
        this.report = report;
    }

    /**
     * The report; {@code failOn} is what counts as a failure where the format has that notion (JUnit), {@code lang}
     * the language of its labels.
     */
    public Report report(Severity failOn, Lang lang) {
        return report.apply(failOn, lang);
    }

    public Report report(Severity failOn) {
        return report(failOn, Lang.EN);
    }

    public Report report() {
        return report(Severity.ERROR);
    }
}
