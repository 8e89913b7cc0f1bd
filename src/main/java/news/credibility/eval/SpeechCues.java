package news.credibility.eval;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * attreval.py's {@code is_speech}: whether a gold cue is a speech or report cue, the only cues
 * recall counts. Its word set is copied verbatim (entries with ':' or '_' can never match a token
 * of [a-z]+, there as here).
 */
public final class SpeechCues {

    static final Set<String> SPEECH = Set.of("""
            say said says saying tell told tells telling according report reported reports reporting state
            stated states stating announce announced announces announcing claim claimed claims claiming confirm
            confirmed confirms confirming deny denied denies denying allege alleged alleges alleging accuse
            accused accuses accusing insist insisted insists argue argued argues arguing explain explained
            explains note noted notes noting write wrote writes writing written tweet tweeted tweets tweeting
            warn warned warns warning suggest suggested suggests acknowledge acknowledged acknowledges admit
            admitted admits assert asserted asserts contend contended contends maintain maintained maintains
            reveal revealed reveals disclose disclosed declare declared declares describe described describes
            reply replied replies respond responded responds comment commented comments mention mentioned
            predict predicted predicts promise promised promises estimate estimated estimates testify testified
            indicate indicated indicates add added adds adding ask asked asks asking call called calls calling
            cite cited cites citing quote quoted quotes statement interview recall recalled recalls emphasize
            emphasized stressed stress stresses reiterate reiterated insisting vowed vow vows pledged pledge
            declined decline declines refused refuse refuses rejected reject rejects dismissed dismiss dismisses
            acknowledging conceded concede concedes complained complain complains blasted criticized criticised
            praised urged urges told: said: added: wrote: continued: according_to learned show shows showed
            showing found find finds published publishes posted posts release released
            """.split("\\s+"));

    private static final Set<String> MARKS = Set.of(":", "\u2015", "\u2014", "-");
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    private SpeechCues() {
    }

    /** {@code is_speech(cue_text)}: a colon or dash, "according to", or any word of the set. */
    public static boolean isSpeech(String cueText) {
        String t = PyStr.strip(cueText.toLowerCase(Locale.ROOT));
        if (MARKS.contains(t) || t.contains("according to")) {
            return true;
        }
        Matcher words = WORD.matcher(t.toLowerCase(Locale.ROOT));
        while (words.find()) {
            if (SPEECH.contains(words.group())) {
                return true;
            }
        }
        return false;
    }
}
