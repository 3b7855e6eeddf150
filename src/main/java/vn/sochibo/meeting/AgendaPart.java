package vn.sochibo.meeting;

/**
 * The three parts of a meeting's agenda (mở đầu, nội dung, kết thúc: src/site/rules.md, "The meeting and its minutes").
 */
public enum AgendaPart {
    OPENING,
    CONTENT,
    CLOSING
}
