package vn.sochibo.io.word;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a chi bộ's own documents (resolutions, summaries) as .docx in the Party layout by filling a template
 * ({@link DocxTemplate}): the built-in {@code /templates/party-document.docx} or one the user edited in Word.
 * Thread-safe (no mutable state).
 */
public final class PartyDocumentWriter {

    /** Where the built-in template lives on the class path. */
    public static final String BUILT_IN = "/templates/party-document.docx";

    /** The placeholders a template must contain. */
    public static final List<String> REQUIRED = List.of("upperBody", "issuer", "number", "placeDate", "title", "subject",
            "?body", "text", "/body", "?recipients", "line", "/recipients", "signOnBehalf", "signTitle", "signer");

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
     * Writes one document.
     *
     * @param userTemplate the user's template bytes, or {@code null} for the built-in one
     */
    public DocxTemplate.Written write(PartyDocumentContent content, byte[] userTemplate, OutputStream out) throws IOException {
        return TEMPLATE.write(List.of(model(content)), userTemplate, out);
    }

    /** Checks a template without filling it. */
    public static DocxTemplate.TemplateCheck inspect(byte[] template) {
        return TEMPLATE.inspect(template);
    }

    private static Map<String, Object> model(PartyDocumentContent c) {
        Map<String, Object> model = new HashMap<>();
        model.put("upperBody", c.upperBody());
        model.put("issuer", c.issuer());
        model.put("number", c.number());
        model.put("placeDate", c.placeDate());
        model.put("title", c.title());
        model.put("subject", c.subject());
        model.put("body", MinutesDocumentWriter.body(c.body()));
        List<Map<String, Object>> recipients = new ArrayList<>();
        for (String line : c.recipients()) {
            recipients.add(Map.of("line", line));
        }
        model.put("recipients", recipients);
        model.put("signOnBehalf", c.signOnBehalf());
        model.put("signTitle", c.signTitle());
        model.put("signer", c.signer());
        return model;
    }
}
