package org.parley.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Telling English drafts from German ones by their stop words, and warning when two compared drafts differ. */
class LanguageTest {
    private static final List<String> GERMAN = List.of("Die Würde des Menschen ist unantastbar.",
            "Sie zu achten und zu schützen ist Verpflichtung aller staatlichen Gewalt.");
    private static final List<String> ENGLISH = List.of("Human dignity shall be inviolable.",
            "To respect and protect it shall be the duty of all state authority.");

    @Test
    void of_readsTheLanguageWhoseStopWordsTheTextsUse() {
        assertThat(Language.of(GERMAN)).contains(Language.GERMAN);
        assertThat(Language.of(ENGLISH)).contains(Language.ENGLISH);
    }

    @Test
    void of_saysNothingOfTextsWithTooFewStopWordsOrAMix() {
        assertThat(Language.of(List.of("Ceasefire.", "Elections."))).isEmpty();
        assertThat(Language.of(List.of(GERMAN.get(1), ENGLISH.get(1)))).isEmpty();
    }

    @Test
    void mismatch_warnsOnlyWhenBothDraftsHaveADifferentLanguage() {
        assertThat(Language.mismatch(GERMAN, ENGLISH)).hasValueSatisfying(note ->
                assertThat(note).contains("German", "English", "dropped and added"));
        assertThat(Language.mismatch(ENGLISH, ENGLISH)).isEmpty();
        assertThat(Language.mismatch(GERMAN, List.of("Ceasefire."))).isEmpty();
    }
}
