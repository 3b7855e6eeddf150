package vn.sochibo.meeting;

/**
 * Party document numbers (src/site/rules.md, "Văn bản của Đảng"): "Số 05-BB/CB", numbered per issuer, type and term.
 */
public final class DocumentNumbers {

    private DocumentNumbers() {
    }

    /** The number line of a chi bộ's minutes: "Số 03-BB/CB". */
    public static String minutes(int number) {
        return MinutesComposer.numberLine(number);
    }
}
