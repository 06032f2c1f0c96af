package quanze.report;

import java.util.function.Supplier;

/** The output formats of {@code quanze check}; each is one class behind {@link Report}. */
public enum Format {
    TEXT(TextReport::new),
    JSON(JsonReport::new);

    private final Supplier<Report> report;

    Format(Supplier<Report> report) {
        this.report = report;
    }

    public Report report() {
        return report.get();
    }
}
