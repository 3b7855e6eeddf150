package vn.sochibo.io.word;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.data.CellRenderData;
import com.deepoove.poi.data.Cells;
import com.deepoove.poi.data.RowRenderData;
import com.deepoove.poi.data.Rows;
import com.deepoove.poi.data.Tables;
import com.deepoove.poi.data.Texts;
import com.deepoove.poi.data.style.BorderStyle;

import vn.sochibo.io.word.MinutesContent.Paragraph;

/**
 * Writes a chi bộ's own document in the Party layout (a báo cáo and the like) from the built-in template
 * {@code /templates/report.docx}: the header blocks, the type and subject lines, body paragraphs, a bordered table,
 * closing paragraphs, "Nơi nhận" and the "T/M CHI BỘ" signature. Knows no feature: it is given the words. Thread-safe.
 */
public final class PartyReportWriter {

    /** Where the built-in template lives on the class path. */
    public static final String BUILT_IN = "/templates/report.docx";

    /**
     * A table in the body.
     *
     * @param header   the header cells (bold, repeated on every page)
     * @param rows     the rows, each as many cells as the header
     * @param percents each column's share of the text width, in % (adding up to 100)
     */
    public record Table(List<String> header, List<List<String>> rows, int[] percents) {
    }

    /**
     * Everything the document prints, already worded.
     *
     * @param upperBody   the direct upper Party body, in capitals
     * @param issuer      the issuing chi bộ, in capitals
     * @param number      "Số 12-BC/CB"
     * @param placeDate   "Thanh Hóa, ngày 16 tháng 12 năm 2025"
     * @param kind        the document type, in capitals ("BÁO CÁO")
     * @param subject     the subject line
     * @param body        the paragraphs before the table (headings bold)
     * @param table       the table, or null
     * @param closing     the paragraphs after the table
     * @param recipients  the "Nơi nhận" lines ("- Đảng ủy …;", "- Lưu Chi bộ.")
     * @param onBehalf    "T/M CHI BỘ"
     * @param role        "BÍ THƯ"
     * @param signer      the signer's full name (may be empty, to be written by hand)
     */
    public record Content(String upperBody, String issuer, String number, String placeDate, String kind, String subject,
                          List<Paragraph> body, Table table, List<Paragraph> closing, List<String> recipients,
                          String onBehalf, String role, String signer) {

        public Content {
            body = List.copyOf(body);
            closing = List.copyOf(closing);
            recipients = List.copyOf(recipients);
        }
    }

    private final byte[] template;

    public PartyReportWriter() {
        try (InputStream in = PartyReportWriter.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing " + BUILT_IN);
            }
            template = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the document to {@code file} through a temporary file, replacing it. */
    public void write(Content content, Path file) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                write(content, out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes the document to a stream (left open). */
    public void write(Content content, OutputStream out) throws IOException {
        try (XWPFTemplate document = XWPFTemplate.compile(new java.io.ByteArrayInputStream(template)).render(model(content))) {
            document.write(out);
        }
    }

    private static Map<String, Object> model(Content c) {
        Map<String, Object> model = new HashMap<>();
        model.put("upperBody", c.upperBody());
        model.put("issuer", c.issuer());
        model.put("number", c.number());
        model.put("placeDate", c.placeDate());
        model.put("kind", c.kind());
        model.put("subject", c.subject());
        model.put("body", paragraphs(c.body()));
        model.put("closing", paragraphs(c.closing()));
        model.put("table", c.table() == null ? null : table(c.table()));
        model.put("recipients", String.join("\n", c.recipients()));
        model.put("onBehalf", c.onBehalf());
        model.put("role", c.role());
        model.put("signer", c.signer() == null ? "" : c.signer());
        return model;
    }

    private static List<Map<String, Object>> paragraphs(List<Paragraph> paragraphs) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            list.add(Map.of("text", p.heading() ? Texts.of(p.text()).bold().create() : Texts.of(p.text()).create()));
        }
        return list;
    }

    private static com.deepoove.poi.data.TableRenderData table(Table t) {
        Tables.TableBuilder table = Tables.ofPercentWidth("100%", t.percents()).center().border(BorderStyle.DEFAULT);
        table.addRow(row(t.header(), true));
        for (List<String> cells : t.rows()) {
            table.addRow(row(cells, false));
        }
        return table.create();
    }

    private static RowRenderData row(List<String> cells, boolean header) {
        Rows.RowBuilder row = Rows.of().verticalCenter();
        for (int i = 0; i < cells.size(); i++) {
            var text = Texts.of(cells.get(i)).fontFamily("Times New Roman").fontSize(13);
            CellRenderData cell = Cells.of(header ? text.bold().create() : text.create())
                    .horizontalCenter().create();
            row.addCell(cell);
        }
        if (header) {
            row.repeatedHeader();
        }
        return row.create();
    }
}
