package quanze.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

import picocli.CommandLine;

import quanze.report.Format;

/** Reads {@code --format} case-insensitively and names the choices when it is wrong. */
final class FormatConverter implements CommandLine.ITypeConverter<Format> {

    @Override
    public Format convert(String value) {
        try {
            return Format.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("unknown format '" + value + "' (expected one of: "
                    + String.join(", ", new Names()) + ")");
        }
    }

    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Format.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }
}
