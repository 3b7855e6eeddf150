package vn.sochibo.ui;

import java.util.List;

/** The kinds of files the program opens and saves: what the dialog calls them and the extensions it shows. */
public enum FileKind {
    /** A workbook to read: .xlsx or the older .xls. */
    WORKBOOK_TO_READ("file.kind.workbookToRead", "xlsx", "xls"),
    /** A workbook the program writes (.xlsx). */
    WORKBOOK("file.kind.workbook", "xlsx"),
    /** A Word document (.docx). */
    DOCUMENT("file.kind.document", "docx"),
    /** A backup of the register (its name ends in .sochibo-backup.zip). */
    BACKUP("file.kind.backup", "zip");

    private final String label;
    private final List<String> extensions;

    FileKind(String label, String... extensions) {
        this.label = label;
        this.extensions = List.of(extensions);
    }

    /** The bundle key of what the dialog calls this kind. */
    public String label() {
        return label;
    }

    /** The extensions, without the dot, the first being the one the program writes. */
    public List<String> extensions() {
        return extensions;
    }
}
