package news.credibility.cli;

import java.nio.file.Path;

import news.credibility.engine.Assessment;

/** An input file and the engine's assessment of it. */
record ScoredArticle(Path file, Assessment assessment) {

    String stem() {
        return assessment.article().id();
    }
}
