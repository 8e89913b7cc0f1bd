package news.credibility.audit;

import java.util.List;

/**
 * An assessment about to be recorded, as the API made it.
 *
 * @param kind           an article assessed or claims scored
 * @param requestedBy    the signed-in user who asked
 * @param ruleSetVersion the version of the rules that scored it (its files are archived with {@link RuleSetArchive})
 * @param articleId      the article's id, where there is an article
 * @param outlet         the article's outlet, where known
 * @param textSha256     SHA-256 of the input text (hex), where there is a text
 * @param input          what was asked: serialised as canonical JSON, enough to replay it
 * @param result         what was answered: serialised as canonical JSON
 * @param claims         the scored claims, for the filters
 * @param corrects       the record this one corrects, or null
 * @param reason         why the correction was made, or null
 */
public record RecordDraft(RecordKind kind, String requestedBy, String ruleSetVersion, String articleId, String outlet,
                          String textSha256, Object input, Object result, List<ClaimIndex> claims, Long corrects,
                          String reason) {

    public RecordDraft {
        claims = List.copyOf(claims);
    }
}
