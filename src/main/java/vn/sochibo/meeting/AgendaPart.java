package vn.sochibo.meeting;

/** The three parts of a meeting's agenda (DOMAIN.md §2: mở đầu, nội dung, kết thúc). */
public enum AgendaPart {
    OPENING,
    CONTENT,
    CLOSING
}
