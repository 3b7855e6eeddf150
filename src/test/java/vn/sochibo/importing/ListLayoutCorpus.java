package vn.sochibo.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the corpus of member-list layouts under src/test/resources/import/layouts with POI (issue 14): the
 * upper level's member-database export with and without a gender column, the register Mẫu 7-HSĐV typed on one
 * line per member and printed as four sub-rows, a TCVN3 list whose font was changed to Times New Roman, a list
 * typed for the ".VnTimeH" capitals font, a VNI list, and a transfer book (Mẫu 10-SHĐ). Run {@link #main} to
 * write them again; {@link ListLayoutImportTest} reads the committed files.
 */
public final class ListLayoutCorpus {

    static final Path DIR = Path.of("src/test/resources/import/layouts");

    private ListLayoutCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(DIR);
        databaseExport(DIR.resolve("csdl-dang-vien.xlsx"), false);
        databaseExport(DIR.resolve("csdl-dang-vien-gioi-tinh.xlsx"), true);
        mau7(DIR.resolve("mau7-mot-dong.xlsx"), false);
        mau7(DIR.resolve("mau7-bon-dong.xlsx"), true);
        legacyList(DIR.resolve("tcvn3-times.xlsx"), "Times New Roman", ListLayoutCorpus::tcvn3);
        legacyList(DIR.resolve("vni-times.xlsx"), "VNI-Times", ListLayoutCorpus::vni);
        vnTimeH(DIR.resolve("tcvn3-vntimeh.xlsx"));
        transferBook(DIR.resolve("mau10-so-gioi-thieu.xlsx"));
    }

    // ---- the layouts ----

    /** STT, Họ và tên, (Giới tính), Số thẻ Đảng viên, Số CCCD, Ngày sinh, Ngày kết nạp, Chi bộ đang sinh hoạt, Chi bộ nơi cư trú, Trạng thái. */
    static void databaseExport(Path file, boolean withGender) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("Danh sach");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            List<String> header = withGender
                    ? List.of("STT", "Họ và tên", "Giới tính", "Số thẻ Đảng viên", "Số CCCD", "Ngày sinh", "Ngày kết nạp",
                            "Chi bộ đang sinh hoạt", "Chi bộ nơi cư trú", "Trạng thái")
                    : List.of("STT", "Họ và tên", "Số thẻ Đảng viên", "Số CCCD", "Ngày sinh", "Ngày kết nạp",
                            "Chi bộ đang sinh hoạt", "Chi bộ nơi cư trú", "Trạng thái");
            row(sh, 0, header);
            Object[][] members = {
                {"NGUYỄN VĂN AN", "Nam", "01234567", "001055001234", LocalDate.of(1955, 3, 12), LocalDate.of(1980, 5, 19),
                    "Chi bộ Khu phố 1", "Chi bộ Tổ dân phố 5", "Đang sinh hoạt"},
                {nfd("TRẦN THỊ BÌNH"), "Nữ", "001190004567", "001190004567", "01/07/1990", "02/02/2026",
                    "Chi bộ Khu phố 1", "Chi bộ Tổ dân phố 2", "Đang sinh hoạt"},
                {"LÊ VĂN CƯỜNG", "Nam", "00765432", "001048009876", LocalDate.of(1948, 8, 20), "15/01/1975",
                    "Chi bộ Khu phố 2", "", "Từ trần"},
                {nfd("PHẠM THỊ DUNG"), "Nữ", "001170002222", "001170002222", "03/04/1970", LocalDate.of(2010, 2, 3),
                    "Chi bộ Khu phố 2", "Chi bộ Tổ dân phố 7", "Đã chuyển sinh hoạt"},
                {"HOÀNG VĂN ÉN", "Nam", "001185003333", "", "", "10/06/2015", "Chi bộ Khu phố 1", "", "Đang sinh hoạt"},
            };
            for (int i = 0; i < members.length; i++) {
                Object[] m = members[i];
                Row r = sh.createRow(i + 1);
                int c = 0;
                r.createCell(c++).setCellValue(i + 1);
                for (int k = 0; k < m.length; k++) {
                    if (k == 1 && !withGender) {
                        continue;
                    }
                    put(r.createCell(c++), m[k], date);
                }
            }
            save(wb, file);
        }
    }

    static final String[] MAU7_HEADER = {"Số TT", "Họ và tên khai sinh\n(tên gọi khác)", "Nam, nữ, dân tộc, tôn giáo", "Quê quán",
        "Văn hóa, lý luận, CMNV, ngoại ngữ", "Nghề nghiệp trước khi vào Đảng, nghề nghiệp hiện nay", "Ngày vào Đảng, ngày chính thức",
        "Số thẻ đảng viên, số lý lịch đảng viên, số Huy hiệu Đảng", "Bộ đội, công an, hưu trí", "Ngày chuyển đi, đến đảng bộ cơ sở",
        "Ngày chuyển đến, ở đảng bộ cơ sở nào đến", "Ngày từ trần, lý do", "Ngày ra khỏi Đảng, lý do", "Ghi chú"};

    /** Four members of Mẫu 7-HSĐV; each cell a list of lines (at most four). */
    static final String[][][] MAU7_MEMBERS = {
        {{"1"}, {"Nguyễn Văn An", "Tư An"}, {"Nam", "Kinh", "Không"}, {"Yên Sở, Thanh Trì, Hà Nội"}, {"10/10", "Sơ cấp", "Kỹ sư", "Anh B"},
            {"Công nhân", "Hưu trí"}, {"19/05/1980", "19/05/1981"}, {"01234567", "000123 HN", "12345678"}, {"Bộ đội"}, {}, {}, {}, {},
            {"Huy hiệu 40 năm"}},
        {{"2"}, {"Trần Thị Bình"}, {"Nữ", "Kinh", "Phật giáo"}, {"Thanh Oai, Hà Nội"}, {"12/12", "", "Cử nhân", "Anh C"},
            {"Sinh viên", "Giáo viên"}, {"02/02/2026"}, {"", "004567 HN"}, {}, {}, {"15/03/2026", "Đảng bộ phường Láng Thượng"}, {}, {}, {}},
        {{"3"}, {"Lê Văn Cường"}, {"Nam", "Tày", "Không"}, {"Cao Bằng"}, {"7/10", "Trung cấp", "", ""}, {"Nông dân", "Hưu trí"},
            {"15/01/1975", "15/01/1976"}, {"00765432", "000045 CB", "00012345"}, {"Hưu trí"}, {}, {}, {"20/10/2023", "Bệnh"}, {}, {}},
        {{"4"}, {"Phạm Thị Dung"}, {"Nữ", "Kinh", "Công giáo"}, {"Nam Định"}, {"12/12", "Cao cấp", "Thạc sĩ", "Pháp B"},
            {"Giáo viên", "Cán bộ"}, {"03/02/2010", "03/02/2011"}, {"001170002222", "000777 HN"}, {}, {"01/07/2022", "Đảng bộ xã Tả Thanh Oai"},
            {}, {}, {}, {}},
    };

    /** Title rows, the combined header, the number row, then each member on one row (line breaks) or four sub-rows. */
    static void mau7(Path file, boolean fourRows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("Mau 7-HSDV");
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            row(sh, 0, List.of("ĐẢNG BỘ PHƯỜNG YÊN SỞ"));
            row(sh, 1, List.of("SỔ DANH SÁCH ĐẢNG VIÊN"));
            row(sh, 3, List.of(MAU7_HEADER));
            Row numbers = sh.createRow(4);
            for (int c = 0; c < MAU7_HEADER.length; c++) {
                numbers.createCell(c).setCellValue(c + 1);
            }
            int r = 5;
            for (String[][] m : MAU7_MEMBERS) {
                if (fourRows) {
                    for (int sub = 0; sub < 4; sub++) {
                        Row row = sh.createRow(r++);
                        for (int c = 0; c < m.length; c++) {
                            if (sub < m[c].length && !m[c][sub].isEmpty()) {
                                row.createCell(c).setCellValue(m[c][sub]);
                            }
                        }
                    }
                } else {
                    Row row = sh.createRow(r++);
                    for (int c = 0; c < m.length; c++) {
                        if (m[c].length > 0) {
                            Cell cell = row.createCell(c);
                            cell.setCellValue(String.join("\n", m[c]));
                            cell.setCellStyle(wrap);
                        }
                    }
                }
            }
            save(wb, file);
        }
    }

    static final String[] LEGACY_HEADER = {"STT", "Họ và tên", "Giới tính", "Ngày sinh", "Quê quán", "Ngày vào Đảng", "Ngày chính thức", "Ghi chú"};
    static final String[][] LEGACY_MEMBERS = {
        {"1", "Nguyễn Thị Hồng Thúy", "Nữ", "02/09/1988", "Thường Tín, Hà Nội", "12/05/2015", "12/05/2016", "Bà mẹ có con liệt sĩ"},
        {"2", "Đặng Văn Hùng", "Nam", "19/08/1975", "Đông Anh, Hà Nội", "03/02/2000", "", "Chuyển đến từ Đảng bộ huyện"},
    };

    /** A list whose every text (header included) is in a legacy encoding, in the given font. */
    static void legacyList(Path file, String fontName, java.util.function.UnaryOperator<String> encode) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("DS");
            Font font = wb.createFont();
            font.setFontName(fontName);
            CellStyle style = wb.createCellStyle();
            style.setFont(font);
            Row h = sh.createRow(0);
            for (int c = 0; c < LEGACY_HEADER.length; c++) {
                text(h.createCell(c), encode.apply(LEGACY_HEADER[c]), style);
            }
            for (int i = 0; i < LEGACY_MEMBERS.length; i++) {
                Row r = sh.createRow(i + 1);
                for (int c = 0; c < LEGACY_MEMBERS[i].length; c++) {
                    text(r.createCell(c), encode.apply(LEGACY_MEMBERS[i][c]), style);
                }
            }
            save(wb, file);
        }
    }

    /** TCVN3 text in the ".VnTime" font, with the home town and notes typed for the ".VnTimeH" capitals font. */
    static void vnTimeH(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("DS");
            Font plain = wb.createFont();
            plain.setFontName(".VnTime");
            Font caps = wb.createFont();
            caps.setFontName(".VnTimeH");
            CellStyle p = wb.createCellStyle();
            p.setFont(plain);
            CellStyle c = wb.createCellStyle();
            c.setFont(caps);
            String[] header = {"STT", "Họ và tên", "Giới tính", "Năm sinh", "Quê quán", "Ngày vào Đảng", "Ghi chú"};
            Row h = sh.createRow(0);
            for (int i = 0; i < header.length; i++) {
                text(h.createCell(i), tcvn3(header[i]), p);
            }
            Row r = sh.createRow(1);
            text(r.createCell(0), "1", p);
            text(r.createCell(1), vnTimeHCaps("VŨ THỊ HẰNG"), c);
            text(r.createCell(2), tcvn3("Nữ"), p);
            text(r.createCell(3), "1970", p);
            text(r.createCell(4), vnTimeHCaps("ỨNG HÒA, HÀ NỘI"), c);
            text(r.createCell(5), "20/11/1995", p);
            text(r.createCell(6), vnTimeHCaps("CỘNG HÒA XÃ HỘI CHỦ NGHĨA"), c);
            save(wb, file);
        }
    }

    /** Mẫu 10-SHĐ: the transfer book, which must never be taken for a member list. */
    static void transferBook(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("So gioi thieu");
            row(sh, 0, List.of("SỔ GIỚI THIỆU SINH HOẠT ĐẢNG"));
            row(sh, 2, List.of("Số TT", "Ngày giới thiệu", "Họ và tên, ngày sinh", "Ngày vào Đảng, ngày chính thức",
                    "Số thẻ đảng viên", "Giới thiệu đến", "Người giới thiệu (ký, ghi rõ họ tên)"));
            row(sh, 3, List.of("1", "01/07/2022", "Phạm Thị Dung\n03/04/1970", "03/02/2010\n03/02/2011", "001170002222",
                    "Đảng bộ xã Tả Thanh Oai", "Nguyễn Văn Bí"));
            save(wb, file);
        }
    }

    // ---- legacy encoders (the inverse of LegacyVietnamese's tables) ----

    private static final Map<Character, Character> TO_TCVN3 = new HashMap<>();

    static {
        String[][] table = {
            {"µ¶·¸¹", "àảãáạ"}, {"¨»¼½¾Æ", "ăằẳẵắặ"}, {"©ÇÈÉÊË", "âầẩẫấậ"}, {"®", "đ"},
            {"ÌÎÏÐÑ", "èẻẽéẹ"}, {"ªÒÓÔÕÖ", "êềểễếệ"}, {"×ØÜÝÞ", "ìỉĩíị"},
            {"ßáâãä", "òỏõóọ"}, {"«åæçèé", "ôồổỗốộ"}, {"¬êëìíî", "ơờởỡớợ"},
            {"ïñòóô", "ùủũúụ"}, {"­õö÷øù", "ưừửữứự"}, {"úûüýþ", "ỳỷỹýỵ"},
            {"¡¢£¤¥¦§", "ĂÂÊÔƠƯĐ"},
        };
        for (String[] pair : table) {
            for (int i = 0; i < pair[0].length(); i++) {
                TO_TCVN3.put(pair[1].charAt(i), pair[0].charAt(i));
            }
        }
    }

    /** Unicode → TCVN3 as Excel shows it; capitals TCVN3 lacks are written small (as real files do). */
    static String tcvn3(String text) {
        StringBuilder out = new StringBuilder();
        for (char ch : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            Character b = TO_TCVN3.get(ch);
            if (b == null && Character.isUpperCase(ch)) {
                b = TO_TCVN3.get(Character.toLowerCase(ch));
            }
            out.append(b != null ? b : ch);
        }
        return out.toString();
    }

    /** Capitals typed for ".VnTimeH": plain letters as capitals, accented letters as their small TCVN3 bytes. */
    static String vnTimeHCaps(String upper) {
        StringBuilder out = new StringBuilder();
        for (char ch : upper.toCharArray()) {
            Character b = TO_TCVN3.get(Character.toLowerCase(ch));
            out.append(ch < 0x80 ? ch : b != null ? b : ch);
        }
        return out.toString();
    }

    /** Unicode → VNI-Windows as Excel shows it: base letter, then the mark characters. */
    static String vni(String text) {
        StringBuilder out = new StringBuilder();
        for (char ch : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            String nfd = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
            char base = nfd.charAt(0);
            boolean up = Character.isUpperCase(base);
            String marks = nfd.substring(1);
            if (ch == 'đ' || ch == 'Đ') {
                out.append(ch == 'đ' ? 'ñ' : 'Ñ');
                continue;
            }
            boolean horn = marks.contains("\u031B");
            boolean hat = marks.contains("\u0302");
            boolean breve = marks.contains("\u0306");
            String tone = marks.replaceAll("[\u031B\u0302\u0306]", "");
            if (horn) {
                out.append(Character.toLowerCase(base) == 'o' ? (up ? 'Ô' : 'ô') : (up ? 'Ö' : 'ö'));
            } else {
                out.append(base);
            }
            int t = tone.isEmpty() ? -1 : "\u0300\u0301\u0309\u0303\u0323".indexOf(tone.charAt(0));
            String set = hat ? "àáåãä" : breve ? "èéúüë" : "øùûõï";
            if (t >= 0) {
                char m = set.charAt(t);
                out.append(up ? Character.toUpperCase(m) : m);
            } else if (hat) {
                out.append(up ? 'Â' : 'â');
            } else if (breve) {
                out.append(up ? 'Ê' : 'ê');
            }
        }
        return out.toString();
    }

    static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    // ---- cells ----

    private static void row(Sheet sh, int r, List<String> cells) {
        Row row = sh.createRow(r);
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }

    private static void put(Cell cell, Object v, CellStyle date) {
        if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (v != null && !v.toString().isEmpty()) {
            cell.setCellValue(v.toString());
        }
    }

    private static void text(Cell cell, String v, CellStyle style) {
        cell.setCellValue(v);
        cell.setCellStyle(style);
    }

    private static void save(XSSFWorkbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }
}
