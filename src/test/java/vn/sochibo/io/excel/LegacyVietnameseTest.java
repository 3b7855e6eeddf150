package vn.sochibo.io.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sochibo.io.excel.LegacyVietnamese.Encoding;

/** TCVN3 and VNI strings as they come out of old spreadsheets (Windows-1252 readings of the bytes). */
class LegacyVietnameseTest {

    @Test
    void tcvn3TextBecomesUnicode() {
        assertThat(LegacyVietnamese.fromTcvn3("§¶ng Céng s¶n ViÖt Nam")).isEqualTo("Đảng Cộng sản Việt Nam");
        assertThat(LegacyVietnamese.fromTcvn3("Chi bé")).isEqualTo("Chi bộ");
        assertThat(LegacyVietnamese.fromTcvn3("NguyÔn ThÞ Hång Thóy")).isEqualTo("Nguyễn Thị Hồng Thúy");
        assertThat(LegacyVietnamese.fromTcvn3("Hµ Néi, ngµy 22 th¸ng 11 n¨m 2026")).isEqualTo("Hà Nội, ngày 22 tháng 11 năm 2026");
        assertThat(LegacyVietnamese.fromTcvn3("Tr­êng §¹i häc")).isEqualTo("Trường Đại học");
        assertThat(LegacyVietnamese.fromTcvn3("Hå ChÝ Minh")).isEqualTo("Hồ Chí Minh");
    }

    @Test
    void vniTextBecomesUnicode() {
        assertThat(LegacyVietnamese.fromVni("Ñaûng Coäng saûn Vieät Nam")).isEqualTo("Đảng Cộng sản Việt Nam");
        assertThat(LegacyVietnamese.fromVni("Nguyeãn Thò Hoàng Thuùy")).isEqualTo("Nguyễn Thị Hồng Thúy");
        assertThat(LegacyVietnamese.fromVni("Tröôøng Ñaïi hoïc")).isEqualTo("Trường Đại học");
        assertThat(LegacyVietnamese.fromVni("Haø Noäi, ngaøy 22 thaùng 11 naêm 2026")).isEqualTo("Hà Nội, ngày 22 tháng 11 năm 2026");
        assertThat(LegacyVietnamese.fromVni("ÑAÛNG BOÄ PHÖÔØNG")).isEqualTo("ĐẢNG BỘ PHƯỜNG");
        assertThat(LegacyVietnamese.fromVni("Lyù Thò Kyø Duyeân")).isEqualTo("Lý Thị Kỳ Duyên");
    }

    @Test
    void detectsTheEncodingFromTheTextAlone() {
        assertThat(LegacyVietnamese.detect(List.of("NguyÔn V¨n Th¾ng", "TrÇn ThÞ Hoa"), Encoding.UNICODE)).isEqualTo(Encoding.TCVN3);
        assertThat(LegacyVietnamese.detect(List.of("Nguyeãn Vaên Thaéng", "Traàn Thò Hoa"), Encoding.UNICODE)).isEqualTo(Encoding.VNI);
        assertThat(LegacyVietnamese.detect(List.of("Nguyễn Văn Thắng", "Trần Thị Hoa"), Encoding.UNICODE)).isEqualTo(Encoding.UNICODE);
        assertThat(LegacyVietnamese.detect(List.of("Lê Hà", "Võ Tá"), Encoding.UNICODE)).as("Latin-1 letters only").isEqualTo(Encoding.UNICODE);
        assertThat(LegacyVietnamese.detect(List.of("Chi bé"), Encoding.TCVN3)).as("ambiguous text, font decides").isEqualTo(Encoding.TCVN3);
    }

    @Test
    void fontNamesTellTheEncoding() {
        assertThat(LegacyVietnamese.byFont(".VnTime")).isEqualTo(Encoding.TCVN3);
        assertThat(LegacyVietnamese.byFont(".VnArialH")).isEqualTo(Encoding.TCVN3);
        assertThat(LegacyVietnamese.isCapitalFont(".VnTimeH")).isTrue();
        assertThat(LegacyVietnamese.byFont("VNI-Times")).isEqualTo(Encoding.VNI);
        assertThat(LegacyVietnamese.byFont("Times New Roman")).isEqualTo(Encoding.UNICODE);
    }
}
