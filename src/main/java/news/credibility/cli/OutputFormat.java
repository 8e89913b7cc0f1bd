package news.credibility.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What {@code score} writes: a ranked table, one JSON document, JSON Lines, or brat standoff files. */
enum OutputFormat {
    TABLE("table.txt"), JSON("assessments.json"), JSONL("claims.jsonl"), BRAT(null);

    /** The file written into --out for formats that write one file; brat writes one per input. */
    final String fileName;

    OutputFormat(String fileName) {
        this.fileName = fileName;
    }

    static OutputFormat parse(String name) throws UsageException {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown format '%s': use one of %s".formatted(name, names()));
        }
    }

    static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|"));
    }
}
