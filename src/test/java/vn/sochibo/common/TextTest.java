package vn.sochibo.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void foldingRemovesDiacriticsAndDStroke() {
        assertThat(Text.fold("Nguyễn Thị Hồng Thúy")).isEqualTo("nguyen thi hong thuy");
        assertThat(Text.fold("ĐỖ VĂN ĐỨC")).isEqualTo("do van duc");
    }

    @Test
    void nfdAndNfcFoldTheSame() {
        String nfd = Normalizer.normalize("Lê Thị Ánh Tuyết", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Lê Thị Ánh Tuyết");
        assertThat(Text.fold(nfd)).isEqualTo(Text.fold("Lê Thị Ánh Tuyết"));
    }

    @Test
    void cleanNormalisesToNfcAndCollapsesSpaces() {
        String nfd = Normalizer.normalize("  Hoàng\u00A0 Văn   Ân ", Normalizer.Form.NFD);
        String cleaned = Text.clean(nfd);
        assertThat(cleaned).isEqualTo("Hoàng Văn Ân");
        assertThat(Normalizer.isNormalized(cleaned, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void personNameUsesListCasing() {
        assertThat(Text.personName("  NGUYỄN  văn an ")).isEqualTo("Nguyễn Văn An");
        assertThat(Text.personName("đặng thu hà")).isEqualTo("Đặng Thu Hà");
    }
}
