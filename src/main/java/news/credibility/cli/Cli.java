package news.credibility.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import news.credibility.engine.CredibilityEngine;
import news.credibility.extract.NewsArticleReader;
import news.credibility.extract.Reading;
import news.credibility.score.RuleProblem;
import news.credibility.score.RuleSetException;

/**
 * The command line: {@code score [--format table|json|jsonl|brat] [--out DIR] [--rules DIR] PATH...}.
 * Exit codes: 0 all scored; 1 an input problem (a bad file, the rules folder, --out); 2 the command
 * line itself is wrong. In a batch every bad file is reported on stderr and the good ones are still
 * scored and written, then the exit code is 1, so a script notices without losing the good output.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int INPUT_PROBLEM = 1;
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final EngineFactory engines;
    private final Function<Reading, String> brat;

    public Cli(PrintStream out, PrintStream err, EngineFactory engines, Function<Reading, String> brat) {
        this.out = out;
        this.err = err;
        this.engines = engines;
        this.brat = brat;
    }

    /** Runs a command line ({@code score ...} or {@code help}); returns the exit code. */
    public int run(String... args) {
        if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
            out.print(Usage.TEXT);
            return OK;
        }
        if (args[0].equals("bench")) {
            return new BenchCommand(out, err).run(Arrays.asList(args).subList(1, args.length));
        }
        if (args[0].equals("eval")) {
            return new EvalCommand(out, err, new NewsArticleReader(), brat).run(Arrays.asList(args).subList(1, args.length));
        }
        if (args[0].equals("rules")) {
            return new RulesCommand(out, err).run(Arrays.asList(args).subList(1, args.length));
        }
        if (args[0].equals("bench-extract")) {
            return new ExtractionBenchCommand(out, err).run(Arrays.asList(args).subList(1, args.length));
        }
        if (!args[0].equals("score")) {
            return usage("unknown command '%s'".formatted(args[0]));
        }
        ScoreOptions options;
        try {
            options = ScoreOptions.parse(Arrays.asList(args).subList(1, args.length));
        } catch (UsageException e) {
            return usage(e.getMessage());
        }
        if (options.help()) {
            out.print(Usage.TEXT);
            return OK;
        }
        try {
            return score(options);
        } catch (OutOfMemoryError e) {
            err.println("error: out of memory while scoring; score fewer or smaller files at a time, or give Java more (java -Xmx2g -jar ...)");
            return INPUT_PROBLEM;
        }
    }

    private int score(ScoreOptions options) {
        if (options.out() != null && Files.exists(options.out()) && !Files.isDirectory(options.out())) {
            err.printf("error: --out %s is a file; give a folder (it is created when missing)%n", options.out());
            return INPUT_PROBLEM;
        }
        InputArticles inputs = InputArticles.read(options.paths());
        List<String> problems = new ArrayList<>(inputs.problems());
        List<ScoredArticle> scored = new ArrayList<>();
        if (!inputs.inputs().isEmpty()) {
            CredibilityEngine engine = engine(options.rules());
            if (engine == null) {
                return INPUT_PROBLEM;
            }
            for (InputArticles.Input input : inputs.inputs()) {
                try {
                    scored.add(new ScoredArticle(input.file(), engine.assess(input.article())));
                } catch (RuntimeException e) {
                    problems.add("%s: could not be scored (%s); report this with the file attached".formatted(input.file(), e));
                }
            }
        }
        Map<String, String> annotations = options.format() == OutputFormat.BRAT ? brat(scored, problems) : Map.of();
        problems.forEach(p -> err.println("error: " + p));
        try {
            write(options, scored, annotations, problems);
        } catch (IOException | RuntimeException e) {
            err.printf("error: output could not be written (%s); check --out and the free space%n", e.getMessage());
            return INPUT_PROBLEM;
        }
        if (!problems.isEmpty()) {
            err.printf("%d input problem%s; %d article%s scored%n", problems.size(), problems.size() == 1 ? "" : "s",
                    scored.size(), scored.size() == 1 ? "" : "s");
        }
        return problems.isEmpty() ? OK : INPUT_PROBLEM;
    }

    private CredibilityEngine engine(Path rules) {
        if (!Files.isDirectory(rules)) {
            err.printf("error: rules folder %s not found (looked in %s); run from the project folder or pass --rules DIR%n",
                    rules, rules.toAbsolutePath());
            return null;
        }
        try {
            return engines.create(rules);
        } catch (RuleSetException e) {
            err.printf("error: the rules in %s cannot be used; fix these and run again:%n", rules);
            for (RuleProblem problem : e.problems()) {
                err.println("  " + problem);
            }
            if (e.problems().isEmpty()) {
                err.println("  " + e.getMessage());
            }
            return null;
        }
    }

    /** The brat text of each article by stem, rendered before anything is written; failures become problems. */
    private Map<String, String> brat(List<ScoredArticle> scored, List<String> problems) {
        Map<String, String> annotations = new LinkedHashMap<>();
        Map<String, Path> seen = new HashMap<>();
        for (ScoredArticle article : scored) {
            Path earlier = seen.putIfAbsent(article.stem(), article.file());
            if (earlier != null) {
                problems.add("%s: has the same name as %s, so both would write %s.ann; score them into different --out folders"
                        .formatted(article.file(), earlier, article.stem()));
                continue;
            }
            try {
                annotations.put(article.stem(), brat.apply(article.assessment().reading()));
            } catch (RuntimeException e) {
                problems.add("%s: brat annotations could not be written (%s); report this with the file attached".formatted(article.file(), e));
            }
        }
        return annotations;
    }

    private void write(ScoreOptions options, List<ScoredArticle> scored, Map<String, String> annotations,
                       List<String> problems) throws IOException {
        if (options.format() == OutputFormat.BRAT) {
            Files.createDirectories(options.out());
            for (Map.Entry<String, String> annotation : annotations.entrySet()) {
                AtomicFiles.write(options.out().resolve(annotation.getKey() + ".ann"), annotation.getValue());
            }
            out.printf("wrote %d .ann file%s to %s%n", annotations.size(), annotations.size() == 1 ? "" : "s", options.out());
            return;
        }
        String content = switch (options.format()) {
            case TABLE -> ClaimTable.render(scored);
            case JSON -> JsonOutput.document(scored, problems);
            case JSONL -> JsonOutput.lines(scored);
            case BRAT -> throw new IllegalStateException("handled above");
        };
        if (options.out() == null) {
            out.print(content);
            out.flush();
        } else {
            Files.createDirectories(options.out());
            Path file = options.out().resolve(options.format().fileName);
            AtomicFiles.write(file, content);
            out.printf("wrote %s%n", file);
        }
    }

    private int usage(String message) {
        err.println("error: " + message);
        err.print(Usage.TEXT);
        return USAGE;
    }
}
