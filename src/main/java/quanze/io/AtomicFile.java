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
 * midway) sees the old file or the new one, never half of one. The temporary file is forced to disk before the
 * rename (so a power cut cannot leave a renamed but empty file) and removed when the run is interrupted (Ctrl-C,
 * SIGTERM); only SIGKILL can leave a {@code .NAME.*.tmp} behind. The new file gets ordinary permissions
 * (rw-r--r--).
 */
public final class AtomicFile {

    /** Temporary files being written now: an interrupted run removes them on its way out. */
    private static final java.util.Set<Path> PENDING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path p : PENDING) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // nothing more can be done on the way out
                }
            }
        }, "quanze-temporary-files"));
    }

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
        PENDING.add(tmp);
        try {
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                java.io.OutputStream raw = new java.io.FilterOutputStream(java.nio.channels.Channels.newOutputStream(ch)) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // the channel is closed (after it is forced) by the enclosing try
                    }
                };
                if (bytes != null) {
                    try (java.io.OutputStream o = new java.io.BufferedOutputStream(raw, 1 << 16)) {
                        bytes.writeTo(o);
                    }
                } else {
                    try (Writer w = new BufferedWriter(new java.io.OutputStreamWriter(raw, StandardCharsets.UTF_8),
                            1 << 16)) {
                        content.writeTo(w);
                    }
                }
                ch.force(true);
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
            PENDING.remove(tmp);
        }
    }
}
