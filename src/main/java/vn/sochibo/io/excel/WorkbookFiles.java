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
final class WorkbookFiles {

    /** Largest total unpacked size of an .xlsx we accept (about 120 bytes per cell for 100,000 × 30 cells). */
    static final long MAX_UNPACKED = 1_000_000_000L;
    /** Largest unpacked/packed ratio of a big entry: beyond this it is a zip bomb, not a spreadsheet. */
    static final long MAX_RATIO = 100;
    private static final long RATIO_CHECK_FROM = 10_000_000L;

    private WorkbookFiles() {
    }

    static SheetRows open(Path file) {
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
     * fastexcel-reader has no zip-bomb guard of its own: refuse archives whose declared sizes are too large or
     * compress too well, and archives that are not a workbook (a .docx or .ods renamed) or are cut short.
     */
    static void checkZip(Path file, String name) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long total = 0;
            boolean workbook = false;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                workbook |= e.getName().equals("xl/workbook.xml");
                if (declaresDoctype(zip, e)) {
                    throw new UserFacingException("import.error.doctype", name);
                }
                long size = e.getSize();
                long packed = e.getCompressedSize();
                if (size < 0 || packed < 0) {
                    continue;
                }
                total += size;
                if (total > MAX_UNPACKED || size > RATIO_CHECK_FROM && size > packed * MAX_RATIO) {
                    throw new UserFacingException("import.error.tooLarge", name);
                }
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
     * Excel never writes a DOCTYPE; one in a part of the package is an attempt to make an XML parser fetch files
     * or expand entities (XXE, "billion laughs"). The readers would ignore it, but such a file is refused.
     */
    private static boolean declaresDoctype(ZipFile zip, ZipEntry e) throws IOException {
        String entry = e.getName();
        if (!(entry.endsWith(".xml") || entry.endsWith(".rels")) || e.isDirectory()) {
            return false;
        }
        try (InputStream in = zip.getInputStream(e)) {
            String start = new String(in.readNBytes(1024), StandardCharsets.UTF_8);
            return start.toUpperCase(java.util.Locale.ROOT).contains("<!DOCTYPE");
        }
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
