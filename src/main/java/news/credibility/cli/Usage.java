package news.credibility.cli;

/** The help text of the jar. */
final class Usage {

    static final String TEXT = """
            Usage: java -jar target/credibility-engine.jar [COMMAND]

            Commands:
              score [--format table|json|jsonl|brat] [--out DIR] [--rules DIR] PATH...
                    Score articles: each PATH is a .txt file (UTF-8) or a folder of them (sorted by name;
                    a metadata.tsv beside them adds outlet, author, date). Writes to stdout, or with
                    --out DIR into DIR: table.txt, assessments.json, claims.jsonl, or one <stem>.ann per
                    input file for brat (--out is required for brat).
                    --rules DIR  the rules folder (default: rules, relative to the working directory)
              serve [--server.port=N ...]
                    Start the REST service (the default when no command is given). API description at
                    /v3/api-docs; HTTP Basic users from credibility.users.* (defaults: analyst/analyst,
                    author/author, auditor/auditor).
              demo [--server.port=N ...]
                    Score the seeds folder, print the ranked table, then start the service.
              bench [--rounds N] [--rules DIR] [PATH...]
                    Measure the engine in one process on one thread: start-up to first scored article,
                    then the median articles/s, claims/s and tokens/s over N rounds (default 30) of the
                    articles (default: the seeds), reading and scoring timed apart.
              eval [--out DIR | --pred DIR] [--rules DIR] [--json] GOLD_DIR
                    Measure attribution extraction against gold in PolNeAR layout (GOLD_DIR/text/<stem>.txt,
                    GOLD_DIR/attributions/<stem>_<annotator>.ann): reads every text with the rules folder's
                    lexicons (no scoring), writes <stem>.ann predictions to --out (default: a new temporary
                    folder), and prints the figures of attreval.py (cue, source exact and overlap P/R/F1,
                    content char F1) with the reading speed. --pred DIR scores predictions already written;
                    --json prints attreval.py's JSON.
              bench-extract [--rounds N] [--rules DIR] [--no-linearity] [FOLDER...]
                    Measure extraction alone on one thread over folders of articles (default
                    ../shared/corpora/polnear/dev): median tokens/s and articles/s over N rounds (default 10),
                    the OpenNLP sentence/token/POS floor and the ratio to it, heap per article, and the
                    time of a 1 MB article against a 1 KB one.
              rules test [--rules DIR] [--json] [--all-entries]
                    Run the rule authors' cases of DIR/tests/*.yaml (default DIR: rules): each failure with
                    its case, claim and trace against the expectation; then the coverage (rules no case
                    fires or expects, lexicon entries no case text holds). Exit 1 when a case fails.
              rules check [--rules DIR] [--json]
                    Check the rules folder before it goes live: compile errors, metadata, duplicate names,
                    weights, lexicons (parse, duplicates, conflicts), rules that can never fire, shadowed
                    rules, case files; each with file and line. Exit 1 on any error.
              rules diff --baseline DIR|REV [--corpus DIR]... [--rules DIR] [--json]
                    Score a corpus (default: the seeds) with the baseline rules (a folder, or a git revision
                    of the rules folder) and the candidate rules: claims whose band or grade changed (with
                    both traces), the score shift distribution, firings per rule before and after.
                    Repeat --corpus to score several folders together.
              rules bench [--rules DIR] [--rounds N] [--generated N]
                    Measure a reload of the rules folder (alone, and gated by the checks and cases), the
                    compile time of the folder with N generated rules more (default 1000), and the
                    claims/s each scores on the seeds' claims.
              audit verify [--spring.profiles.active=postgres] [--credibility.data-folder=DIR]
                    Walk the hash chain of the stored assessments and name the first record that does not
                    match (exit 0 intact, 1 not). With the embedded H2 database, stop the service first.
              help  Print this text.

            Exit codes: 0 done; 1 an input problem (bad file, rules folder, --out), reported on stderr
            while the good files are still scored; 2 a mistake in the command line.
            """;

    private Usage() {
    }
}
