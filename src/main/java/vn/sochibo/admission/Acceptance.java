package vn.sochibo.admission;

import java.time.LocalDateTime;

/** A check the clerk went past with a reason (the consent's number and date, why the old certificate stands). */
public record Acceptance(AcceptableCheck check, String reason, LocalDateTime recordedAt) {
}
