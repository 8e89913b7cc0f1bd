package news.credibility.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles DRL text with the classic DRL compiler (drools-mvel), chosen over the executable model
 * because its errors point at DRL lines, not at generated Java. Error messages are cleaned of
 * generated class names so that the author sees file, line, rule and the fault only.
 */
final class DrlCompiler {

    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();
    /** "rules/Rule_Hedged_wording1234.java (8:421) : " and similar references to generated code. */
    private static final Pattern GENERATED = Pattern.compile("\\S*Rule_\\S*\\.java\\s*(\\(\\d+:\\d+\\))?\\s*:?\\s*");
    private static final Pattern RULE_HEADER = Pattern.compile("Rule Compilation error\\s*:?\\s*\\[Rule name='[^']*'\\]\\s*");

    private DrlCompiler() {
    }

    /** The compiled KieBase, or null with {@code problems} filled. */
    static KieBase compile(Map<String, String> drl, Map<String, DrlOutline> outlines, String version, List<RuleProblem> problems) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // a release id of its own per build, so concurrent or successive builds never share a module
        ReleaseId id = ks.newReleaseId("news.credibility.rules", "rules-" + version, "1." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(id);
        drl.forEach((file, text) -> kfs.write(RESOURCES + file, text));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(DrlProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            for (Message m : errors) {
                problems.add(problem(m, outlines));
            }
            return null;
        }
        KieContainer container = ks.newKieContainer(id);
        try {
            return container.getKieBase();
        } finally {
            ks.getRepository().removeKieModule(id);
        }
    }

    private static RuleProblem problem(Message m, Map<String, DrlOutline> outlines) {
        String file = m.getPath() == null ? "" : m.getPath().startsWith(RESOURCES) ? m.getPath().substring(RESOURCES.length()) : m.getPath();
        int line = Math.max(m.getLine(), 0);
        DrlOutline outline = outlines.get(file);
        String rule = outline == null ? null : outline.ruleAt(line);
        return new RuleProblem(file, line, rule, clean(m.getText()));
    }

    /** The author's view of a compiler message: no generated class names, no duplicated headers. */
    static String clean(String text) {
        String s = RULE_HEADER.matcher(text).replaceAll("");
        s = GENERATED.matcher(s).replaceAll("");
        List<String> lines = new ArrayList<>();
        for (String line : s.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.trim());
            }
        }
        return String.join("; ", lines);
    }
}
