package quanze.cli;

import picocli.CommandLine;

import quanze.script.Lang;

/** Reads {@code --lang}: zh-Hans, zh-Hant or en (zh-CN, zh-TW and the like too), and names the choices when wrong. */
final class LangConverter implements CommandLine.ITypeConverter<Lang> {

    @Override
    public Lang convert(String value) {
        Lang l = Lang.parse(value);
        if (l == null) {
            throw new CommandLine.TypeConversionException("unknown language '" + value + "' (expected one of: zh-Hans,"
                    + " zh-Hant, en)");
        }
        return l;
    }
}
