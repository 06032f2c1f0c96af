package quanze.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;

/**
 * Checks the checksum of each XML part of a workbook before POI reads it: POI never does, so a part damaged in
 * transit (a stored entry with a flipped byte) was read as if whole. Only what the limits allow is inflated: an
 * entry is read up to {@code --max-entry-bytes} and its inflate ratio, and all of them up to four times that
 * size; past a limit the check stops and POI, which holds to the same limits, says what is wrong. A file Java
 * cannot read as a zip is left to POI as well.
 */
final class ZipCheck {

    /** Bytes an entry may inflate to before its ratio is held against it (as POI's ZipSecureFile allows). */
    private static final long GRACE = 100 * 1024;

    private ZipCheck() {
    }

    static void verify(Path file, String shown, Sheets.Limits limits) throws InputException {
        String damaged;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            damaged = firstDamaged(zip, limits);
        } catch (IOException | RuntimeException e) {
            return; // not a zip this reader takes: POI names the problem
        }
        if (damaged != null) {
            throw new InputException(new Problem(new Location(shown, 0, 0), "not a readable .xlsx workbook (" + damaged
                    + " is damaged: its checksum does not match; save or copy the file again)"));
        }
    }

    /** The name of the first XML part whose checksum does not match, or null. */
    private static String firstDamaged(ZipFile zip, Sheets.Limits limits) throws IOException {
        long budget = 4 * limits.maxEntryBytes();
        byte[] buffer = new byte[64 * 1024];
        for (ZipEntry e : Collections.list(zip.entries())) {
            String name = e.getName();
            if (e.isDirectory() || e.getCrc() < 0 || !(name.endsWith(".xml") || name.endsWith(".rels"))) continue;
            long max = Math.min(Math.min(limits.maxEntryBytes(), budget), inflatable(e, limits.minInflateRatio()));
            CRC32 crc = new CRC32();
            long read = 0;
            try (InputStream in = zip.getInputStream(e)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    read += n;
                    if (read > max) return null; // over a limit: POI refuses it with the limit's message
                    crc.update(buffer, 0, n);
                }
            }
            budget -= read;
            if (crc.getValue() != e.getCrc()) return name;
        }
        return null;
    }

    private static long inflatable(ZipEntry e, double minInflateRatio) {
        long compressed = e.getCompressedSize();
        return compressed < 0 ? GRACE : Math.max(GRACE, (long) (compressed / minInflateRatio));
    }
}
