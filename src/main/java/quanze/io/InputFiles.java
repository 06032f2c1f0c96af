package quanze.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;

/**
 * The checks every input file passes before it is opened (read-only, always): it must be a regular file — not
 * a folder, a device, a pipe or a link that leads nowhere, any of which could block or never end — and no
 * larger than the limit.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** Refuses anything but a regular file, with a message at {@code shown}. */
    public static void requireRegular(Path file, String shown) throws InputException {
        if (Files.isRegularFile(file)) return;
        String why;
        if (Files.isDirectory(file)) why = "a folder, not a file";
        else if (Files.isSymbolicLink(file) && !Files.exists(file)) why = "a link that leads nowhere (or loops)";
        else if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.exists(file)) {
            why = "not a regular file (a device, a pipe or a socket): give a file";
        } else why = "no such file";
        throw new InputException(new Problem(new Location(shown, 0, 0), why));
    }

    /** Refuses a file larger than {@code maxBytes}, naming the flag that raises the limit. */
    public static void requireAtMost(Path file, String shown, long maxBytes, String flag) throws InputException {
        requireRegular(file, shown);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InputException(new Problem(new Location(shown, 0, 0), "cannot read file: " + e.getMessage()));
        }
        if (size > maxBytes) {
            throw new InputException(new Problem(new Location(shown, 1, 1), "file is " + size + " bytes, over the limit"
                    + " of " + maxBytes + " bytes (raise it with " + flag + ")"));
        }
    }

    /** The whole file, once it has passed both checks. */
    public static byte[] read(Path file, String shown, long maxBytes, String flag) throws InputException {
        requireAtMost(file, shown, maxBytes, flag);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(new Problem(new Location(shown, 0, 0), "cannot read file: " + e.getMessage()));
        }
    }

    /**
     * The message for a file that is not UTF-8, with the command that converts it into a new file beside it:
     * "not UTF-8 text (a GBK or Big5 file?): convert it with `iconv -f GBK -t UTF-8 a.csv > a-utf8.csv`, or save it
     * as UTF-8".
     */
    public static String notUtf8(String shown, String saveAs) {
        String name = shown.isEmpty() ? "FILE" : shown;
        int dot = name.lastIndexOf('.');
        String converted = dot > name.lastIndexOf('/') && dot > 0 ? name.substring(0, dot) + "-utf8" + name.substring(dot)
                : name + "-utf8";
        return "not UTF-8 text (a GBK or Big5 file?): convert it with `iconv -f GBK -t UTF-8 " + quoted(name) + " > "
                + quoted(converted) + "`, or save it as " + saveAs;
    }

    /** A path as a shell takes it: in single quotes when it holds a space or a character the shell reads. */
    private static String quoted(String path) {
        return path.matches("[\\p{L}\\p{N}_./+@%:,=-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }
}
