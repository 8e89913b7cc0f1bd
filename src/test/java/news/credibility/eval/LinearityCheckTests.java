package news.credibility.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.credibility.text.Article;

class LinearityCheckTests {

    @Test
    void largeArticleIsRealParagraphsInTurnOneALine() {
        List<String> paragraphs = LinearityCheck.paragraphs(List.of(new Article("a", "First one said.\n\n  Second one. \n"),
                new Article("b", "Third.")));
        assertThat(paragraphs).containsExactly("First one said.", "Second one.", "Third.");

        String text = LinearityCheck.build(paragraphs, 1_000);

        assertThat(text.length()).isBetween(1_000, 1_000 + 20);
        assertThat(text).startsWith("First one said.\n\nSecond one.\n\nThird.\n\nFirst one said.\n\n");
        assertThat(text.lines().filter(l -> !l.isEmpty()).count()).isGreaterThan(50);
    }

    @Test
    void articlesWithoutTextCannotBuildIt() {
        assertThatThrownBy(() -> LinearityCheck.paragraphs(List.of(new Article("a", " \n ")))).hasMessageContaining("no text");
    }

    @Test
    void medianOfEvenAndOddRounds() {
        assertThat(ExtractionBenchmark.median(new long[] {5, 1, 3})).isEqualTo(3);
        assertThat(ExtractionBenchmark.median(new long[] {4, 1, 3, 2})).isEqualTo(2);
    }
}
