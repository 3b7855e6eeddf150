package vn.sochibo.election.engine;

import java.util.List;

import vn.sochibo.common.Messages;
import vn.sochibo.common.Problem;
import vn.sochibo.election.TallyText;

/** The engine's problems and reasons as the Vietnamese interface shows them, for tests that read the words. */
final class Vietnamese {

    static final TallyText TEXT = new TallyText(Messages.forLanguage("vi"));

    private Vietnamese() {
    }

    static String problem(Problem problem) {
        return TEXT.problem(problem);
    }

    static List<String> problems(List<Problem> problems) {
        return problems.stream().map(TEXT::problem).toList();
    }
}
