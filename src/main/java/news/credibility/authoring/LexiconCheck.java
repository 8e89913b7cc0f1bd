package news.credibility.authoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import news.credibility.lexicon.Lexicon;
import news.credibility.lexicon.LexiconException;
import news.credibility.lexicon.Lexicons;

/**
 * The lexicons of a rules folder, file by file (so every broken file is reported, not only the
 * first), then entries that contradict each other across lexicons: a word that would make a claim
 * both confirmed and denied is an error; a word with two readings the extractor resolves one way
 * (a hedge that is also a reporting cue, an anonymity marker that is also an outlet) is a warning.
 */
final class LexiconCheck {

    /** Two lexicons that should not share a word, and why. */
    private record Conflict(String a, String b, Finding.Severity severity, String why) {
    }

    private static final List<Conflict> CONFLICTS = List.of(
            new Conflict("confirmation", "denial-verbs", Finding.Severity.ERROR, "a word cannot both confirm and deny a claim"),
            new Conflict("confirmation", "no-comment", Finding.Severity.ERROR, "a word cannot both confirm a claim and decline to comment"),
            new Conflict("confirmation", "not-confirmed", Finding.Severity.ERROR, "a phrase cannot both confirm a claim and say it is unconfirmed"),
            new Conflict("confirmation", "hedges", Finding.Severity.ERROR, "a word cannot both confirm a claim and distance the text from it"),
            new Conflict("denial-verbs", "no-comment", Finding.Severity.ERROR, "a denial is an answer, no comment is none"),
            new Conflict("hedges", "cue-verbs", Finding.Severity.WARNING, "every claim it introduces as a cue is hedged; mark it as=cue in hedges.txt if it should hedge only as the cue"),
            new Conflict("hedges", "cue-nouns", Finding.Severity.WARNING, "every claim it introduces as a cue is hedged; mark it as=cue in hedges.txt if it should hedge only as the cue"),
            new Conflict("anonymity", "institutions", Finding.Severity.WARNING, "a source with it is typed by whichever list the typer reads first"),
            new Conflict("anonymity", "outlets", Finding.Severity.WARNING, "a source with it is typed by whichever list the typer reads first"),
            new Conflict("anonymity", "documents", Finding.Severity.WARNING, "a source with it is typed by whichever list the typer reads first"));

    private static final List<String> CUE_LEXICONS = List.of("cue-verbs", "cue-nouns", "cue-evidential");

    private LexiconCheck() {
    }

    static List<Finding> check(Path rulesFolder) {
        List<Finding> findings = new ArrayList<>();
        Path dir = rulesFolder.resolve("lexicons");
        if (!Files.isDirectory(dir)) {
            return findings;
        }
        Map<String, Lexicon> lexicons = new LinkedHashMap<>();
        Map<String, Path> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
                try {
                    lexicons.put(name, Lexicons.parse(f, name));
                    files.put(name, f);
                } catch (LexiconException e) {
                    String prefix = e.file() + (e.line() > 0 ? ":" + e.line() : "") + ": ";
                    String message = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
                    findings.add(Finding.error(rel(name), e.line(), null, message + "; one entry a line, attributes as key=value after a tab"));
                } catch (IOException e) {
                    findings.add(Finding.error(rel(name), 0, null, "cannot be read (%s); check its permissions".formatted(e.getMessage())));
                }
            }
        } catch (IOException e) {
            findings.add(Finding.error("lexicons", 0, null, "cannot list the lexicons (%s)".formatted(e.getMessage())));
            return findings;
        }
        for (Conflict c : CONFLICTS) {
            Lexicon a = lexicons.get(c.a());
            Lexicon b = lexicons.get(c.b());
            if (a == null || b == null) {
                continue;
            }
            for (String word : a.words().stream().sorted().toList()) {
                boolean onlyAsCue = c.a().equals("hedges") && "cue".equals(a.attribute(word, "as"));
                if (b.contains(word) && !onlyAsCue) {
                    findings.add(new Finding(c.severity(), rel(c.a()), line(files.get(c.a()), word), null,
                            "'%s' is also in %s.txt (line %d): %s".formatted(word, c.b(), line(files.get(c.b()), word), c.why())));
                }
            }
        }
        Lexicon hedges = lexicons.get("hedges");
        if (hedges != null) {
            for (String word : hedges.words().stream().sorted().toList()) {
                if ("cue".equals(hedges.attribute(word, "as"))
                        && CUE_LEXICONS.stream().noneMatch(l -> lexicons.containsKey(l) && lexicons.get(l).contains(word))) {
                    findings.add(Finding.warning(rel("hedges"), line(files.get("hedges"), word), null,
                            "'%s' hedges only as an attribution's cue (as=cue), but no cue lexicon (%s) lists it: it never hedges"
                                    .formatted(word, String.join(", ", CUE_LEXICONS))));
                }
            }
        }
        return findings;
    }

    private static String rel(String lexicon) {
        return "lexicons/" + lexicon + ".txt";
    }

    /** The line of {@code entry} in the file, read as the lexicon parser reads it. */
    private static int line(Path file, String entry) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                int hash = l.indexOf('#');
                String e = (hash >= 0 ? l.substring(0, hash) : l).split("\t")[0].trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                if (e.equals(entry)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // parsed a moment ago: a file gone since has no line to name
        }
        return 0;
    }
}
