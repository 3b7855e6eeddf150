package vn.sochibo.io.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.data.Texts;
import com.deepoove.poi.xwpf.NiceXWPFDocument;

/**
 * A Word template filled with poi-tl: a built-in one on the class path, or one the user edited in Word, which must
 * still hold every required placeholder whole in one run. A user template that cannot be used falls back to the
 * built-in one and the result says why. Shared by the minutes and the Party documents of the features; they give
 * the placeholders' values as a model. Thread-safe (no mutable state).
 */
public final class DocxTemplate {

    private final byte[] builtIn;
    private final List<String> required;

    /**
     * @param builtInResource where the built-in template lives on the class path
     * @param required        the placeholders a usable template holds ("name", "?loop", "/loop")
     */
    public DocxTemplate(String builtInResource, List<String> required) {
        try (InputStream in = DocxTemplate.class.getResourceAsStream(builtInResource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + builtInResource);
            }
            builtIn = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.required = List.copyOf(required);
    }

    /** The built-in template's bytes (to export it for editing). */
    public byte[] builtInTemplate() {
        return builtIn.clone();
    }

    /** What was written: whether the user template had to be replaced by the built-in one, and why. */
    public record Written(boolean fellBack, String reason) {
    }

    /** Whether a template opens as .docx, and which required placeholders it lacks (or has split across runs). */
    public record TemplateCheck(boolean opens, List<String> missing) {

        public boolean usable() {
            return opens && missing.isEmpty();
        }
    }

    /** A bold run for a loop's text placeholder (headings). */
    public static Object bold(String text) {
        return Texts.of(text).bold().create();
    }

    /** A plain run for a loop's text placeholder. */
    public static Object plain(String text) {
        return Texts.of(text).create();
    }

    /**
     * Fills the template once per model, in order, each after a page break, into one document.
     *
     * @param userTemplate the user's template bytes, or {@code null} for the built-in one
     */
    public Written write(List<Map<String, Object>> models, byte[] userTemplate, OutputStream out) throws IOException {
        return write(models, null, userTemplate, out);
    }

    /**
     * Fills the template once per model as {@link #write(List, byte[], OutputStream)}, with a cover page first.
     *
     * @param cover the cover, or {@code null} for none
     */
    public Written write(List<Map<String, Object>> models, BookCover cover, byte[] userTemplate, OutputStream out)
            throws IOException {
        if (userTemplate != null) {
            String problem = check(userTemplate);
            if (problem == null) {
                try {
                    out.write(render(models, cover, userTemplate));
                    return new Written(false, null);
                } catch (RuntimeException | IOException e) {
                    problem = String.valueOf(e.getMessage());
                }
            }
            out.write(render(models, cover, builtIn));
            return new Written(true, problem);
        }
        out.write(render(models, cover, builtIn));
        return new Written(false, null);
    }

    /** Checks a template without filling it. */
    public TemplateCheck inspect(byte[] template) {
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
    public String check(byte[] template) {
        try (NiceXWPFDocument doc = new NiceXWPFDocument(new ByteArrayInputStream(template))) {
            List<String> runs = new ArrayList<>();
            collectRuns(doc.getParagraphs(), runs);
            doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> collectRuns(c.getParagraphs(), runs))));
            List<String> missing = new ArrayList<>();
            for (String tag : required) {
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

    private static byte[] render(List<Map<String, Object>> models, BookCover cover, byte[] template)
            throws IOException {
        NiceXWPFDocument book = null;
        for (Map<String, Object> model : models) {
            XWPFTemplate filled = XWPFTemplate.compile(new ByteArrayInputStream(template)).render(model);
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
            throw new IllegalArgumentException("nothing to write");
        }
        if (cover != null) {
            cover.prependTo(book);
        }
        PageNumbers.fromSecondPage(book);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        book.write(bytes);
        book.close();
        return bytes.toByteArray();
    }
}
