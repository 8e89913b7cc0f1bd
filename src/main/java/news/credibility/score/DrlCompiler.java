package news.credibility.score;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
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
 * because its errors point at DRL lines, not at generated Java ({@link CompilerMessages} turns them
 * into problems with file, line and rule).
 */
final class DrlCompiler {

    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

    private DrlCompiler() {
    }

    /** The folder Drools expects for the file's package, so it does not warn on every build. */
    private static String packageFolder(String text) {
        Matcher m = PACKAGE.matcher(text);
        return m.find() ? m.group(1).replace('.', '/') + "/" : "";
    }

    /** The compiled KieBase, or null with {@code problems} filled. */
    static KieBase compile(Map<String, String> drl, Map<String, DrlOutline> outlines, String version, List<RuleProblem> problems) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // a release id of its own per build, so concurrent or successive builds never share a module
        ReleaseId id = ks.newReleaseId("news.credibility.rules", "rules-" + version, "1." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(id);
        Map<String, String> paths = new HashMap<>();
        drl.forEach((file, text) -> {
            String path = packageFolder(text) + file;
            paths.put(path, file); // messages name the path below the resources folder
            paths.put(RESOURCES + path, file);
            kfs.write(RESOURCES + path, text);
        });
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(DrlProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            problems.addAll(CompilerMessages.problems(errors, paths, drl, outlines));
            return null;
        }
        KieContainer container = ks.newKieContainer(id);
        try {
            return container.getKieBase();
        } finally {
            ks.getRepository().removeKieModule(id);
        }
    }

}
