package quanze.cli;

import picocli.CommandLine;

import quanze.model.Keyed;
import quanze.model.Severity;

/** Reads {@code --fail-on error|warning}. */
final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {

    @Override
    public Severity convert(String value) {
        return Keyed.parse(Severity.class, value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "unknown severity '" + value + "' (expected one of: error, warning)"));
    }
}
