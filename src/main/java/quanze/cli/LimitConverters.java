package quanze.cli;

import java.util.Locale;

import picocli.CommandLine;

/**
 * The limit options' values, checked where they are read: a size in bytes (at least 1, with a unit if wished:
 * {@code 200}, {@code 64k}, {@code 10M}, {@code 1G}), a count of at least 1, or a count of at least 0.
 */
final class LimitConverters {

    private LimitConverters() {
    }

    /** {@code --max-file-bytes}, {@code --max-entry-bytes}: 1 or more bytes; k, M, G are 1024, 1024², 1024³. */
    static final class Bytes implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT).replaceAll("i?b$", "");
            long unit = 1;
            if (v.endsWith("k")) unit = 1L << 10;
            else if (v.endsWith("m")) unit = 1L << 20;
            else if (v.endsWith("g")) unit = 1L << 30;
            if (unit > 1) v = v.substring(0, v.length() - 1);
            try {
                long n = Long.parseLong(v);
                if (n >= 1 && n <= Long.MAX_VALUE / unit) return n * unit;
            } catch (NumberFormatException e) {
                // said below
            }
            throw new CommandLine.TypeConversionException("expected a size of at least 1 byte (like 200, 64k, 10M or"
                    + " 1G), got '" + value + "'");
        }
    }

    /** {@code --max-rows}, {@code --max-yaml-depth}, {@code --max-firings-per-item}: 1 or more. */
    static final class Positive implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return count(value, 1);
        }
    }

    /** {@code --rule-timeout}: 1 second or more. */
    static final class Seconds implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return (long) count(value, 1);
        }
    }

    /** {@code --max-yaml-aliases}: 0 (none allowed) or more. */
    static final class NonNegative implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return count(value, 0);
        }
    }

    private static int count(String value, int least) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= least) return n;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new CommandLine.TypeConversionException("expected a whole number of at least " + least + ", got '"
                + value + "'");
    }
}
