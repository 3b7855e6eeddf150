package vn.sochibo.io.word;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Page numbers from page 2 at the top centre (src/site/rules.md, "Văn bản của Đảng"). */
public class PageNumbersTest {

    /** Asserts the document numbers its pages from page 2 at the top centre, and not the first. */
    public static void assertFromPageTwo(XWPFDocument doc) {
        var section = doc.getDocument().getBody().getSectPr();
        assertThat(section.isSetTitlePg()).as("first page has its own (empty) header").isTrue();
        var policy = new XWPFHeaderFooterPolicy(doc);
        assertThat(policy.getFirstPageHeader().getText()).isBlank();
        var header = policy.getDefaultHeader();
        assertThat(header.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(header.getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
    }

    @Test
    void aHeaderOfTheTemplatesOwnIsKept() throws java.io.IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (XWPFDocument made = new XWPFDocument()) {
            made.createParagraph().createRun().setText("x");
            made.createHeaderFooterPolicy().createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun()
                    .setText("của người dùng");
            made.write(bytes);
        }
        try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            PageNumbers.fromSecondPage(doc);
            assertThat(doc.getHeaderList()).hasSize(1);
            assertThat(doc.getHeaderList().get(0).getText()).contains("của người dùng").doesNotContain("PAGE");
        }
    }

    @Test
    void aNewDocumentGetsThem() throws java.io.IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("x");
            PageNumbers.fromSecondPage(doc);
            assertFromPageTwo(doc);
        }
    }
}
