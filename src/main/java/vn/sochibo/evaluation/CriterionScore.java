package vn.sochibo.evaluation;

import java.math.BigDecimal;

import vn.sochibo.common.Text;

/**
 * The points of one criteria group of a score entered by group (the groups and their points are the clerk's: the
 * texts found give no sub-criterion points, see src/site/rules.md, "Đánh giá, xếp loại").
 *
 * @param part   which part of the score the group belongs to
 * @param title  the group, e.g. "Chính trị tư tưởng, đạo đức, lối sống"
 * @param points its points, not negative, at most two decimals
 */
public record CriterionScore(ScorePart part, String title, BigDecimal points) {

    public CriterionScore {
        title = Text.cleanOrNull(title);
    }
}
