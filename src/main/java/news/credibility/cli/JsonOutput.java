package news.credibility.cli;

import java.util.List;

import news.credibility.api.AssessmentView;
import news.credibility.api.ClaimView;
import news.credibility.api.Views;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The command line's JSON: the same shapes as the REST API ({@link Views}), so that a pipeline can
 * switch between the two. {@code json} is one document for all articles; {@code jsonl} one line per
 * claim, each carrying its article and rank so a line stands on its own.
 */
final class JsonOutput {

    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonMapper COMPACT = JsonMapper.builder().build();

    /** The {@code json} document: the articles scored and the problems of the inputs left out. */
    record Document(List<AssessmentView> articles, List<String> problems) {
    }

    private JsonOutput() {
    }

    static String document(List<ScoredArticle> scored, List<String> problems) {
        List<AssessmentView> views = scored.stream().map(s -> Views.assessment(s.assessment(), s.file().toString())).toList();
        return PRETTY.writeValueAsString(new Document(views, problems)) + "\n";
    }

    static String lines(List<ScoredArticle> scored) {
        StringBuilder out = new StringBuilder();
        for (ScoredArticle article : scored) {
            AssessmentView view = Views.assessment(article.assessment(), article.file().toString());
            int rank = 0;
            for (ClaimView claim : view.claims()) {
                ObjectNode line = COMPACT.createObjectNode();
                line.put("article", view.article().id());
                line.put("file", view.article().file());
                line.put("ruleSetVersion", view.ruleSetVersion());
                line.put("rank", ++rank);
                line.setAll((ObjectNode) COMPACT.valueToTree(claim));
                out.append(COMPACT.writeValueAsString(line)).append('\n');
            }
        }
        return out.toString();
    }
}
