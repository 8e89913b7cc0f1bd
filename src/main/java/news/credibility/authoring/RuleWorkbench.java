package news.credibility.authoring;

import java.nio.file.Path;
import java.util.List;

import news.credibility.eval.EvalInputException;
import news.credibility.eval.TextFolder;
import news.credibility.extract.ArticleReader;
import news.credibility.score.RuleEngine;
import news.credibility.score.RuleSet;
import news.credibility.score.RuleSetException;
import news.credibility.text.Article;

/**
 * The rule authors' workbench over the live engine, for the service: check the rules folder on
 * disk, and preview what it would change against the live rules (or a git revision) on a corpus.
 * Plain Java: the REST controller is a thin layer over it.
 */
public final class RuleWorkbench {

    /** The baseline that means "the rules scoring requests now". */
    public static final String LIVE = "live";

    private final RuleEngine engine;
    private final ArticleReader reader;
    private final CorpusFolders corpora;

    public RuleWorkbench(RuleEngine engine, ArticleReader reader, CorpusFolders corpora) {
        this.engine = engine;
        this.reader = reader;
        this.corpora = corpora;
    }

    /** {@code rules check} on the rules folder the engine reloads from. */
    public CheckReport check() {
        return RuleCheck.run(engine.folder());
    }

    /**
     * The candidate (the rules folder on disk) against {@code baseline} ("live", or a git revision)
     * on {@code corpus} ("seeds", or a folder name under the corpora root).
     */
    public DiffReport diff(String baseline, String corpus) throws WorkbenchInputException, RuleSetException {
        Path folder = corpora.resolve(corpus);
        List<Article> articles;
        try {
            articles = TextFolder.read(folder);
        } catch (java.io.IOException | EvalInputException e) {
            throw new WorkbenchInputException("corpus", "corpus \"%s\" cannot be read: %s".formatted(corpus, e.getMessage()));
        }
        RuleSet candidate = RuleSet.load(engine.folder());
        RulesDiff diff = new RulesDiff(reader);
        String candidateLabel = candidate.version() + " (rules folder on the server)";
        if (baseline == null || baseline.isBlank() || baseline.equals(LIVE)) {
            RuleSet live = engine.current();
            return diff.diff(live, live.version() + " (live)", candidate, candidateLabel, articles);
        }
        try (BaselineRules rules = BaselineRules.resolveRevision(baseline, engine.folder())) {
            RuleSet base = RuleSet.load(rules.folder());
            return diff.diff(base, base.version() + " " + rules.label(), candidate, candidateLabel, articles);
        } catch (BaselineRules.BaselineException e) {
            throw new WorkbenchInputException("baseline", e.getMessage());
        }
    }
}
