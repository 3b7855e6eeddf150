package vn.sochibo.election.doc;

import java.io.IOException;
import java.math.BigInteger;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFTable;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;

import vn.sochibo.common.UserFacingException;
import vn.sochibo.io.word.PageNumbers;

/**
 * Writes the count record (biên bản kiểm phiếu) as .docx from the template
 * {@code /templates/count-record.docx} (the Party layout: src/site/rules.md, "Sinh hoạt chi bộ và đại hội", the
 * count record).
 */
public final class CountRecordDocumentWriter {

    /** The template resource. */
    public static final String TEMPLATE = "/templates/count-record.docx";

    /**
     * Writes the record to a file (replacing it).
     *
     * @param record the record's text and figures
     * @param file   the .docx to write
     * @throws UserFacingException if the file cannot be written
     */
    public void write(CountRecord record, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(record, out);
        } catch (IOException e) {
            throw new UserFacingException("election.export.error.write", e, file.toString(), e.getMessage());
        }
    }

    /**
     * Writes the record to a stream (left open).
     *
     * @param record the record
     * @param out    where to write
     * @throws IOException if writing fails
     */
    public void write(CountRecord record, OutputStream out) throws IOException {
        Configure config = Configure.builder().bind("rows", new LoopRowTableRenderPolicy()).build();
        try (InputStream template = CountRecordDocumentWriter.class.getResourceAsStream(TEMPLATE)) {
            XWPFTemplate document = XWPFTemplate.compile(template, config).render(model(record));
            fitHeader(document.getXWPFDocument().getTables().get(0));
            PageNumbers.fromSecondPage(document.getXWPFDocument());
            document.write(out);
            document.close();
        }
    }

    /** The header's two columns in twips: together the text width of the page (A4 less 30 and 15 mm). */
    static final int[] HEADER_COLUMNS = {4300, 5055};

    /**
     * Sizes the header's columns so that a branch name such as "CHI BỘ PHÒNG HÀNH CHÍNH" stays on one line on the
     * left and "Thanh Hóa, ngày 22 tháng 11 năm 2026" on one line on the right (src/site/rules.md, "Văn bản của
     * Đảng": the header); the lines are centred, so the cells need no inner margin.
     */
    private static void fitHeader(XWPFTable header) {
        var grid = header.getCTTbl().getTblGrid();
        for (int c = 0; c < HEADER_COLUMNS.length; c++) {
            grid.getGridColArray(c).setW(BigInteger.valueOf(HEADER_COLUMNS[c]));
            header.getRow(0).getCell(c).setWidth(String.valueOf(HEADER_COLUMNS[c]));
        }
        header.setCellMargins(0, 0, 0, 0);
    }

    static Map<String, Object> model(CountRecord r) {
        Map<String, Object> model = new HashMap<>();
        model.put("upperBody", r.upperBody());
        model.put("branchName", r.branchName());
        model.put("congressLine", r.congressLine());
        model.put("number", r.number());
        model.put("placeDate", r.placeDate());
        model.put("subject", r.subject());
        model.put("opening", r.opening());
        model.put("boardHead", r.boardHead());
        model.put("boardMembers", r.boardMembers().isEmpty() ? "—" : r.boardMembers());
        model.put("seats", r.seats());
        model.put("list", r.list());
        model.put("official", String.valueOf(r.official()));
        List<Integer> subtractions = r.subtractions();
        String[] names = {"subElsewhere", "subExempt", "subSuspended", "subProsecuted", "subExcused"};
        for (int i = 0; i < names.length; i++) {
            model.put(names[i], String.valueOf(subtractions.get(i)));
        }
        model.put("base", String.valueOf(r.base()));
        model.put("present", String.valueOf(r.present()));
        model.put("votesNeeded", r.votesNeeded());
        model.put("ballots", r.ballots());
        model.put("rows", r.rows().stream().map(row -> Map.of("rank", String.valueOf(row.rank()), "name", row.name(),
                "votes", String.valueOf(row.votes()), "pctBase", row.percentOfBase(), "pctValid", row.percentOfValid(),
                "outcome", row.outcome())).toList());
        model.put("elected", r.elected());
        model.put("notes", r.notes());
        model.put("endedAt", r.endedAt());
        model.put("boardSignature", r.boardSignature());
        return model;
    }
}
