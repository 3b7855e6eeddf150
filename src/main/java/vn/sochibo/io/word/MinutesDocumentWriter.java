package vn.sochibo.io.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.data.Texts;
import com.deepoove.poi.xwpf.NiceXWPFDocument;

/**
 * Writes minutes (.docx) in the Party layout by filling a template with poi-tl: the built-in
 * {@code /templates/minutes.docx} or a template the user edited in Word. A user template that cannot be used
 * falls back to the built-in one; {@link Written#fellBack()} says so. Thread-safe (no mutable state).
 */
public final class MinutesDocumentWriter {

    /** Where the built-in template lives on the class path. */
    public static final String BUILT_IN = "/templates/minutes.docx";

    /** The placeholders a template must contain. */
    public static final List<String> REQUIRED = List.of("upperBody", "issuer", "number", "placeDate", "subject",
            "?body", "text", "/body", "secretary", "chair");

    private final byte[] builtIn;

    public MinutesDocumentWriter() {
        try (InputStream in = MinutesDocumentWriter.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing " + BUILT_IN);
            }
            builtIn = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-in template's bytes (to export it for editing). */
    public byte[] builtInTemplate() {
        return builtIn.clone();
    }

    /** What was written: whether the user template had to be replaced by the built-in one, and why. */
    public record Written(boolean fellBack, String reason) {
    }

    /**
     * Writes one meeting's minutes.
     *
     * @param userTemplate the user's template bytes, or {@code null} for the built-in one
     */
    public Written write(MinutesContent content, byte[] userTemplate, OutputStream out) throws IOException {
        return writeBook(List.of(content), userTemplate, out);
    }

    /** Writes several minutes as one book, in the given order, each starting on a new page. */
    public Written writeBook(List<MinutesContent> contents, byte[] userTemplate, OutputStream out) throws IOException {
        if (userTemplate != null) {
            String problem = check(userTemplate);
            if (problem == null) {
                try {
                    byte[] bytes = render(contents, userTemplate);
                    out.write(bytes);
                    return new Written(false, null);
                } catch (RuntimeException | IOException e) {
                    problem = String.valueOf(e.getMessage());
                }
            }
            out.write(render(contents, builtIn));
            return new Written(true, problem);
        }
        out.write(render(contents, builtIn));
        return new Written(false, null);
    }

    /** Whether a template opens as .docx, and which required placeholders it lacks (or has split across runs). */
    public record TemplateCheck(boolean opens, List<String> missing) {

        public boolean usable() {
            return opens && missing.isEmpty();
        }
    }

    /** Checks a template without filling it. */
    public static TemplateCheck inspect(byte[] template) {
        String problem = check(template);
        if (problem == null) {
            return new TemplateCheck(true, List.of());
        }
        return problem.startsWith("{{") ? new TemplateCheck(true, List.of(problem.split(", "))) : new TemplateCheck(false, List.of());
    }

    /**
     * What is wrong with a template: {@code null} when it opens as .docx and every required placeholder sits whole
     * in one run, otherwise a short technical description (the missing placeholders or the error).
     */
    public static String check(byte[] template) {
        try (NiceXWPFDocument doc = new NiceXWPFDocument(new ByteArrayInputStream(template))) {
            List<String> runs = new ArrayList<>();
            collectRuns(doc.getParagraphs(), runs);
            doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> collectRuns(c.getParagraphs(), runs))));
            List<String> missing = new ArrayList<>();
            for (String tag : REQUIRED) {
                if (runs.stream().noneMatch(r -> r.contains("{{" + tag + "}}"))) {
                    missing.add("{{" + tag + "}}");
                }
            }
            return missing.isEmpty() ? null : String.join(", ", missing);
        } catch (IOException | RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
    }

    private static void collectRuns(List<XWPFParagraph> paragraphs, List<String> runs) {
        for (XWPFParagraph p : paragraphs) {
            p.getRuns().forEach(r -> runs.add(String.valueOf(r.text())));
        }
    }

    private static byte[] render(List<MinutesContent> contents, byte[] template) throws IOException {
        NiceXWPFDocument book = null;
        for (MinutesContent content : contents) {
            XWPFTemplate filled = XWPFTemplate.compile(new ByteArrayInputStream(template)).render(model(content));
            if (book == null) {
                book = filled.getXWPFDocument();
            } else {
                book.createParagraph().createRun().addBreak(BreakType.PAGE);
                try {
                    book = book.merge(filled.getXWPFDocument());
                } catch (Exception e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
        }
        if (book == null) {
            throw new IllegalArgumentException("no minutes to write");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        book.write(bytes);
        book.close();
        return bytes.toByteArray();
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
        List<Map<String, Object>> body = new ArrayList<>();
        for (MinutesContent.Paragraph p : c.body()) {
            body.add(Map.of("text", p.heading() ? Texts.of(p.text()).bold().create() : Texts.of(p.text()).create()));
        }
        model.put("body", body);
        return model;
    }
}
