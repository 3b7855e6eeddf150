package vn.sochibo.evaluation.service;

import java.util.List;

import vn.sochibo.common.Problem;
import vn.sochibo.evaluation.EntryRecord;
import vn.sochibo.evaluation.GradeResult;

/**
 * A member's entry as the screen, the documents and the command line show it.
 *
 * @param entry      what is stored
 * @param computed   the grade the rules give, with its working
 * @param problems   what is wrong or to be reviewed (errors cannot be stored, so these are warnings)
 * @param votePassed whether the chi bộ's vote on the proposal passed, or null without a vote or a known N
 */
public record EntryState(EntryRecord entry, GradeResult computed, List<Problem> problems, Boolean votePassed) {

    public EntryState {
        problems = List.copyOf(problems);
    }
}
