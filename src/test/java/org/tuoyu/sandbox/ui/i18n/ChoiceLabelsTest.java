package org.tuoyu.sandbox.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.engine.LeverKey;

/** Every value of every choice lever reads as words in both languages, never as its key (as hukouFirst once did). */
class ChoiceLabelsTest {

    @Test
    void everyChoiceOfEveryLeverHasWordsInChineseAndEnglish() {
        for (I18n.Lang lang : I18n.Lang.values()) {
            I18n i = new I18n(lang);
            for (LeverKey k : LeverKey.values()) {
                for (int c = 0; c < k.choices().size(); c++) {
                    String shown = i.choice(k, c);
                    assertNotEquals("choice." + k.choices().get(c), shown, k + " choice " + c + " in " + lang);
                }
            }
        }
    }
}
