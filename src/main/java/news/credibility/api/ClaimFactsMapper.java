package news.credibility.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.credibility.api.ClaimScoringRequest.ClaimFacts;
import news.credibility.api.ClaimScoringRequest.Offsets;
import news.credibility.api.ClaimScoringRequest.SignalFacts;
import news.credibility.extract.Claim;
import news.credibility.extract.ClaimKind;
import news.credibility.extract.Source;
import news.credibility.extract.SourceType;
import news.credibility.signal.Signal;
import news.credibility.text.Span;

/**
 * Turns claims supplied as facts into the engine's {@link Claim}s, checking what JSON parsing
 * cannot: text present, ids unique, offsets inside the text. Every complaint names its field.
 */
public final class ClaimFactsMapper {

    private ClaimFactsMapper() {
    }

    public static List<Claim> claims(ClaimScoringRequest request) {
        if (request.claims() == null || request.claims().isEmpty()) {
            throw new InvalidInputException("claims", "No claims given: send at least one claim in \"claims\".");
        }
        String text = request.text();
        Map<String, Source> sources = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < request.claims().size(); i++) {
            ClaimFacts facts = request.claims().get(i);
            String field = "claims[" + i + "]";
            if (facts == null) {
                throw new InvalidInputException(field, field + " is null: send a claim object.");
            }
            if (facts.text() == null || facts.text().isBlank()) {
                throw new InvalidInputException(field + ".text", field + ".text is missing or blank: say what is claimed.");
            }
            String id = facts.id() == null || facts.id().isBlank() ? "c" + (i + 1) : facts.id();
            if (!ids.add(id)) {
                throw new InvalidInputException(field + ".id", "Claim id \"%s\" is used twice: give each claim its own id.".formatted(id));
            }
            SourceType type = facts.sourceType() == null ? SourceType.UNATTRIBUTED : facts.sourceType();
            ClaimKind kind = facts.kind() != null ? facts.kind()
                    : type == SourceType.UNATTRIBUTED ? ClaimKind.UNATTRIBUTED : ClaimKind.REPORTED;
            Source source = facts.sourceName() == null || facts.sourceName().isBlank() ? null
                    : sources.computeIfAbsent(facts.sourceName(),
                    name -> new Source("s" + (sources.size() + 1), type, name, List.of()));
            Span content = span(facts.content(), text, field + ".content");
            List<Signal> signals = new ArrayList<>();
            List<SignalFacts> given = facts.signals() == null ? List.of() : facts.signals();
            for (int j = 0; j < given.size(); j++) {
                SignalFacts signal = given.get(j);
                String signalField = field + ".signals[" + j + "]";
                if (signal == null || signal.type() == null) {
                    throw new InvalidInputException(signalField + ".type", signalField + ".type is missing: name the signal.");
                }
                signals.add(new Signal(signal.type(), span(signal.evidence(), text, signalField + ".evidence"), signal.detail()));
            }
            claims.add(new Claim(id, kind, content, facts.text(), null, type, source, null, signals));
        }
        return claims;
    }

    private static Span span(Offsets offsets, String text, String field) {
        if (offsets == null) {
            return null;
        }
        if (text == null) {
            throw new InvalidInputException(field, field + " gives offsets but the request has no \"text\" they could point into.");
        }
        if (offsets.start() < 0 || offsets.end() < offsets.start() || offsets.end() > text.length()) {
            throw new InvalidInputException(field, "%s [%d, %d) is outside the text (length %d): give 0 <= start <= end <= length."
                    .formatted(field, offsets.start(), offsets.end(), text.length()));
        }
        return new Span(offsets.start(), offsets.end());
    }
}
