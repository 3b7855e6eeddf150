package vn.sochibo.io.word;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes minutes (.docx) in the Party layout by filling a template ({@link DocxTemplate}): the built-in
 * {@code /templates/minutes.docx} or a template the user edited in Word. A user template that cannot be used
 * falls back to the built-in one; {@link DocxTemplate.Written#fellBack()} says so. Thread-safe (no mutable state).
 */
public final class MinutesDocumentWriter {

    /** Where the built-in template lives on the class path. */
    public static final String BUILT_IN = "/templates/minutes.docx";

    /** The placeholders a template must contain. */
    public static final List<String> REQUIRED = List.of("upperBody", "issuer", "number", "placeDate", "subject",
            "?body", "text", "/body", "secretary", "chair");

    private static final DocxTemplate TEMPLATE = new DocxTemplate(BUILT_IN, REQUIRED);

    /** The template engine with this writer's built-in template and placeholders (for the user's own copy). */
    public static DocxTemplate template() {
        return TEMPLATE;
    }

    /** The built-in template's bytes (to export it for editing). */
    public byte[] builtInTemplate() {
        return TEMPLATE.builtInTemplate();
    }

    /**
     * Writes one meeting's minutes.
     *
     * @param userTemplate the user's template bytes, or {@code null} for the built-in one
     */
    public DocxTemplate.Written write(MinutesContent content, byte[] userTemplate, OutputStream out) throws IOException {
        return writeBook(List.of(content), userTemplate, out);
    }

    /** Writes several minutes as one book, in the given order, each starting on a new page. */
    public DocxTemplate.Written writeBook(List<MinutesContent> contents, byte[] userTemplate, OutputStream out) throws IOException {
        return writeBook(contents, null, userTemplate, out);
    }

    /** Writes several minutes as one book behind a cover page ({@code cover} may be {@code null}: no cover). */
    public DocxTemplate.Written writeBook(List<MinutesContent> contents, BookCover cover, byte[] userTemplate,
            OutputStream out) throws IOException {
        List<Map<String, Object>> models = new ArrayList<>();
        for (MinutesContent c : contents) {
            models.add(model(c));
        }
        return TEMPLATE.write(models, cover, userTemplate, out);
    }

    /** Checks a template without filling it. */
    public static DocxTemplate.TemplateCheck inspect(byte[] template) {
        return TEMPLATE.inspect(template);
    }

    /**
     * What is wrong with a template: {@code null} when it opens as .docx and every required placeholder sits whole
     * in one run, otherwise a short technical description (the missing placeholders or the error).
     */
    public static String check(byte[] template) {
        return TEMPLATE.check(template);
    }

    private static Map<String, Object> model(MinutesContent c) {
        Map<String, Object> model = new HashMap<>();
        model.put("upperBody", c.upperBody());
        model.put("issuer", c.issuer());
        model.put("number", c.number());
        model.put("placeDate", c.placeDate());
        model.put("subject", c.subject());
        model.put("secretary", c.secretary());
        model.put("chair", c.chair());
        model.put("body", body(c.body()));
        return model;
    }

    /** The body loop's rows: one per paragraph, headings bold. */
    static List<Map<String, Object>> body(List<MinutesContent.Paragraph> paragraphs) {
        List<Map<String, Object>> body = new ArrayList<>();
        for (MinutesContent.Paragraph p : paragraphs) {
            body.add(Map.of("text", p.heading() ? DocxTemplate.bold(p.text()) : DocxTemplate.plain(p.text())));
        }
        return body;
    }
}
