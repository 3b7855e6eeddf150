package vn.sochibo.dues.doc;

/**
 * The title block of a dues document: the upper body and the branch (as they are named; the writer puts them in
 * capitals), the place and date line ("Thanh Hóa, ngày 22 tháng 11 năm 2026") and the rule applied ("Quy định số
 * 01-QĐ/TW ngày 03/02/2026 …", a dated setting).
 */
public record DuesHeading(String upperBody, String branchName, String placeAndDate, String rule) {
}
