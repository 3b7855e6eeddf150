package vn.sochibo.io.word;

import java.util.List;

/**
 * Everything the Party document template prints, already worded (DOMAIN layout of a chi bộ's resolutions and
 * reports): the two header blocks, the number line (may be empty, e.g. for a summary), the type name and subject,
 * the body, the recipients and the signature. Built by a feature; this package knows none.
 *
 * @param upperBody    the direct upper Party body, in capitals
 * @param issuer       the issuing chi bộ, in capitals
 * @param number       "Số 03-NQ/CB", or "" when the document has no number
 * @param placeDate    "Thanh Hóa, ngày 05 tháng 02 năm 2026"
 * @param title        the type name in capitals ("NGHỊ QUYẾT")
 * @param subject      the subject line(s) under it
 * @param body         the body paragraphs
 * @param recipients   the "Nơi nhận" lines ("- Đảng ủy …;", "- Lưu Chi bộ."), may be empty
 * @param signOnBehalf "T/M CHI BỘ" or "T/M CHI ỦY"
 * @param signTitle    "BÍ THƯ" or "PHÓ BÍ THƯ"
 * @param signer       the signer's full name, or "" to sign by hand
 */
public record PartyDocumentContent(String upperBody, String issuer, String number, String placeDate, String title,
                                   String subject, List<MinutesContent.Paragraph> body, List<String> recipients,
                                   String signOnBehalf, String signTitle, String signer) {

    public PartyDocumentContent {
        body = List.copyOf(body);
        recipients = List.copyOf(recipients);
    }
}
