package news.credibility.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import news.credibility.score.RuleProblem;
import news.credibility.text.Utf8;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The rule authors' cases of a rules folder: every {@code tests/*.yaml} (or {@code .yml}, or
 * {@code .json}, which YAML reads too), each a list of cases. A file that does not parse is a
 * problem naming the file, the line and what to write instead; the other files are still read.
 *
 * @param cases    every case that parsed, in file then text order
 * @param problems the files and cases that could not be read
 */
public record RuleCases(List<LocatedCase> cases, List<RuleProblem> problems) {

    public static final String FOLDER = "tests";

    /** A misspelt key is an error the author should hear about, not an expectation silently dropped. */
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // cases are read one at a time from a list: the rest of the list follows each
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public RuleCases {
        cases = List.copyOf(cases);
        problems = List.copyOf(problems);
    }

    /** Reads {@code rulesFolder/tests}; a folder without tests has no cases (and no problem). */
    public static RuleCases read(Path rulesFolder) {
        Path dir = rulesFolder.resolve(FOLDER);
        List<LocatedCase> cases = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            problems.add(new RuleProblem(FOLDER, 0, null, "is a file; the test cases go in a folder 'tests' of .yaml files"));
        }
        if (!Files.isDirectory(dir)) {
            return new RuleCases(cases, problems);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(RuleCases::isCaseFile).sorted().toList();
        } catch (IOException e) {
            problems.add(new RuleProblem(FOLDER, 0, null, "cannot list the test cases (%s); check the folder's permissions".formatted(e.getMessage())));
            return new RuleCases(cases, problems);
        }
        for (Path file : files) {
            readFile(file, FOLDER + "/" + file.getFileName(), cases, problems);
        }
        return new RuleCases(cases, problems);
    }

    static boolean isCaseFile(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    private static void readFile(Path file, String rel, List<LocatedCase> cases, List<RuleProblem> problems) {
        String text;
        try {
            text = Utf8.decode(Files.readAllBytes(file));
        } catch (Utf8.MalformedUtf8Exception e) {
            problems.add(new RuleProblem(rel, 0, null, e.getMessage() + "; save the file as UTF-8"));
            return;
        } catch (IOException e) {
            problems.add(new RuleProblem(rel, 0, null, "cannot be read (%s); check its permissions".formatted(e.getMessage())));
            return;
        }
        JsonParser parser = YAML.createParser(text);
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return; // an empty file holds no cases
            }
            if (first != JsonToken.START_ARRAY) {
                problems.add(new RuleProblem(rel, line(parser.currentTokenLocation()), null,
                        "a test file is a list of cases: start each case with '- name: ...'"));
                return;
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = line(parser.currentTokenLocation());
                RuleCase spec = YAML.readValue(parser, RuleCase.class);
                String wrong = CaseShape.problem(spec);
                if (wrong != null) {
                    problems.add(new RuleProblem(rel, line, null, "case \"%s\": %s".formatted(spec.name(), wrong)));
                } else {
                    cases.add(new LocatedCase(rel, line, spec));
                }
            }
        } catch (JacksonException e) {
            // a key or value the case model refuses: the token at fault; a YAML syntax error: where the reader stopped
            TokenStreamLocation at = e instanceof DatabindException ? parser.currentTokenLocation() : e.getLocation();
            int line = at == null ? 0 : line(at);
            if (e instanceof UnrecognizedPropertyException u) {
                line = keyLine(text, line, u.getPropertyName());
            }
            problems.add(new RuleProblem(rel, line, null, "does not parse: " + CaseShape.readable(e)));
        }
    }

    /** The record reader reports an unknown key after reading its value: the line of the key itself, at or before. */
    private static int keyLine(String text, int reported, String key) {
        String[] lines = text.split("\\R", -1);
        java.util.regex.Pattern k = java.util.regex.Pattern.compile("(^|[\\s{,-])\"?" + java.util.regex.Pattern.quote(key) + "\"?\\s*:");
        for (int i = Math.min(reported, lines.length); i >= 1; i--) {
            if (k.matcher(lines[i - 1]).find()) {
                return i;
            }
        }
        return reported;
    }

    private static int line(TokenStreamLocation location) {
        return Math.max(location.getLineNr(), 0);
    }
}
