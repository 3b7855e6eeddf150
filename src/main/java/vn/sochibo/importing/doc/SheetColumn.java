package vn.sochibo.importing.doc;

import vn.sochibo.io.excel.LegacyVietnamese;

/**
 * A column of the member table as found in the file: its index, its letter as Excel shows it, its header as
 * written (two-row headers joined with " / "), the field its header suggests ({@code null}: unknown) and the
 * legacy encoding its text was found in.
 */
public record SheetColumn(int index, String letter, String header, ColumnField suggested, LegacyVietnamese.Encoding encoding) {

    /** "A", "B" … "Z", "AA" … for a 0-based column index. */
    public static String letter(int index) {
        StringBuilder s = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            s.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return s.toString();
    }
}
