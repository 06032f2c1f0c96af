package quanze.cli;

import picocli.CommandLine;

/** The limits of the rule engine, on the commands that run it over a catalog (check and explain). */
final class EngineOptions {

    @CommandLine.Option(names = "--max-firings-per-item", converter = LimitConverters.Positive.class, paramLabel = "N", defaultValue = "200",
            description = "Stop the rules after N firings per item (default: ${DEFAULT-VALUE}): a looping rule ends in an error.")
    int maxFiringsPerItem;

    @CommandLine.Option(names = "--rule-timeout", converter = LimitConverters.Seconds.class, paramLabel = "SECONDS", defaultValue = "600",
            description = "Stop the rules after SECONDS (default: ${DEFAULT-VALUE}).")
    long ruleTimeout;

    /** The engine limits these options set. */
    quanze.engine.Engine.Limits limits() {
        return new quanze.engine.Engine.Limits(maxFiringsPerItem, ruleTimeout);
    }
}
