package news.credibility.api;

import java.security.Principal;
import java.util.List;

import org.springframework.stereotype.Component;

import news.credibility.audit.AssessmentRecord;
import news.credibility.audit.AuditLog;
import news.credibility.audit.CanonicalJson;
import news.credibility.audit.ClaimIndex;
import news.credibility.audit.RecordDraft;
import news.credibility.audit.RecordKind;
import news.credibility.audit.RuleSetArchive;
import news.credibility.config.CredibilityProperties;
import news.credibility.engine.Assessment;
import news.credibility.score.ScoredClaim;
import news.credibility.score.ScoringResult;
import news.credibility.text.Article;

/**
 * Records every assessment the API makes, before it is answered: what was asked (enough to replay
 * it), what was answered, under which rules (their files archived once per version), who asked.
 */
@Component
public class AuditRecorder {

    /** The response header naming the record an answer was stored as. */
    public static final String RECORD_HEADER = "Audit-Record";

    private final AuditLog log;
    private final RuleSetArchive archive;
    private final CredibilityProperties properties;

    AuditRecorder(AuditLog log, RuleSetArchive archive, CredibilityProperties properties) {
        this.log = log;
        this.archive = archive;
        this.properties = properties;
    }

    AssessmentRecord assessment(Principal caller, Article article, Assessment assessment, AssessmentView view) {
        return record(new RecordDraft(RecordKind.ARTICLE, caller.getName(), assessment.ruleSetVersion(), article.id(),
                article.metadata().outlet(), CanonicalJson.sha256(article.text()), article, view,
                indexes(assessment.claims()), null, null));
    }

    AssessmentRecord scoring(Principal caller, ClaimScoringRequest request, ScoringResult result, ScoringView view) {
        return record(new RecordDraft(RecordKind.CLAIMS, caller.getName(), result.ruleSetVersion(), null, null,
                request.text() == null ? null : CanonicalJson.sha256(request.text()), request, view,
                indexes(result.claims()), null, null));
    }

    AssessmentRecord correction(Principal caller, long corrects, String reason, Article article, Assessment assessment,
                                AssessmentView view) {
        return record(new RecordDraft(RecordKind.ARTICLE, caller.getName(), assessment.ruleSetVersion(), article.id(),
                article.metadata().outlet(), CanonicalJson.sha256(article.text()), article, view,
                indexes(assessment.claims()), corrects, reason));
    }

    private AssessmentRecord record(RecordDraft draft) {
        archive.archive(draft.ruleSetVersion(), properties.rulesFolder());
        return log.append(draft);
    }

    private static List<ClaimIndex> indexes(List<ScoredClaim> claims) {
        return claims.stream().map(ClaimIndex::of).toList();
    }
}
