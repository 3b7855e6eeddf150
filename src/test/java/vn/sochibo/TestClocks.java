package vn.sochibo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The fixed "today" of the tests: 22/11/2026, the day the sample branch describes. */
public final class TestClocks {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    public static final Clock FIXED = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    private TestClocks() {
    }
}
