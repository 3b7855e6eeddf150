package vn.sochibo.io.word;

import java.util.List;

/**
 * Everything the minutes template prints, already worded: the header blocks, the title's subject line, the body
 * paragraphs in order and the two signatures. Built by the meeting feature; this package knows no meeting.
 *
 * @param upperBody  the direct upper Party body, in capitals ("ĐẢNG BỘ SỞ …")
 * @param issuer     the issuing chi bộ, in capitals ("CHI BỘ VĂN PHÒNG")
 * @param number     "Số 05-BB/CB"
 * @param placeDate  "Thanh Hóa, ngày 05 tháng 02 năm 2026"
 * @param subject    the subject line under BIÊN BẢN
 * @param body       the body paragraphs
 * @param secretary  the secretary's full name (left signature)
 * @param chair      the chair's full name (right signature)
 */
public record MinutesContent(String upperBody, String issuer, String number, String placeDate, String subject,
                             List<Paragraph> body, String secretary, String chair) {

    public MinutesContent {
        body = List.copyOf(body);
    }

    /** One body paragraph; headings are bold. */
    public record Paragraph(String text, boolean heading) {

        public static Paragraph text(String text) {
            return new Paragraph(text, false);
        }

        public static Paragraph heading(String text) {
            return new Paragraph(text, true);
        }
    }
}
