package news.credibility.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;

import news.credibility.extract.SourceType;
import news.credibility.score.Band;
import news.credibility.signal.SignalType;

/**
 * Which records to read; every field is optional and they all must hold. The claim-level ones
 * (band, grade, signal, source type, rule fired) must hold for one and the same claim of a record.
 *
 * @param band           a claim in this band
 * @param grade          a claim with this grade (1-6)
 * @param signal         a claim with this signal
 * @param sourceType     a claim whose source is of this type
 * @param rule           a claim for which this rule fired (its name)
 * @param outlet         the article's outlet, exactly
 * @param ruleSetVersion scored under this rule set version
 * @param requestedBy    asked by this user
 * @param kind           an article or claims scored as facts
 * @param from           made on or after this day (UTC)
 * @param to             made on or before this day (UTC)
 */
public record RecordFilter(Band band, Integer grade, SignalType signal, SourceType sourceType, String rule, String outlet,
                           String ruleSetVersion, String requestedBy, RecordKind kind,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    public static final RecordFilter ALL = new RecordFilter(null, null, null, null, null, null, null, null, null, null, null);

    /** The same filter restricted to one user's records. */
    public RecordFilter askedBy(String user) {
        return new RecordFilter(band, grade, signal, sourceType, rule, outlet, ruleSetVersion, user, kind, from, to);
    }

    /** The filter as a query over records. */
    public Specification<AssessmentRecord> specification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            equal(all, cb, root, "outlet", outlet);
            equal(all, cb, root, "ruleSetVersion", ruleSetVersion);
            equal(all, cb, root, "requestedBy", requestedBy);
            equal(all, cb, root, "kind", kind == null ? null : kind.name());
            if (from != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("createdAt"), from.atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            if (to != null) {
                all.add(cb.lessThan(root.<Instant>get("createdAt"), to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            if (hasClaimFilter()) {
                Subquery<Integer> claim = query.subquery(Integer.class);
                Root<RecordedClaim> c = claim.from(RecordedClaim.class);
                List<Predicate> same = new ArrayList<>();
                same.add(cb.equal(c.get("id").get("recordSeq"), root.get("seq")));
                equal(same, cb, c, "band", band == null ? null : band.name());
                equal(same, cb, c, "grade", grade);
                equal(same, cb, c, "sourceType", sourceType == null ? null : sourceType.name());
                if (signal != null) {
                    same.add(cb.like(c.get("signals"), ClaimIndex.containing(signal.name()), '\\'));
                }
                if (rule != null && !rule.isBlank()) {
                    same.add(cb.like(c.get("rules"), ClaimIndex.containing(rule), '\\'));
                }
                claim.select(cb.literal(1)).where(same.toArray(Predicate[]::new));
                all.add(cb.exists(claim));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private boolean hasClaimFilter() {
        return band != null || grade != null || signal != null || sourceType != null || (rule != null && !rule.isBlank());
    }

    private static void equal(List<Predicate> predicates, CriteriaBuilder cb, Root<?> root, String field, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            predicates.add(cb.equal(root.get(field), value));
        }
    }
}
