/**
 * Elections at a branch congress. This package holds the congress as the clerk records it (the congress, its roll,
 * offices, candidate lists, rounds, ballots as entered, the board's close of a count) and {@link
 * vn.sochibo.election.TallyText}, the one place a count is put into words. Below it: {@code engine}, the counting
 * rules (pure); beside it: {@code service} (transactions and SQL), {@code doc} (count record, ballot paper,
 * workbooks) and {@code view} (the four tabs of the screen). The rules followed are in src/site/rules.md, "Bầu cử
 * tại đại hội chi bộ".
 */
package vn.sochibo.election;
