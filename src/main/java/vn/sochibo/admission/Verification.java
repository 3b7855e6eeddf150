package vn.sochibo.admission;

import java.time.LocalDate;

import vn.sochibo.common.Text;

/**
 * A verification request (thẩm tra lý lịch): who is verified ("Bản thân", "Bố: …"), the body asked, whether it is
 * abroad (a longer time to reply), the day the body received the request, and the reply (date and result) once
 * it came.
 */
public record Verification(long id, String subject, String addressee, boolean abroad, LocalDate receivedOn,
                           LocalDate repliedOn, String result) {

    public Verification {
        subject = Text.cleanOrNull(subject);
        addressee = Text.cleanOrNull(addressee);
        result = result == null ? null : StepRecord.cleanLines(result);
    }

    public boolean answered() {
        return repliedOn != null;
    }
}
