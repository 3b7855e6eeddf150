package vn.sochibo.importing;

import java.util.List;
import java.util.Map;

import vn.sochibo.importing.doc.ColumnField;
import vn.sochibo.importing.doc.SheetLayout;

/** The file read under a mapping, before anything is written: every row with its state and problems. */
public record ImportPreview(java.nio.file.Path file, SheetLayout layout, Map<Integer, ColumnField> mapping, List<PreviewRow> rows) {

    public long count(RowState state) {
        return rows.stream().filter(r -> r.state() == state).count();
    }
}
