package vn.sochibo.dues;

import java.math.BigDecimal;

/**
 * What one member owes for one month and how it was worked out (src/site/rules.md, "Đảng phí").
 *
 * @param kind             the basis' kind
 * @param basisAmount      the amount the rate applies to: own salary/benefit/pension or the regional minimum wage, in
 *                         đồng; 0 for a student's fixed amount
 * @param ratePercent      the rate in per cent; null for a fixed amount
 * @param exact            the amount before rounding (after any reduction), exact
 * @param reductionPercent the reduction applied, 0 for none
 * @param exemption        why nothing is owed, or {@link Exemption#NONE}
 * @param amount           what is owed, whole đồng, rounded to the unit the clerk chose; 0 when exempt
 */
public record Due(DuesKind kind, long basisAmount, BigDecimal ratePercent, BigDecimal exact, int reductionPercent,
                  Exemption exemption, long amount) {

    public boolean exempt() {
        return exemption != Exemption.NONE;
    }
}
