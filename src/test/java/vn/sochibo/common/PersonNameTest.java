package vn.sochibo.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void splitsGivenFamilyAndMiddleNames() {
        assertThat(PersonName.givenName("Nguyễn Thị Hồng Thúy")).isEqualTo("Thúy");
        assertThat(PersonName.familyName("Nguyễn Thị Hồng Thúy")).isEqualTo("Nguyễn");
        assertThat(PersonName.middleNames("Nguyễn Thị Hồng Thúy")).isEqualTo("Thị Hồng");
        assertThat(PersonName.middleNames("Lê Anh")).isEmpty();
    }

    @Test
    void sortsByGivenNameThenFamilyThenMiddleTheVietnameseWay() {
        List<String> names = new ArrayList<>(List.of(
                "Trần Văn Đức", "Nguyễn Văn Dũng", "Lê Thị An", "Nguyễn Thị An", "Nguyễn Văn An",
                "Phạm Ánh", "Hoàng Văn Ân", "Bùi Minh Ăn", "Vũ Hưng", "Đỗ Huy"));
        names.sort(PersonName.comparator());
        assertThat(names).containsExactly(
                "Lê Thị An", "Nguyễn Thị An", "Nguyễn Văn An", // same given name: family, then middle
                "Phạm Ánh", "Bùi Minh Ăn", "Hoàng Văn Ân",     // a < á (tone) < ă < â
                "Nguyễn Văn Dũng", "Trần Văn Đức",             // Đ after D
                "Đỗ Huy", "Vũ Hưng");                          // u before ư
    }

    @Test
    void familyNameDecidesBeforeMiddleNames() {
        List<String> names = new ArrayList<>(List.of("Đinh An Bình", "Đặng Xuân Bình", "Cao Zê Bình"));
        names.sort(PersonName.comparator());
        assertThat(names).containsExactly("Cao Zê Bình", "Đặng Xuân Bình", "Đinh An Bình");
    }
}
