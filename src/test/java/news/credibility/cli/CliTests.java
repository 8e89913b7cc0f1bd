package news.credibility.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.credibility.api.Fixtures;
import news.credibility.engine.CredibilityEngine;
import news.credibility.extract.Reading;
import news.credibility.text.Article;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line run in-process against a hand-built engine: outputs, exit codes and every bad input. */
class CliTests {

    @TempDir
    Path dir;

    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    final CredibilityEngine engine = mock(CredibilityEngine.class);
    final List<Path> rulesAsked = new ArrayList<>();
    Function<Reading, String> brat = reading -> "T1\tSource 0 12\t" + reading.text().substring(0, 12) + "\n";
    Path rules;

    @BeforeEach
    void engineAndRules() throws IOException {
        when(engine.assess(any())).thenAnswer(call -> Fixtures.assessment(call.getArgument(0, Article.class)));
        rules = Files.createDirectories(dir.resolve("rules"));
    }

    private int run(String... args) {
        Cli cli = new Cli(new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8),
                folder -> {
                    rulesAsked.add(folder);
                    return engine;
                }, reading -> brat.apply(reading));
        return cli.run(args);
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private Path article(String name) throws IOException {
        return write(name, Fixtures.TEXT);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(run("--help")).isEqualTo(Cli.OK);
        assertThat(out()).contains("score [--format table|json|jsonl|brat] [--out DIR] [--rules DIR] PATH...");
        stdout.reset();
        assertThat(run("score", "--help")).isEqualTo(Cli.OK);
        assertThat(out()).contains("Exit codes");
    }

    @Test
    void tablePrintsRankedClaimsWithSourceTypeSignalsScoreBandAndGrade() throws IOException {
        write("news/metadata.tsv", "stem\toutlet\toriginal_outlet\nb\tDaily Planet\tGlobe\n");
        write("news/b.txt", Fixtures.TEXT);
        write("news/a.txt", Fixtures.TEXT);
        write("news/notes.md", "not an article");

        assertThat(run("score", "--rules", rules.toString(), dir.resolve("news").toString())).isEqualTo(Cli.OK);

        String table = out();
        assertThat(table.indexOf("== a ")).as("files of a folder in name order").isLessThan(table.indexOf("== b "));
        assertThat(table).contains("== b  Daily Planet (cross-post of Globe)  2 claims  rules v-test-1234");
        List<String> rows = table.lines().filter(l -> l.matches("\\s+1 .*")).toList();
        assertThat(rows).hasSize(2).first().asString()
                .contains("80", "STRONG", "NAMED_OFFICIAL", "The minister", "the bridge will open in May", "ON_RECORD");
        assertThat(table.lines().filter(l -> l.matches("\\s+2 .*")).findFirst()).get().asString()
                .contains("20", "WEAK", "ANONYMOUS", "Officials", "the talks failed", "ANONYMOUS_SOURCE, SINGLE_SOURCE");
        assertThat(rulesAsked).containsExactly(rules);
        assertThat(err()).isEmpty();
    }

    @Test
    void gistIsCutToAboutSixtyCharacters() {
        String gist = ClaimTable.cut("a ".repeat(80), ClaimTable.GIST);
        assertThat(gist).hasSizeBetween(ClaimTable.GIST - 2, ClaimTable.GIST).endsWith("…");
        assertThat(ClaimTable.cut("short\n claim ", ClaimTable.GIST)).isEqualTo("short claim");
        assertThat(ClaimTable.cut("\uFEFFA\u0000B said\u001b[2J", ClaimTable.GIST)).as("nothing that garbles a terminal")
                .isEqualTo("A B said [2J");
    }

    @Test
    void jsonIsOneDocumentWithTheApiShapes() throws IOException {
        Path file = article("one.txt");
        assertThat(run("score", "--format", "json", "--rules", rules.toString(), file.toString())).isEqualTo(Cli.OK);
        JsonNode doc = JsonMapper.shared().readTree(out());
        assertThat(doc.at("/articles/0/article/id").asString()).isEqualTo("one");
        assertThat(doc.at("/articles/0/ruleSetVersion").asString()).isEqualTo(Fixtures.VERSION);
        assertThat(doc.at("/articles/0/claims/0/content/text").asString()).isEqualTo("the bridge will open in May");
        assertThat(doc.at("/articles/0/claims/1/trace/fired/1/rule").asString()).isEqualTo("Anonymous source");
        assertThat(doc.at("/problems").size()).isZero();
    }

