package vn.sochibo.io.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import vn.sochibo.common.UserFacingException;

/**
 * Opens a workbook after checking what the file really is, so that a renamed PDF, a CSV, a truncated or
 * password-protected file, or a zip bomb gets a clear message instead of a stack trace. Every failure is a
 * {@link UserFacingException} whose first argument is the file name.
 */
public final class WorkbookFiles {

    /*
     * Limits on what a workbook really inflates to (counted while inflating, never taken from the sizes the zip
     * declares, which a crafted file can set to anything). Measured on a 100,000-member list: written by
     * fastexcel with 15 columns, the sheet is 54 MB (7:1) and the shared strings 11 MB (14:1); written by POI with
     * 30 columns of inline text, the sheet is 284 MB (33:1). Each limit leaves that at least twice over.
     */
    /** Largest total unpacked size of an .xlsx. */
    static final long MAX_UNPACKED = 1_000_000_000L;
    /** Largest unpacked size of one part (a sheet). */
    static final long MAX_ENTRY = 600_000_000L;
    /** Largest unpacked shared-strings part (all the text of the workbook, each distinct text once). */
    static final long MAX_SHARED_STRINGS = 256_000_000L;
    /** Longest text between two XML tags, in bytes: Excel's 32,767 characters of a cell are at most ~100 KB. */
    static final int MAX_TEXT = 1_000_000;
    /** Largest unpacked/packed ratio of a big part: beyond this it is a zip bomb, not a spreadsheet. */
    static final long MAX_RATIO = 100;
    private static final long RATIO_CHECK_FROM = 10_000_000L;

    private WorkbookFiles() {
    }

    /** Opens {@code file} for reading row by row, after checking what it really is. */
    public static SheetRows open(Path file) {
        String name = file.getFileName().toString();
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserFacingException("import.error.notFound", e, name);
        } catch (IOException e) {
            throw new UserFacingException("import.error.unreadable", e, name);
        }
        if (read == 0) {
            throw new UserFacingException("import.error.empty", name);
        }
        try {
            if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                checkZip(file, name);
                return new XlsxRows(file.toFile());
            }
            if (read == 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                    && (head[3] & 0xFF) == 0xE0) {
                return openOle2(file, name);
            }
        } catch (UserFacingException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new UserFacingException("import.error.encrypted", e, name);
        } catch (OldExcelFormatException e) {
            throw new UserFacingException("import.error.oldExcel", e, name);
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException("import.error.damaged", e, name);
        }
        if (read >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            throw new UserFacingException("import.error.pdf", name);
        }
        if (looksLikeText(file)) {
            throw new UserFacingException("import.error.csv", name);
        }
        throw new UserFacingException("import.error.notExcel", name);
    }

    private static SheetRows openOle2(Path file, String name) throws IOException {
        POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
        DirectoryNode root = fs.getRoot();
        if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
            fs.close();
            throw new UserFacingException("import.error.encrypted", name);
        }
        if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
            fs.close();
            throw new UserFacingException("import.error.notExcel", name);
        }
        try {
            return new XlsRows(fs);
        } catch (IOException | RuntimeException e) {
            fs.close();
            throw e;
        }
    }

    /**
     * fastexcel-reader has no zip-bomb guard of its own: every part is inflated once here, counting the bytes it
     * really yields (in 64 KB steps, so memory stays flat), and the archive is refused as soon as a part or the
     * whole grows past the limits above, compresses too well, or holds one text longer than {@link #MAX_TEXT}.
     * Archives that are not a workbook (a .docx or .ods renamed) or are cut short are refused too. Costs about a
     * second for the largest real list (300 MB of XML).
     */
    static void checkZip(Path file, String name) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long total = 0;
            boolean workbook = false;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                workbook |= e.getName().equals("xl/workbook.xml");
                if (e.isDirectory()) {
                    continue;
                }
                total += inflatedSize(zip, e, MAX_UNPACKED - total, name);
            }
            if (!workbook) {
                throw new UserFacingException("import.error.notExcel", name);
            }
        } catch (ZipException e) {
            throw new UserFacingException("import.error.damaged", e, name);
        } catch (IOException e) {
            throw new UserFacingException("import.error.unreadable", e, name);
        }
    }

    /**
     * Inflates one part to nothing and returns its real size; refuses it when it outgrows {@code allowed} or the
     * limits of its kind, or declares a DOCTYPE (see {@link #declaresDoctype}).
     */
    private static long inflatedSize(ZipFile zip, ZipEntry e, long allowed, String name) throws IOException {
        String entry = e.getName();
        boolean xml = entry.endsWith(".xml") || entry.endsWith(".rels");
        long limit = Math.min(allowed, entry.equals("xl/sharedStrings.xml") ? MAX_SHARED_STRINGS : MAX_ENTRY);
        long packed = Math.max(e.getCompressedSize(), 1);
        long size = 0;
        int[] text = {0};
        boolean[] inTag = {false};
        try (InputStream in = zip.getInputStream(e)) {
            byte[] buffer = in.readNBytes(1024);
            if (xml && declaresDoctype(buffer, buffer.length)) {
                throw new UserFacingException("import.error.doctype", name);
            }
            int n = buffer.length;
            buffer = java.util.Arrays.copyOf(buffer, 1 << 16);
            while (n > 0) {
                size += n;
                if (size > limit || size > RATIO_CHECK_FROM && size > packed * MAX_RATIO
                        || xml && longestText(buffer, n, text, inTag) > MAX_TEXT) {
                    throw new UserFacingException("import.error.tooLarge", name);
                }
                n = Math.max(in.read(buffer), 0);
            }
        }
        return size;
    }

    /** Scans {@code n} bytes of XML, carrying the current text length and tag state; returns the longest text seen. */
    private static int longestText(byte[] buffer, int n, int[] text, boolean[] inTag) {
        int longest = text[0];
        for (int i = 0; i < n; i++) {
            byte b = buffer[i];
            if (b == '<') {
                inTag[0] = true;
                text[0] = 0;
            } else if (b == '>') {
                inTag[0] = false;
            } else if (!inTag[0]) {
                longest = Math.max(longest, ++text[0]);
            }
        }
        return longest;
    }

    /**
     * Excel never writes a DOCTYPE; one in a part of the package is an attempt to make an XML parser fetch files
     * or expand entities (XXE, "billion laughs"). The readers would ignore it, but such a file is refused.
     */
    private static boolean declaresDoctype(byte[] start, int length) {
        String head = new String(start, 0, Math.min(length, 1024), StandardCharsets.UTF_8);
        return head.toUpperCase(java.util.Locale.ROOT).contains("<!DOCTYPE");
    }

    private static boolean looksLikeText(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(4096);
            String text = new String(start, StandardCharsets.UTF_8);
            long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
            return control == 0 && (text.contains(",") || text.contains(";") || text.contains("\t"));
        } catch (IOException e) {
            return false;
        }
    }
}
