package news.credibility.audit;

/** What was asked for: an article assessed ({@code POST /api/assessments}) or claims scored as facts ({@code POST /api/claims/score}). */
public enum RecordKind {
    ARTICLE, CLAIMS
}
