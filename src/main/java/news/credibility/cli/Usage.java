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
              help  Print this text.

            Exit codes: 0 done; 1 an input problem (bad file, rules folder, --out), reported on stderr
            while the good files are still scored; 2 a mistake in the command line.
            """;

    private Usage() {
    }
}
