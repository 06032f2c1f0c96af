package quanze.report;

import java.util.function.Function;

import quanze.model.Severity;

/** The output formats of {@code quanze check}; each is one class behind {@link Report}. */
public enum Format {
    TEXT(s -> new TextReport()),
    JSON(s -> new JsonReport()),
    SARIF(s -> new SarifReport()),
    JUNIT(JunitReport::new),
    GITHUB(s -> new GithubReport()),
    MARKDOWN(s -> new MarkdownReport()),
    HTML(s -> new HtmlReport()),
    XLSX(s -> new XlsxReport());

    private final Function<Severity, Report> report;

    Format(Function<Severity, Report> report) {
        this.report = report;
    }

    /** The report; {@code failOn} is what counts as a failure where the format has that notion (JUnit). */
    public Report report(Severity failOn) {
        return report.apply(failOn);
    }

    public Report report() {
        return report(Severity.ERROR);
    }
}