    @Test
    void jsonLinesHaveOneClaimPerLineWithItsArticleAndRank() throws IOException {
        article("one.txt");
        article("two.txt");
        assertThat(run("score", "--format=jsonl", "--rules", rules.toString(), dir.toString())).isEqualTo(Cli.OK);
        List<JsonNode> lines = out().lines().map(JsonMapper.shared()::readTree).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines).extracting(l -> l.get("article").asString() + "#" + l.get("rank").asInt() + ":" + l.get("id").asString())
                .containsExactly("one#1:c1", "one#2:c2", "two#1:c1", "two#2:c2");
        assertThat(lines.get(1).get("score").asInt()).isEqualTo(20);
    }

    @Test
    void bratWritesOneAnnPerInputFileIntoTheOutFolder() throws IOException {
        article("in/one.txt");
        article("in/two.txt");
        Path out = dir.resolve("ann/nested");
        assertThat(run("score", "--format", "brat", "--out", out.toString(), "--rules", rules.toString(), dir.resolve("in").toString()))
                .isEqualTo(Cli.OK);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("one.ann", "two.ann");
        }
        assertThat(Files.readString(out.resolve("one.ann"))).isEqualTo("T1\tSource 0 12\tThe minister\n");
        assertThat(out()).contains("wrote 2 .ann files");
    }

    @Test
    void aBratFileThatCannotBeRenderedIsNotWrittenAndTheOthersAre() throws IOException {
        article("in/good.txt");
        write("in/bad.txt", "Bad. " + Fixtures.TEXT);
        Path out = Files.createDirectories(dir.resolve("ann"));
        Files.writeString(out.resolve("bad.ann"), "previous run\n");
        brat = reading -> {
            if (reading.text().startsWith("Bad")) {
                throw new IllegalStateException("overlapping spans");
            }
            return "T1\tCue 0 1\tT\n";
        };
        assertThat(run("score", "--format", "brat", "--out", out.toString(), "--rules", rules.toString(), dir.resolve("in").toString()))
                .isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(err()).contains("bad.txt: brat annotations could not be written", "overlapping spans");
        assertThat(Files.readString(out.resolve("good.ann"))).isEqualTo("T1\tCue 0 1\tT\n");
        assertThat(Files.readString(out.resolve("bad.ann"))).as("the previous file is left whole").isEqualTo("previous run\n");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left behind")
                    .containsExactlyInAnyOrder("good.ann", "bad.ann");
        }
    }

    @Test
    void jsonAndTableGoIntoTheOutFolderWhenGiven() throws IOException {
        Path file = article("one.txt");
        Path out = dir.resolve("results");
        assertThat(run("score", "--format", "json", "--out", out.toString(), "--rules", rules.toString(), file.toString())).isEqualTo(Cli.OK);
        assertThat(JsonMapper.shared().readTree(Files.readString(out.resolve("assessments.json"))).at("/articles/0/article/id").asString())
                .isEqualTo("one");
    }

    @Test
    void aBatchWithBadFilesScoresTheGoodOnesReportsEveryBadOneAndExits1() throws IOException {
        Path good = article("batch/good.txt");
        Path empty = write("batch/empty.txt", "");
        Path blank = write("batch/blank.txt", " \n\t\n");
        Path latin1 = Files.write(dir.resolve("batch/latin1.txt"), "Caf\u00e9 said".getBytes(StandardCharsets.ISO_8859_1));
        Path missing = dir.resolve("nowhere/article.txt");

        int code = run("score", "--rules", rules.toString(), dir.resolve("batch").toString(), missing.toString());

        assertThat(code).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(out()).contains("== good ");
        assertThat(err()).contains(empty + ": the file is empty or blank")
                .contains(blank + ": the file is empty or blank")
                .contains(latin1 + ": not valid UTF-8: malformed byte sequence at byte offset 3; save it as UTF-8")
                .contains(missing + ": no such file or folder")
                .contains("4 input problems; 1 article scored")
                .doesNotContain("Exception", "\tat ");
        assertThat(good).exists();
    }

    @Test
    void aFolderWithoutTxtFilesAndANonTxtFileAreInputProblems() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("empty-folder"));
        Path pdf = write("paper.pdf", "%PDF");
        assertThat(run("score", "--rules", rules.toString(), folder.toString(), pdf.toString())).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(err()).contains(folder + ": the folder has no .txt files", pdf + ": not a .txt file");
        verify(engine, never()).assess(any());
        assertThat(rulesAsked).as("no engine is loaded when there is nothing to score").isEmpty();
    }

    @Test
    void outThatIsAFileIsAnInputProblem() throws IOException {
        Path file = article("one.txt");
        assertThat(run("score", "--format", "brat", "--out", file.toString(), file.toString())).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(err()).contains("--out " + file + " is a file; give a folder");
    }

    @Test
    void aMissingRulesFolderIsNamed() throws IOException {
        Path file = article("one.txt");
        Path nowhere = dir.resolve("no-rules");
        assertThat(run("score", "--rules", nowhere.toString(), file.toString())).isEqualTo(Cli.INPUT_PROBLEM);
        assertThat(err()).contains("rules folder " + nowhere + " not found", "pass --rules DIR");
        assertThat(out()).isEmpty();
    }

    @Test
    void mistakesInTheCommandLineExitWith2AndTheUsage() {
        assertThat(run("score", "--colour", "red", "x.txt")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("error: unknown option '--colour'", "Usage:");
        stderr.reset();
        assertThat(run("score", "--format", "xml", "x.txt")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("unknown format 'xml': use one of table|json|jsonl|brat");
        stderr.reset();
        assertThat(run("score", "--format")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("--format needs a value");
        stderr.reset();
        assertThat(run("score", "--format", "brat", "x.txt")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("give the folder with --out DIR");
        stderr.reset();
        assertThat(run("score")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("no PATH given");
        stderr.reset();
        assertThat(run("rank", "x.txt")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("unknown command 'rank'");
        assertThat(rulesAsked).isEmpty();
    }

    @Test
    void aBrokenRulesFolderIsReportedWithFileLineAndRule() throws IOException {
        Path broken = dir.resolve("broken-rules");
        copyFolder(Path.of("rules"), broken);
        Path drl = broken.resolve("hedging.drl");
        Files.writeString(drl, Files.readString(drl) + "\nrule \"Broken on purpose\"\nwhen\n    $c : NoSuchFact( )\nthen\nend\n");
        Path file = article("one.txt");

        Cli cli = new Cli(new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8),
                EngineFactory.standard(), reading -> "");
        assertThat(cli.run("score", "--rules", broken.toString(), file.toString())).isEqualTo(Cli.INPUT_PROBLEM);

        assertThat(err()).contains("the rules in " + broken + " cannot be used", "hedging.drl:", "Broken on purpose")
                .doesNotContain("\tat ");
        assertThat(out()).isEmpty();
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
