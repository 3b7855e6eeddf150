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
    void cleanTextIsReturnedAsItIsAndAnyOtherTextCleanedAsBefore() {
        java.util.Random random = new java.util.Random(13);
        char[] alphabet = {'a', 'Ê', 'đ', ' ', ' ', '\t', '\n', '\u00A0', '\u2007', '\u202F', '\u2003', '\u0301',
            '\u0323', '\u001F', '\u2028', 'e'};
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String expected = spaces.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
            assertThat(Text.clean(text.toString())).as("run %d", run).isEqualTo(expected);
        }
        String clean = "Nguyễn Văn An";
        assertThat(Text.clean(clean)).isSameAs(clean);
    }

    @Test
    void personNameUsesListCasing() {
        assertThat(Text.personName("  NGUYỄN  văn an ")).isEqualTo("Nguyễn Văn An");
        assertThat(Text.personName("đặng thu hà")).isEqualTo("Đặng Thu Hà");
    }
}
