package news.credibility.extract;

import java.util.Locale;
import java.util.Set;

import news.credibility.text.Sentence;

/**
 * Types a pronoun source by what it stands for: a relative pronoun by the phrase before it, "he" or
 * "she" by the person named before it (with the office the article gives that person), "it" by the
 * nearest document, outlet or institution; the plural "we" and "let's" outside quotation, standing
 * for no one, are the writers' (the outlet's) voice.
 */
final class PronounTyper {

    /** The first person plural: outside quotation and standing for no one before it, the writers' (the outlet's) voice. */
    private static final Set<String> AUTHORIAL = Set.of("we", "us", "ourselves");

    private final NameIndex names;
    private final Antecedents antecedents;
    private final SourceTyper typer;

    PronounTyper(SourcingLexicons lex, NameIndex names, SourceTyper typer) {
        this.names = names;
        this.antecedents = new Antecedents(lex, names);
        this.typer = typer;
    }

    /** The typing of the pronoun {@code pronoun} ({@code np}); resolved only at {@code depth} 0. */
    SourceTyper.Typing type(String text, Sentence sentence, NounPhrase np, String pronoun, int depth) {
        SourceTyper.Typing resolved = depth == 0 ? resolved(text, sentence, np, pronoun) : null;
        return resolved != null ? resolved : unresolved(text, np, pronoun);
    }

    /** A pronoun typed as what it stands for; null where nothing fitting stands before it. */
    private SourceTyper.Typing resolved(String text, Sentence sentence, NounPhrase np, String pronoun) {
        if (Antecedents.RELATIVE.contains(pronoun)) {
            NounPhrase head = antecedents.relativeHead(text, sentence, np);
            if (head == null) {
                return null;
            }
            SourceTyper.Typing t = typer.type(text, sentence, head, 1);
            if (pronoun.startsWith("wh") && (t.type() == SourceType.DOCUMENT || t.type() == SourceType.OUTLET) && !pronoun.equals("which")) {
                return null; // "who" stands for people: "two figures who", "an anchor at Fox News who"
            }
            return new SourceTyper.Typing(t.type(), "'" + np.text() + "' stands for '" + head.text() + "': " + t.reason(), t.name());
        }
        if (Antecedents.NEUTER.contains(pronoun)) {
            SourceType t = antecedents.neuter(text, np.span());
            return t == null ? null : new SourceTyper.Typing(t, "'" + np.text() + "' refers back to a " + t.name().toLowerCase(Locale.ROOT), np.text());
        }
        if (!Antecedents.MASCULINE.contains(pronoun) && !Antecedents.FEMININE.contains(pronoun)) {
            return null;
        }
        NameIndex.Name n = antecedents.person(text, pronoun, np.span());
        return n == null ? null : asPerson(n, "'" + np.text() + "' refers back to ");
    }

    /** The typing of the person {@code n} names: an official where the article (or the gazetteer) gives an office. */
    SourceTyper.Typing asPerson(NameIndex.Name n, String why) {
        NameIndex.Name full = names.fullNameOf(n);
        String office = names.officeOf(n);
        String name = full != null ? full.name() : n.name();
        return new SourceTyper.Typing(office != null ? SourceType.NAMED_OFFICIAL : SourceType.NAMED_PERSON,
                why + name + (office != null ? " (" + office + ")" : ""), name);
    }

    private static SourceTyper.Typing unresolved(String text, NounPhrase np, String p) {
        if (AUTHORIAL.contains(p) && !NameCues.isQuoted(text, np.span().start())) {
            return new SourceTyper.Typing(SourceType.OUTLET, "'" + np.text() + "' outside quotation, standing for no one named: the writer's plural voice", np.text());
        }
        return switch (p) {
            case "he", "him", "his", "she", "her", "i", "me", "myself" -> new SourceTyper.Typing(SourceType.NAMED_PERSON, "a personal pronoun with no antecedent found", np.text());
            case "it", "its" -> new SourceTyper.Typing(SourceType.INSTITUTION, "'it' with no antecedent found", np.text());
            default -> new SourceTyper.Typing(SourceType.ANONYMOUS, "'" + p + "' with no antecedent found", np.text());
        };
    }

    /** The "'s" of "let's", outside quotation: the writer's voice. */
    static boolean isLetUs(String text, Sentence sentence, NounPhrase np) {
        if (NameCues.isQuoted(text, np.span().start())) {
            return false;
        }
        if (np.tokens().isEmpty()) { // the span cuts the token "let's"
            int at = np.span().start();
            return np.text().replace('’', '\'').equals("'s") && at >= 3 && text.substring(at - 3, at).equalsIgnoreCase("let");
        }
        if (np.tokens().size() != 1) {
            return false;
        }
        String w = np.tokens().get(0).lower().replace('’', '\'');
        if (w.equals("let's")) {
            return true;
        }
        int i = sentence.tokens().indexOf(np.tokens().get(0));
        return w.equals("'s") && i > 0 && sentence.tokens().get(i - 1).lower().equals("let");
    }
}
