package org.parley.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level redline of two texts. Words and punctuation marks are compared; whitespace is
 * carried along with the word before it, so concatenating the equal and insert runs gives the
 * new text back.
 */
public final class Redliner {

    private static final Pattern TOKEN = Pattern.compile("([\\p{L}\\p{N}\\p{M}]+|[^\\s\\p{L}\\p{N}\\p{M}])\\s*");

    private Redliner() {
    }

    /** The runs that turn {@code from} into {@code to}. */
    public static List<RedlineOp> diff(String from, String to) {
        List<String> oldTokens = tokens(from);
        List<String> newTokens = tokens(to);
        List<String> oldWords = words(oldTokens);
        List<String> newWords = words(newTokens);
        var runs = new Runs();
        int newAt = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldWords, newWords).getDeltas()) {
            int oldStart = delta.getSource().getPosition();
            int newStart = delta.getTarget().getPosition();
            runs.add(RedlineOp.Op.EQUAL, newTokens.subList(newAt, newStart));
            runs.add(RedlineOp.Op.DELETE, oldTokens.subList(oldStart, oldStart + delta.getSource().size()));
            runs.add(RedlineOp.Op.INSERT, newTokens.subList(newStart, newStart + delta.getTarget().size()));
            newAt = newStart + delta.getTarget().size();
        }
        runs.add(RedlineOp.Op.EQUAL, newTokens.subList(newAt, newTokens.size()));
        return runs.ops;
    }

    private static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        Matcher m = TOKEN.matcher(text.strip());
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static List<String> words(List<String> tokens) {
        var words = new ArrayList<String>(tokens.size());
        for (String token : tokens) {
            words.add(token.stripTrailing());
        }
        return words;
    }

    private static final class Runs {
        private final List<RedlineOp> ops = new ArrayList<>();

        void add(RedlineOp.Op op, List<String> tokens) {
            if (tokens.isEmpty()) {
                return;
            }
            String text = String.join("", tokens);
            int last = ops.size() - 1;
            if (last >= 0 && ops.get(last).op() == op) {
                ops.set(last, new RedlineOp(op, ops.get(last).text() + text));
            } else {
                ops.add(new RedlineOp(op, text));
            }
        }
    }
}
