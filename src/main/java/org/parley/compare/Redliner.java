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
 * new text back, and the equal and delete runs the old one (up to the kind of whitespace: a line
 * break may come back as a space). Where a word is kept but only one text has a space after it
 * ("confirmed." against "confirmed by all."), the space goes into the change beside it.
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
        int oldAt = 0;
        int newAt = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldWords, newWords).getDeltas()) {
            int oldStart = delta.getSource().getPosition();
            int newStart = delta.getTarget().getPosition();
            runs.addEqual(oldTokens.subList(oldAt, oldStart), newTokens.subList(newAt, newStart));
            runs.add(RedlineOp.Op.DELETE, oldTokens.subList(oldStart, oldStart + delta.getSource().size()));
            runs.add(RedlineOp.Op.INSERT, newTokens.subList(newStart, newStart + delta.getTarget().size()));
            oldAt = oldStart + delta.getSource().size();
            newAt = newStart + delta.getTarget().size();
        }
        runs.addEqual(oldTokens.subList(oldAt, oldTokens.size()), newTokens.subList(newAt, newTokens.size()));
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

        /** Kept tokens, the same words on both sides; a space only one side has becomes a change. */
        void addEqual(List<String> oldTokens, List<String> newTokens) {
            for (int k = 0; k < newTokens.size(); k++) {
                String token = newTokens.get(k);
                String word = token.stripTrailing();
                boolean oldSpaced = oldTokens.get(k).length() > word.length();
                boolean newSpaced = token.length() > word.length();
                if (oldSpaced == newSpaced) {
                    add(RedlineOp.Op.EQUAL, token);
                } else {
                    add(RedlineOp.Op.EQUAL, word);
                    add(oldSpaced ? RedlineOp.Op.DELETE : RedlineOp.Op.INSERT,
                            (oldSpaced ? oldTokens.get(k) : token).substring(word.length()));
                }
            }
        }

        void add(RedlineOp.Op op, List<String> tokens) {
            if (!tokens.isEmpty()) {
                add(op, String.join("", tokens));
            }
        }

        private void add(RedlineOp.Op op, String text) {
            int last = ops.size() - 1;
            if (last >= 0 && ops.get(last).op() == op) {
                ops.set(last, new RedlineOp(op, ops.get(last).text() + text));
            } else {
                ops.add(new RedlineOp(op, text));
            }
        }
    }
}
