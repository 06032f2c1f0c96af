package quanze.report;

import quanze.model.CheckResult;

/** Renders a check result. Output is deterministic: sorted, no timestamps. */
public interface Report {

    String render(CheckResult result);
}
