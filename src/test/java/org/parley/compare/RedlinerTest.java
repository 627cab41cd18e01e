package org.parley.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The redline gives both texts back: equal and inserted runs the new one, equal and deleted runs the old one. */
class RedlinerTest {
    private static final String[] WORDS = {"the", "parties", "agree", "ceasefire", "line", "contact", "within", "thirty", "days",
        "guarantees", ",", ".", ";", "(", ")", "confirmed", "by", "every", "signatory"};

    private static String side(List<RedlineOp> ops, RedlineOp.Op changed) {
        StringBuilder text = new StringBuilder();
        ops.stream().filter(op -> op.op() == RedlineOp.Op.EQUAL || op.op() == changed).forEach(op -> text.append(op.text()));
        return text.toString();
    }

    private static String text(List<String> words) {
        StringBuilder text = new StringBuilder();
        for (String word : words) {
            boolean punctuation = word.length() == 1 && !Character.isLetter(word.charAt(0));
            if (!text.isEmpty() && !(punctuation && !word.equals("("))) {
                text.append(' ');
            }
            text.append(word);
        }
        return text.toString();
    }

    @Test
    void diff_keepsAWordWhoseSpaceChangedAndPutsTheSpaceIntoTheChange() {
        List<RedlineOp> ops = Redliner.diff("Ukraine's sovereignty is confirmed.", "Ukraine's sovereignty is confirmed by every signatory.");

        assertThat(side(ops, RedlineOp.Op.DELETE)).isEqualTo("Ukraine's sovereignty is confirmed.");
        assertThat(ops).contains(new RedlineOp(RedlineOp.Op.EQUAL, "Ukraine's sovereignty is confirmed"),
                new RedlineOp(RedlineOp.Op.INSERT, " by every signatory"));
    }

    @Test
    void forDisplay_keepsTheSpacesAroundAChangeOutsideIt() {
        assertThat(new RedlineOp(RedlineOp.Op.INSERT, " within thirty days ").forDisplay()).containsExactly(
                new RedlineOp(RedlineOp.Op.EQUAL, " "), new RedlineOp(RedlineOp.Op.INSERT, "within thirty days"),
                new RedlineOp(RedlineOp.Op.EQUAL, " "));
        assertThat(new RedlineOp(RedlineOp.Op.DELETE, "days").forDisplay()).containsExactly(new RedlineOp(RedlineOp.Op.DELETE, "days"));
        assertThat(new RedlineOp(RedlineOp.Op.EQUAL, " kept ").forDisplay()).containsExactly(new RedlineOp(RedlineOp.Op.EQUAL, " kept "));
        assertThat(new RedlineOp(RedlineOp.Op.INSERT, " ").forDisplay()).as("whitespace alone is not marked")
                .containsExactly(new RedlineOp(RedlineOp.Op.EQUAL, " "));
    }

    @Test
    void diff_ofRandomEdits_givesBothTextsBack() {
        Random random = new Random(11);
        for (int round = 0; round < 500; round++) {
            List<String> old = new ArrayList<>();
            for (int k = 0, n = 1 + random.nextInt(25); k < n; k++) {
                old.add(WORDS[random.nextInt(WORDS.length)]);
            }
            List<String> edited = new ArrayList<>(old);
            for (int edits = random.nextInt(6); edits > 0; edits--) {
                int at = random.nextInt(edited.size() + 1);
                if (random.nextBoolean() || edited.isEmpty() || at == edited.size()) {
                    edited.add(at, WORDS[random.nextInt(WORDS.length)]);
                } else {
                    edited.remove(at);
                }
            }
            String from = text(old);
            String to = text(edited);

            List<RedlineOp> ops = Redliner.diff(from, to);

            assertThat(side(ops, RedlineOp.Op.INSERT)).as("new side of %s -> %s", from, to).isEqualTo(to);
            assertThat(side(ops, RedlineOp.Op.DELETE)).as("old side of %s -> %s", from, to).isEqualTo(from);
        }
    }
}
