package news.credibility.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import news.credibility.extract.SeedFixtures;
import news.credibility.extract.SourcingLexicons;
import news.credibility.text.AnalyzedText;

class OpinionDetectorTests {

    private static boolean opinion(String sentence) {
        AnalyzedText a = SeedFixtures.body(sentence);
        return new OpinionDetector(SourcingLexicons.of(SeedFixtures.lexicons())).isOpinion(sentence, a.sentences().get(0));
    }

    @ParameterizedTest(name = "opinion: {0}")
    @ValueSource(strings = {"The more money the council spends, the less the town trusts it.",
            "It is undeniable that the reform failed.", "So it is perhaps not too surprising that the talks collapsed.",
            "The hypocrisy of the board is plain to see."})
    void evaluativeSentencesAreOpinion(String sentence) {
        assertThat(opinion(sentence)).isTrue();
    }

    @ParameterizedTest(name = "not opinion: {0}")
    @ValueSource(strings = {"The council spent two million dollars in 2020.", "Israel has cultivated ties with African states.",
            "The so-called reform passed in March.", "Indeed, the vote was held on Monday."})
    void plainOrSingleWeakCueSentencesAreNot(String sentence) {
        assertThat(opinion(sentence)).isFalse();
    }
}
