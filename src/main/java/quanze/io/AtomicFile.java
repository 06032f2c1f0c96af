package quanze.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file through a temporary file in the same folder and a rename, so that a reader (or a run killed
 * midway) sees the old file or the new one, never half of one. The new file gets ordinary permissions (rw-r--r--).
 */
public final class AtomicFile {

    /** What writes the content. */
    public interface Content {
        void writeTo(Writer w) throws IOException;
    }

    private AtomicFile() {
    }

    /** What writes binary content. */
    public interface Bytes {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Like {@link #write(Path, Content)}, for bytes. */
    public static void writeBytes(Path target, Bytes content) throws IOException {
        write(target, (Content) null, content);
    }

    public static void write(Path target, String content) throws IOException {
        write(target, w -> w.write(content));
    }

    public static void write(Path target, Content content) throws IOException {
        write(target, content, null);
    }

    private static void write(Path target, Content content, Bytes bytes) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            if (bytes != null) {
                try (java.io.OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    bytes.writeTo(o);
                }
            } else {
                try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 16)) {
                    content.writeTo(w);
                }
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
